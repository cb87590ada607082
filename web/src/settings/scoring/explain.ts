// A scoring rule in words: what it looks for, so anyone can see why a lead scores
// what it does ("Industry is “Energi” or “Havbruk”").
import { useTranslation } from "react-i18next";
import { useFormat } from "../../ui/format";
import type { CustomField } from "../fields/fields";
import { useChoiceLabel } from "./choiceLabels";
import type { FitOperator } from "./conditions";
import type { Rule } from "./scoring";

export function useExplain(customFields: readonly CustomField[]) {
  const { t } = useTranslation();
  const choiceLabel = useChoiceLabel();
  const { number, anyOf } = useFormat();

  return (rule: Rule): string => {
    const { fit, engagement } = rule;
    if (engagement) {
      return t("settings.scoring.engagementRule", {
        activity: t(`settings.activities.${engagement.activityKind}`),
        count: engagement.halfLifeDays,
      });
    }
    if (!fit) return "";
    const custom = customFields.find(({ key }) => key === fit.customFieldKey);
    const field =
      fit.field === "CUSTOM"
        ? (custom?.label ?? fit.customFieldKey ?? "")
        : t(`settings.scoringFields.${fit.field}`);
    const values = fit.values.map((value) =>
      t("settings.scoring.quoted", { value: choiceLabel(fit.field, value, custom) }),
    );
    // A fit rule never compares with BETWEEN (see FitOperator).
    return t(`settings.scoring.conditions.${fit.operator as FitOperator}`, {
      field,
      values: anyOf(values),
      number: fit.number === null ? "" : number(Number(fit.number)),
    });
  };
}
