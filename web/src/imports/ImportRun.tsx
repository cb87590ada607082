// An import that has started: its progress as the workers report it, live, and a
// way to stop it; once it has ended, how it went and the rows that failed.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiSubscription } from "../api/hooks";
import { graphql } from "../gql";
import type { ImportStatus, LiveImportProgressSubscription } from "../gql/graphql";
import { Failed } from "../ui/states";
import { CancelImportButton } from "./CancelImportButton";
import { FailedRows } from "./FailedRows";
import type { LeadImport } from "./importDetails";
import { useRefreshImport } from "./useRefreshImport";
import { ProgressReport } from "./ProgressReport";

const LIVE_IMPORT_PROGRESS = graphql(`
  subscription LiveImportProgress($id: ID!) {
    leadImportProgress(id: $id) {
      leadImportId
      status
      failure
      progress {
        totalRows
        read
        created
        updated
        skipped
        failed
        percent
        secondsLeft
      }
    }
  }
`);

type Update = LiveImportProgressSubscription["leadImportProgress"];

const ENDED = ["FINISHED", "CANCELLED", "FAILED"] as const satisfies readonly ImportStatus[];

function hasEnded(status: ImportStatus): status is (typeof ENDED)[number] {
  return ENDED.includes(status as (typeof ENDED)[number]);
}

interface Props {
  leadImport: LeadImport;
  onNotice: (notice: string) => void;
}

export function ImportRun({ leadImport, onNotice }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  // A subscription that failed starts again as a new one.
  const [attempt, setAttempt] = useState(0);
  return (
    <>
      <section aria-labelledby={titleId}>
        <h2 id={titleId}>{t("imports.run.title")}</h2>
        <LiveProgress
          key={attempt}
          leadImport={leadImport}
          onNotice={onNotice}
          onRetry={() => setAttempt((count) => count + 1)}
        />
      </section>
      {leadImport.status !== "RUNNING" && leadImport.errorReportUrl && (
        <FailedRows
          importId={leadImport.id}
          reportPath={leadImport.errorReportUrl}
          fileName={leadImport.fileName}
        />
      )}
    </>
  );
}

function LiveProgress({ leadImport, onNotice, onRetry }: Props & { onRetry: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshImport();
  const [update, setUpdate] = useState<Update | null>(null);
  const running = leadImport.status === "RUNNING";
  const live = useApiSubscription(
    LIVE_IMPORT_PROGRESS,
    { id: leadImport.id },
    ({ leadImportProgress }) => {
      setUpdate(leadImportProgress);
      const { status } = leadImportProgress;
      if (hasEnded(status)) {
        onNotice(t(`imports.run.ended.${status}`));
        void refresh();
      }
    },
    { enabled: running },
  );
  // Until the page has the ended import, the last update is the newest word.
  const now = running && update ? update : leadImport;
  return (
    <>
      <ProgressReport progress={now.progress} running={now.status === "RUNNING"} />
      {now.status === "FAILED" && (
        <p role="alert">{t("imports.run.failure", { failure: now.failure ?? "" })}</p>
      )}
      {live.error && <Failed error={live.error} retry={onRetry} />}
      {now.status === "RUNNING" && (
        <CancelImportButton
          importId={leadImport.id}
          label={t("imports.run.cancel")}
          question={t("imports.run.cancelQuestion", { fileName: leadImport.fileName })}
          done={t("imports.run.cancelled")}
          onNotice={onNotice}
        />
      )}
    </>
  );
}
