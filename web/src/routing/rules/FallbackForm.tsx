import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { operationName } from "../../api/client";
import { useApiMutation } from "../../api/hooks";
import { graphql } from "../../gql";
import type { RoutingFallbackQuery, RoutingStrategy } from "../../gql/graphql";
import { Form, useForm } from "../../ui/form";
import { SelectField } from "../../ui/SelectField";
import { faultsUnder, unshownAsForm } from "../faults";
import { FALLBACK } from "./rules";
import { targetDraft, targetInput } from "./ruleDraft";
import { strategyOptions } from "./strategies";
import { TargetFields } from "./TargetFields";
import { inOwnWords } from "../../api/faults";

const SET_FALLBACK = graphql(`
  mutation SetRoutingFallback($input: SetRoutingFallbackInput!) {
    setRoutingFallback(input: $input) {
      fallback {
        strategy
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const SHOWN = /^target\.(kind|teamId|userId)$/;

interface Props {
  fallback: RoutingFallbackQuery["tenant"]["routingFallback"];
  onSaved: (notice: string) => void;
}

export function FallbackForm({ fallback, onSaved }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const set = useApiMutation(SET_FALLBACK);
  const [target, setTarget] = useState(targetDraft(fallback.target));
  const [strategy, setStrategy] = useState(fallback.strategy);
  const form = useForm(async () => {
    const input = { target: targetInput(target), strategy };
    const { setRoutingFallback } = await set.mutateAsync({ input });
    if (setRoutingFallback.fallback) {
      onSaved(t("routing.fallback.saved"));
      await queryClient.invalidateQueries({ queryKey: [operationName(FALLBACK)] });
    }
    const errors = inOwnWords(t, "routing.faults", setRoutingFallback.errors);
    return unshownAsForm(errors, (field) => SHOWN.test(field));
  });
  return (
    <Form
      form={form}
      label={t("routing.fallback.title")}
      submit={t("routing.save")}
      busy={t("routing.saving")}
    >
      <TargetFields
        legend={t("routing.fallback.change")}
        target={target}
        faults={faultsUnder(form.faults, "target")}
        onChange={setTarget}
      >
        {target.kind === "TEAM" && (
          <SelectField
            label={t("routing.rule.strategy")}
            value={strategy}
            options={strategyOptions(t)}
            onChange={(chosen) => setStrategy(chosen as RoutingStrategy)}
          />
        )}
      </TargetFields>
    </Form>
  );
}
