import { useTranslation } from "react-i18next";
import type { ScoringField } from "../../gql/graphql";
import type { CustomField } from "../fields/fields";
import { SOURCE_KINDS } from "../sources/sources";
import { BOOLEANS, COMPANY_SIZES, TEMPERATURES, TIMEFRAMES, isOneOf } from "./conditions";

/** A choice of a field, in the person's words ("Small (10–49)"); another value as it is. */
export function useChoiceLabel() {
  const { t } = useTranslation();
  return (field: ScoringField, value: string, custom: CustomField | undefined): string => {
    // The platform compares choices ignoring case: a rule set through the API may
    // write them in lower case.
    const code = value.toUpperCase();
    const answer = value.toLowerCase();
    switch (field) {
      case "COMPANY_SIZE":
        return isOneOf(COMPANY_SIZES, code) ? t(`settings.companySizes.${code}`) : value;
      case "SOURCE_KIND":
        return isOneOf(SOURCE_KINDS, code) ? t(`settings.sourceKinds.${code}`) : value;
      case "TEMPERATURE":
        return isOneOf(TEMPERATURES, code) ? t(`settings.temperatures.${code}`) : value;
      case "PURCHASE_TIMEFRAME":
        return isOneOf(TIMEFRAMES, code) ? t(`settings.timeframes.${code}`) : value;
      case "CUSTOM":
        return custom?.type === "BOOLEAN" && isOneOf(BOOLEANS, answer)
          ? t(answer === "true" ? "settings.yes" : "settings.no")
          : value;
      default:
        return value;
    }
  };
}
