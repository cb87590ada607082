// What the import does beyond the columns: the source stamped on the leads it
// creates, how a row is known to be a lead the company has, and what it then does.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Faults } from "../api/faults";
import type { MatchKey, OnMatch } from "../gql/graphql";
import { CheckboxField } from "../ui/CheckboxField";
import { SelectField } from "../ui/SelectField";
import type { Choices } from "./importChoices";
import type { Change, Settings } from "./useDraft";

// In the order the API tries them.
const MATCH_KEYS: readonly MatchKey[] = ["EXTERNAL_ID", "EMAIL", "PHONE"];
const ON_MATCH: readonly OnMatch[] = ["SKIP", "FILL", "OVERWRITE", "CREATE"];
const NO_SOURCE = "";

interface Props {
  settings: Settings;
  sources: Choices["sources"];
  faults: Faults;
  onChange: (change: Change, where: string) => void;
}

export function ImportSettings({ settings, sources, faults, onChange }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const keysFaultId = useId();

  function toggle(key: MatchKey, on: boolean) {
    const chosen = MATCH_KEYS.filter((k) => (k === key ? on : settings.matchKeys.includes(k)));
    onChange({ matchKeys: chosen }, "matchKeys");
  }

  return (
    <section aria-labelledby={titleId} className="imports-settings">
      <h2 id={titleId}>{t("imports.settings.title")}</h2>
      <SelectField
        label={t("imports.settings.source")}
        value={settings.sourceId ?? NO_SOURCE}
        options={[
          { value: NO_SOURCE, label: t("imports.settings.noSource") },
          ...sources.map((source) => ({ value: source.id, label: source.name })),
        ]}
        fault={faults.sourceId}
        onChange={(chosen) => onChange({ sourceId: chosen || null }, "sourceId")}
      />
      <fieldset aria-describedby={faults.matchKeys ? keysFaultId : undefined}>
        <legend>{t("imports.settings.matchKeys")}</legend>
        {MATCH_KEYS.map((key) => (
          <CheckboxField
            key={key}
            label={t(`imports.matchKeys.${key}`)}
            checked={settings.matchKeys.includes(key)}
            onChange={(event) => toggle(key, event.target.checked)}
          />
        ))}
        {faults.matchKeys && (
          <p id={keysFaultId} className="fault">
            {faults.matchKeys}
          </p>
        )}
      </fieldset>
      <SelectField
        label={t("imports.settings.onMatch")}
        value={settings.onMatch}
        options={ON_MATCH.map((code) => ({ value: code, label: t(`imports.onMatch.${code}`) }))}
        fault={faults.onMatch}
        onChange={(onMatch) => onChange({ onMatch: onMatch as OnMatch }, "onMatch")}
      />
    </section>
  );
}
