// A draft import: its columns mapped and its settings chosen, a template applied or
// kept, the first rows previewed as they will be written; then started, or discarded.
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../api/hooks";
import { Failed, FormFault, Loading } from "../ui/states";
import { CancelImportButton } from "./CancelImportButton";
import { ColumnMapping } from "./ColumnMapping";
import { choicesOf, IMPORT_CHOICES } from "./importChoices";
import type { LeadImport } from "./importDetails";
import { ImportPreview } from "./ImportPreview";
import { ImportSettings } from "./ImportSettings";
import { StartImport } from "./StartImport";
import { TemplatePicker } from "./TemplatePicker";
import { useDraft } from "./useDraft";

interface Props {
  leadImport: LeadImport;
  onNotice: (notice: string) => void;
}

export function DraftImport({ leadImport, onNotice }: Props) {
  const { t } = useTranslation();
  const choices = useApiQuery(IMPORT_CHOICES, {});
  const draft = useDraft(leadImport);
  if (choices.isPending) return <Loading />;
  if (choices.isError) return <Failed error={choices.error} retry={() => void choices.refetch()} />;
  const { sources, customFields } = choicesOf(choices.data);
  return (
    <>
      <FormFault id="draft-fault" fault={draft.faults.importId} />
      <ColumnMapping
        importId={leadImport.id}
        headers={leadImport.columns.map((column) => column.header)}
        targets={draft.settings.columns}
        customFields={customFields}
        faults={draft.faults}
        onChange={(index, target) => {
          const columns = draft.settings.columns.map((old, i) => (i === index ? target : old));
          void draft.change({ columns }, `columns.${index}`);
        }}
      />
      <ImportSettings
        settings={draft.settings}
        sources={sources}
        faults={draft.faults}
        onChange={(change, where) => void draft.change(change, where)}
      />
      <TemplatePicker
        importId={leadImport.id}
        fault={draft.faults.templateId}
        onApply={async (templateId) => {
          if (await draft.change({ templateId }, "templateId")) {
            onNotice(t("imports.templates.applied"));
          }
        }}
        onNotice={onNotice}
      />
      <ImportPreview importId={leadImport.id} />
      <StartImport importId={leadImport.id} onNotice={onNotice} />
      <CancelImportButton
        importId={leadImport.id}
        label={t("imports.discard.label")}
        question={t("imports.discard.question", { fileName: leadImport.fileName })}
        done={t("imports.discard.done")}
        onNotice={onNotice}
      />
    </>
  );
}
