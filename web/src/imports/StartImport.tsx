// Starting the draft: the workers take it from here, and the page shows its progress.
import { useTranslation } from "react-i18next";
import { asFormFaults, inOwnWords } from "../api/faults";
import { useApiMutation } from "../api/hooks";
import { graphql } from "../gql";
import { Form, useForm } from "../ui/form";
import { useRefreshImport } from "./useRefreshImport";

const START_LEAD_IMPORT = graphql(`
  mutation StartLeadImport($input: LeadImportInput!) {
    startLeadImport(input: $input) {
      leadImport {
        id
        status
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
  onNotice: (notice: string) => void;
}

export function StartImport({ importId, onNotice }: Props) {
  const { t } = useTranslation();
  const start = useApiMutation(START_LEAD_IMPORT);
  const refresh = useRefreshImport();
  const form = useForm(async () => {
    const { startLeadImport } = await start.mutateAsync({ input: { importId } });
    if (startLeadImport.leadImport) onNotice(t("imports.start.started"));
    await refresh();
    return asFormFaults(inOwnWords(t, "imports.faults", startLeadImport.errors), "importId");
  });
  return (
    <Form
      form={form}
      label={t("imports.start.title")}
      submit={t("imports.start.submit")}
      busy={t("imports.start.busy")}
    />
  );
}
