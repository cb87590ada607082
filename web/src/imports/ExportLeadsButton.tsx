// Exporting the leads a filter selects (the leads list's current view), as CSV or
// XLSX: a job writes the file, and the button's place says when it can be
// downloaded. Shown only to those who may export (imports:write); place it outside
// any other form, as it is a group of controls of its own.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { operationName } from "../api/client";
import { describe, inOwnWords } from "../api/faults";
import { useApiMutation, useApiQuery } from "../api/hooks";
import { graphql } from "../gql";
import type { FileFormat, LeadFilterInput } from "../gql/graphql";
import { useFormat } from "../ui/format";
import { SelectField } from "../ui/SelectField";
import { Failed } from "../ui/states";
import { DownloadButton } from "./DownloadButton";
import { EXPORT_HISTORY } from "./ExportHistory";
import { useEvery } from "../api/useEvery";
import { useMay } from "../shell/permissions";
import { Status } from "../ui/Status";

const EXPORT_LEADS = graphql(`
  mutation ExportLeads($input: ExportLeadsInput!) {
    exportLeads(input: $input) {
      leadExport {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const WATCHED_EXPORT = graphql(`
  query WatchedExport($id: ID!) {
    node(id: $id) {
      __typename
      ... on LeadExport {
        id
        format
        status
        rows
        downloadUrl
      }
    }
  }
`);

const FORMATS: readonly FileFormat[] = ["XLSX", "CSV"];
// An export of a few thousand leads takes seconds: asked again this often.
const WHILE_WRITING_MS = 2000;

export function ExportLeadsButton({ filter }: { filter: LeadFilterInput }) {
  if (!useMay("CanImportLeads")) return null;
  return <ExportLeads filter={filter} />;
}

function ExportLeads({ filter }: { filter: LeadFilterInput }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const start = useApiMutation(EXPORT_LEADS);
  const titleId = useId();
  const faultId = useId();
  const [format, setFormat] = useState<FileFormat>("XLSX");
  const [exportId, setExportId] = useState<string | null>(null);
  const [fault, setFault] = useState<string | null>(null);

  async function startExport() {
    setFault(null);
    setExportId(null);
    try {
      const { exportLeads } = await start.mutateAsync({ input: { filter, format } });
      const [error] = inOwnWords(t, "imports.faults", exportLeads.errors);
      if (error) setFault(describe(t, error));
      setExportId(exportLeads.leadExport?.id ?? null);
    } catch (error) {
      setFault(describe(t, error));
    }
    await queryClient.invalidateQueries({ queryKey: [operationName(EXPORT_HISTORY)] });
  }

  return (
    <div role="group" aria-labelledby={titleId} className="imports-export">
      <p id={titleId} className="imports-export-title">
        {t("exports.button.title")}
      </p>
      <SelectField
        label={t("exports.button.format")}
        value={format}
        options={FORMATS.map((code) => ({ value: code, label: t(`exports.formats.${code}`) }))}
        onChange={(value) => setFormat(value as FileFormat)}
      />
      <button
        type="button"
        disabled={start.isPending}
        aria-describedby={fault ? faultId : undefined}
        onClick={() => void startExport()}
      >
        {start.isPending ? t("exports.button.starting") : t("exports.button.start")}
      </button>
      {fault && (
        <p id={faultId} role="alert" className="fault">
          {fault}
        </p>
      )}
      {exportId && <ExportWatch id={exportId} />}
    </div>
  );
}

/** The export being written, asked after until it is ready (or failed). */
function ExportWatch({ id }: { id: string }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const queryClient = useQueryClient();
  const watched = useApiQuery(WATCHED_EXPORT, { id });
  const node = watched.data?.node;
  const leadExport = node?.__typename === "LeadExport" ? node : null;
  const status = leadExport?.status;
  useEvery(WHILE_WRITING_MS, () => void watched.refetch(), status === "RUNNING");
  useEffect(() => {
    if (status && status !== "RUNNING") {
      void queryClient.invalidateQueries({ queryKey: [operationName(EXPORT_HISTORY)] });
    }
  }, [status, queryClient]);

  if (watched.isError) return <Failed error={watched.error} retry={() => void watched.refetch()} />;
  let said = t("exports.button.writing");
  if (status === "FAILED") said = t("exports.button.failed");
  if (status === "FINISHED" && leadExport) {
    said = t("exports.button.ready", { count: leadExport.rows, rows: number(leadExport.rows) });
  }
  return (
    <>
      <Status message={said} />
      {leadExport?.downloadUrl && (
        <DownloadButton
          path={leadExport.downloadUrl}
          label={t("exports.download")}
          fullLabel={t("exports.downloadOf", { format: t(`exports.formats.${leadExport.format}`) })}
        />
      )}
    </>
  );
}
