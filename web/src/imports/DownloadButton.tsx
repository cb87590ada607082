// A file the API gives a download path for, fetched with the session's login (a
// plain link could not send it) and saved; what went wrong is said beside it.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { describe } from "../api/faults";
import { useSession } from "../session/context";
import { download } from "../api/download";

interface Props {
  path: string;
  label: string;
  /** The button's name for screen readers, where ``label`` alone is ambiguous. */
  fullLabel?: string;
}

export function DownloadButton({ path, label, fullLabel }: Props) {
  const { t } = useTranslation();
  const { session } = useSession();
  const faultId = useId();
  const [busy, setBusy] = useState(false);
  const [fault, setFault] = useState<string | null>(null);

  async function fetchFile() {
    if (!session) return;
    setBusy(true);
    setFault(null);
    try {
      await download(path, session);
    } catch (error) {
      setFault(describe(t, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="secondary"
        aria-label={busy ? undefined : fullLabel}
        aria-describedby={fault ? faultId : undefined}
        disabled={busy}
        onClick={() => void fetchFile()}
      >
        {busy ? t("imports.download.busy") : label}
      </button>
      {fault && (
        <p id={faultId} className="fault">
          {fault}
        </p>
      )}
    </>
  );
}
