// A new import: the file goes up, and the import it becomes is mapped, previewed
// and started on its own page.
import { useTranslation } from "react-i18next";
import { ImportersOnly } from "./ImportersOnly";
import { UploadForm } from "./UploadForm";
import "./imports.css";

export function NewImportPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("imports.upload.title")}</h1>
      <ImportersOnly>
        <p>{t("imports.upload.intro")}</p>
        <UploadForm />
      </ImportersOnly>
    </>
  );
}
