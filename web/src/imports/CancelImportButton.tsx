// Stopping an import, once the person confirms: the rows it wrote stay, the rest
// are not read. A draft stopped so is discarded, nothing written.
import { useTranslation } from "react-i18next";
import { useApiMutation } from "../api/hooks";
import { graphql } from "../gql";
import { useRowFaults } from "../ui/rowFaults";
import { useRefreshImport } from "./useRefreshImport";
import { inOwnWords } from "../api/faults";

const CANCEL_LEAD_IMPORT = graphql(`
  mutation CancelLeadImport($input: LeadImportInput!) {
    cancelLeadImport(input: $input) {
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
  label: string;
  /** What the person is asked before. */
  question: string;
  /** What they are told after. */
  done: string;
  onNotice: (notice: string) => void;
}

export function CancelImportButton({ importId, label, question, done, onNotice }: Props) {
  const { t } = useTranslation();
  const cancel = useApiMutation(CANCEL_LEAD_IMPORT);
  const refresh = useRefreshImport();
  const rows = useRowFaults();
  const fault = rows.faults[importId];
  const faultId = `cancel-fault-${importId}`;

  async function cancelImport() {
    if (!window.confirm(question)) return;
    const cancelled = await rows.attempt(importId, async () =>
      inOwnWords(
        t,
        "imports.faults",
        (await cancel.mutateAsync({ input: { importId } })).cancelLeadImport.errors,
      ),
    );
    if (cancelled) onNotice(done);
    await refresh();
  }

  return (
    <div className="imports-cancel">
      <button
        type="button"
        className="secondary"
        disabled={cancel.isPending}
        aria-describedby={fault ? faultId : undefined}
        onClick={() => void cancelImport()}
      >
        {label}
      </button>
      {fault && (
        <p id={faultId} className="fault">
          {fault}
        </p>
      )}
    </div>
  );
}
