import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFocusLater } from "../ui/useFocusLater";
import { CopyField } from "./CopyField";

/** A secret just issued, to be shown this once: what it belongs to, and itself. */
export interface IssuedSecret {
  of: string;
  value: string;
}

/** The secret a page shows, if any: ``stored`` hides it, and the focus it had goes
 * to the element of ``returnTo`` (what the secret is about, or its list). */
export function useIssuedSecret(returnTo: string) {
  const [secret, show] = useState<IssuedSecret | null>(null);
  const focusLater = useFocusLater();
  const stored = () => {
    show(null);
    focusLater(returnTo);
  };
  return { secret, show, stored };
}

interface Props {
  title: string;
  label: string;
  secret: string;
  onStored: () => void;
}

/** A secret Leadhub keeps only a digest of: shown this once, until the person says
 * they stored it. Focus moves here, so no one misses it. */
export function OneTimeSecret({ title, label, secret, onStored }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [secret]);
  return (
    <section className="integrations-secret" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p>
        <strong>{t("integrations.storeItNow")}</strong>
      </p>
      <CopyField label={label} value={secret} />
      <button type="button" onClick={onStored}>
        {t("integrations.stored")}
      </button>
    </section>
  );
}
