// Imports: every import the company made, newest first, how each went and who
// started it; the way to a new one, to exports, and the mapping templates kept.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ImportHistory } from "./ImportHistory";
import { Templates } from "./Templates";
import { Allowed } from "../shell/Allowed";
import { Status } from "../ui/Status";
import "./imports.css";

export function ImportsPage() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState("");
  return (
    <>
      <h1>{t("imports.title")}</h1>
      <Allowed capability="CanImportLeads" refusal={t("imports.notAllowed")}>
        <Status message={notice} className="notice" />
        <p className="imports-actions">
          <Link to="/imports/new" className="imports-button">
            {t("imports.new")}
          </Link>
          <Link to="/imports/exports">{t("imports.toExports")}</Link>
        </p>
        <ImportHistory />
        <Templates onChanged={setNotice} />
      </Allowed>
    </>
  );
}
