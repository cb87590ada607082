// The states every page shows while it waits for, or fails to get, its data.
import { useTranslation } from "react-i18next";
import { describe } from "../api/faults";

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" aria-busy="true">
      {t("app.loading")}
    </p>
  );
}

export function Failed({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert">
      <p>{describe(t, error)}</p>
      {retry && (
        <button type="button" onClick={retry}>
          {t("app.retry")}
        </button>
      )}
    </div>
  );
}

/** A form's fault that is about no one field, read out as it appears; the form
 * may move focus to it. */
export function FormFault({ id, fault }: { id: string; fault?: string }) {
  if (!fault) return null;
  return (
    <p id={id} role="alert" className="fault" tabIndex={-1}>
      {fault}
    </p>
  );
}
