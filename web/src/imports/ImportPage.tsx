// One import, by its id in the address: mapped, previewed and started while it is
// a draft; then its live progress, and how it ended.
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useApiQuery } from "../api/hooks";
import { Failed, Loading } from "../ui/states";
import { DraftImport } from "./DraftImport";
import { IMPORT_DETAILS } from "./importDetails";
import { ImportFacts } from "./ImportFacts";
import { ImportRun } from "./ImportRun";
import { Allowed } from "../shell/Allowed";
import { Status } from "../ui/Status";
import "./imports.css";

export function ImportPage() {
  const { t } = useTranslation();
  const { importId = "" } = useParams();
  return (
    <Allowed
      capability="CanImportLeads"
      refusal={t("imports.notAllowed")}
      title={t("imports.import.heading")}
    >
      <ImportDetails id={importId} />
    </Allowed>
  );
}

function ImportDetails({ id }: { id: string }) {
  const { t } = useTranslation();
  const details = useApiQuery(IMPORT_DETAILS, { id });
  const [notice, setNotice] = useState("");
  const node = details.data?.node;
  const leadImport = node?.__typename === "LeadImport" ? node : null;
  let body: ReactNode;
  if (details.isPending) body = <Loading />;
  else if (details.isError) {
    body = <Failed error={details.error} retry={() => void details.refetch()} />;
  } else if (!leadImport) body = <p role="alert">{t("imports.import.notFound")}</p>;
  else {
    body = (
      <>
        <Status message={notice} className="notice" />
        <ImportFacts leadImport={leadImport} />
        {leadImport.status === "DRAFT" ? (
          <DraftImport key={leadImport.id} leadImport={leadImport} onNotice={setNotice} />
        ) : (
          <ImportRun leadImport={leadImport} onNotice={setNotice} />
        )}
      </>
    );
  }
  return (
    <>
      <h1>
        {leadImport
          ? t("imports.import.title", { fileName: leadImport.fileName })
          : t("imports.import.heading")}
      </h1>
      {body}
    </>
  );
}
