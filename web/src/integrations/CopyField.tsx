import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../ui/Field";
import { Status } from "../ui/Status";

interface Props {
  label: string;
  value: string;
  hint?: string;
}

/** A value to paste elsewhere: shown whole, selected when focused, with a button
 * that copies it and says whether that worked (a browser may refuse the clipboard,
 * as it does on a page not served over https). */
export function CopyField({ label, value, hint }: Props) {
  const { t } = useTranslation();
  const [told, setTold] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setTold(t("integrations.copied", { what: label }));
    } catch {
      setTold(t("integrations.copyFailed"));
    }
  }

  return (
    <div className="integrations-copy">
      <Field
        label={label}
        hint={hint}
        value={value}
        readOnly
        spellCheck={false}
        onFocus={(event) => event.target.select()}
      />
      <button
        type="button"
        className="secondary"
        aria-label={t("integrations.copyWhat", { what: label })}
        onClick={() => void copy()}
      >
        {t("integrations.copy")}
      </button>
      <Status message={told} className="hint" />
    </div>
  );
}
