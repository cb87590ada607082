import { useTranslation } from "react-i18next";
import type { Faults } from "../../api/faults";
import type { ActivityKind } from "../../gql/graphql";
import { Field } from "../../ui/Field";
import { SelectField } from "../../ui/SelectField";
import { ENGAGING_ACTIVITIES } from "./conditions";
import type { Draft } from "./draft";

interface Props {
  draft: Draft;
  faults: Faults;
  onChange: (changes: Partial<Draft>) => void;
}

/** An engagement rule's activity, and how fast each one's points fade. */
export function EngagementFields({ draft, faults, onChange }: Props) {
  const { t } = useTranslation();
  // A rule set through the API may count another kind: it stays offered.
  const activities = ENGAGING_ACTIVITIES.includes(draft.activityKind)
    ? ENGAGING_ACTIVITIES
    : [draft.activityKind, ...ENGAGING_ACTIVITIES];
  return (
    <>
      <SelectField
        label={t("settings.scoring.activity")}
        value={draft.activityKind}
        options={activities.map((kind) => ({
          value: kind,
          label: t(`settings.activities.${kind}`),
        }))}
        fault={faults["engagement.activityKind"]}
        onChange={(kind) => onChange({ activityKind: kind as ActivityKind })}
      />
      <Field
        label={t("settings.scoring.halfLife")}
        hint={t("settings.scoring.halfLifeHint")}
        inputMode="numeric"
        required
        value={draft.halfLifeDays}
        fault={faults["engagement.halfLifeDays"]}
        onChange={(event) => onChange({ halfLifeDays: event.target.value })}
      />
    </>
  );
}
