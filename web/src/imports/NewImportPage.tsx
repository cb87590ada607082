// A new import: the file goes up, and the import it becomes is mapped, previewed
// and started on its own page.
import { useTranslation } from "react-i18next";
import { UploadForm } from "./UploadForm";
import { Allowed } from "../shell/Allowed";
import "./imports.css";

export function NewImportPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("imports.upload.title")}</h1>
      <Allowed capability="CanImportLeads" refusal={t("imports.notAllowed")}>
        <p>{t("imports.upload.intro")}</p>
        <UploadForm />
      </Allowed>
    </>
  );
}
