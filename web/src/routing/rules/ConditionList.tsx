// Which leads a rule takes: its conditions, and whether a lead meets all or any.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Faults } from "../../api/faults";
import type { ConditionMatch } from "../../gql/graphql";
import { faultsUnder } from "../faults";
import type { Lookups } from "../lookups";
import { ConditionFields } from "./ConditionFields";
import { conditionDraft, type ConditionDraft } from "./ruleDraft";

const MAX_CONDITIONS = 20;
const MATCHES: readonly ConditionMatch[] = ["ALL", "ANY"];

interface Props {
  match: ConditionMatch;
  conditions: ConditionDraft[];
  lookups: Lookups;
  /** The form's faults, by field (``conditions.2.operator``). */
  faults: Faults;
  onChange: (changes: { match?: ConditionMatch; conditions?: ConditionDraft[] }) => void;
}

export function ConditionList({ match, conditions, lookups, faults, onChange }: Props) {
  const { t } = useTranslation();
  const matchName = useId();
  return (
    <fieldset className="routing-fieldset">
      <legend>{t("routing.rule.which")}</legend>
      <p className="hint">{t("routing.rule.whichHint")}</p>
      {conditions.length > 1 &&
        MATCHES.map((each) => (
          <div key={each} className="checkbox">
            <input
              id={`${matchName}-${each}`}
              type="radio"
              name={matchName}
              checked={match === each}
              onChange={() => onChange({ match: each })}
            />
            <label htmlFor={`${matchName}-${each}`}>{t(`routing.rule.matches.${each}`)}</label>
          </div>
        ))}
      {faults.conditions && <p className="fault">{faults.conditions}</p>}
      {conditions.map((condition, index) => (
        <ConditionFields
          key={condition.key}
          number={index + 1}
          condition={condition}
          lookups={lookups}
          faults={faultsUnder(faults, `conditions.${index}`)}
          onChange={(changed) =>
            onChange({ conditions: conditions.map((each, at) => (at === index ? changed : each)) })
          }
          onRemove={() => onChange({ conditions: conditions.filter((_, at) => at !== index) })}
        />
      ))}
      {conditions.length < MAX_CONDITIONS && (
        <button
          type="button"
          className="secondary"
          onClick={() => onChange({ conditions: [...conditions, conditionDraft()] })}
        >
          {t("routing.rule.addCondition")}
        </button>
      )}
    </fieldset>
  );
}
