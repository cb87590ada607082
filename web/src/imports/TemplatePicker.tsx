// Mappings kept by name: one applied to this file (its target for each header it
// knows), or this file's kept for the next of the same layout.
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { operationName } from "../api/client";
import { useApiMutation, useApiPages } from "../api/hooks";
import { graphql } from "../gql";
import { Field } from "../ui/Field";
import { Form, useForm } from "../ui/form";
import { MorePages } from "../ui/MorePages";
import { SelectField } from "../ui/SelectField";
import { Failed, Loading } from "../ui/states";
import { IMPORT_TEMPLATES } from "./Templates";
import { inOwnWords } from "../api/faults";

const SAVE_TEMPLATE = graphql(`
  mutation SaveImportTemplate($input: SaveImportTemplateInput!) {
    saveImportTemplate(input: $input) {
      template {
        id
        name
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

interface Props {
  importId: string;
  fault?: string;
  onApply: (templateId: string) => Promise<void>;
  onNotice: (notice: string) => void;
}

export function TemplatePicker({ importId, fault, onApply, onNotice }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t("imports.templates.title")}</h2>
      <ApplyTemplate fault={fault} onApply={onApply} />
      <SaveTemplate importId={importId} onNotice={onNotice} />
    </section>
  );
}

function ApplyTemplate({ fault, onApply }: Pick<Props, "fault" | "onApply">) {
  const { t } = useTranslation();
  const templates = useApiPages(IMPORT_TEMPLATES, {}, (result) => result.tenant.importTemplates);
  const [chosen, setChosen] = useState("");
  if (templates.isPending) return <Loading />;
  if (templates.isError) {
    return <Failed error={templates.error} retry={() => void templates.refetch()} />;
  }
  const options = templates.nodes?.map(({ id, name }) => ({ value: id, label: name })) ?? [];
  if (options.length === 0) return <p>{t("imports.templates.none")}</p>;
  const templateId = chosen || options[0]?.value || "";
  return (
    <div className="imports-fields">
      <SelectField
        label={t("imports.templates.choose")}
        value={templateId}
        options={options}
        fault={fault}
        onChange={setChosen}
      />
      <MorePages pages={templates} />
      <button type="button" className="secondary" onClick={() => void onApply(templateId)}>
        {t("imports.templates.apply")}
      </button>
    </div>
  );
}

function SaveTemplate({ importId, onNotice }: Pick<Props, "importId" | "onNotice">) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useApiMutation(SAVE_TEMPLATE);
  const [name, setName] = useState("");
  const form = useForm(async () => {
    const { saveImportTemplate } = await save.mutateAsync({ input: { importId, name } });
    if (saveImportTemplate.template) {
      onNotice(t("imports.templates.saved", { name: saveImportTemplate.template.name }));
      setName("");
      await queryClient.invalidateQueries({ queryKey: [operationName(IMPORT_TEMPLATES)] });
    }
    return inOwnWords(t, "imports.faults", saveImportTemplate.errors);
  });
  return (
    <Form
      form={form}
      label={t("imports.templates.save")}
      submit={t("imports.templates.saveSubmit")}
      busy={t("imports.templates.saving")}
    >
      <Field
        label={t("imports.templates.name")}
        required
        value={name}
        fault={form.faults.name}
        onChange={(event) => setName(event.target.value)}
      />
    </Form>
  );
}
