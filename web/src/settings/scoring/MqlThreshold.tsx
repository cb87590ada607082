// The score at which a suspect becomes a marketing qualified lead, or none to
// leave suspects where they are.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiMutation, useApiQuery } from "../../api/hooks";
import { graphql } from "../../gql";
import { Field } from "../../ui/Field";
import { Form, useForm } from "../../ui/form";
import { Failed, Loading } from "../../ui/states";
import { readWholeNumber } from "../../ui/numbers";
import { useRefresh } from "../../api/hooks";
import { useMay } from "../../shell/permissions";

const MQL_THRESHOLD = graphql(`
  query MqlScoreThreshold {
    tenant {
      id
      mqlScoreThreshold
    }
  }
`);

const SET_MQL_THRESHOLD = graphql(`
  mutation SetMqlScoreThreshold($input: SetMqlScoreThresholdInput!) {
    setMqlScoreThreshold(input: $input) {
      threshold
      errors {
        field
        code
        message
      }
    }
  }
`);

export function MqlThreshold({ onChanged }: { onChanged: (notice: string) => void }) {
  const { t } = useTranslation();
  const mayChange = useMay("CanManageScoring");
  const query = useApiQuery(MQL_THRESHOLD, {});
  const titleId = useId();
  const threshold = query.data?.tenant.mqlScoreThreshold ?? null;
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t("settings.scoring.thresholdTitle")}</h2>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <Failed error={query.error} retry={() => void query.refetch()} />
      ) : mayChange ? (
        <ThresholdForm threshold={threshold} onChanged={onChanged} />
      ) : (
        <p>
          {threshold === null
            ? t("settings.scoring.thresholdOff")
            : t("settings.scoring.thresholdIs", { threshold })}
        </p>
      )}
    </section>
  );
}

interface FormProps {
  threshold: number | null;
  onChanged: (notice: string) => void;
}

function ThresholdForm({ threshold, onChanged }: FormProps) {
  const { t } = useTranslation();
  const set = useApiMutation(SET_MQL_THRESHOLD);
  const refresh = useRefresh();
  const [text, setText] = useState(threshold === null ? "" : String(threshold));
  const form = useForm(async () => {
    const chosen = text.trim() ? readWholeNumber(text) : null;
    if (text.trim() && chosen === null) {
      const message = t("settings.scoring.thresholdInvalid");
      return [{ field: "threshold", code: "INVALID", message }];
    }
    const { setMqlScoreThreshold: answer } = await set.mutateAsync({
      input: { threshold: chosen },
    });
    if (answer.errors.length === 0) {
      onChanged(
        chosen === null
          ? t("settings.scoring.thresholdStopped")
          : t("settings.scoring.thresholdSet", { threshold: chosen }),
      );
      await refresh(MQL_THRESHOLD);
    }
    return answer.errors;
  });
  return (
    <Form
      form={form}
      label={t("settings.scoring.thresholdTitle")}
      submit={t("settings.save")}
      busy={t("settings.saving")}
    >
      <Field
        label={t("settings.scoring.threshold")}
        hint={t("settings.scoring.thresholdHint")}
        inputMode="numeric"
        value={text}
        fault={form.faults.threshold}
        onChange={(event) => setText(event.target.value)}
      />
    </Form>
  );
}
