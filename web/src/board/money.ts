// The sums of a stage's expected values, counted in hundredths so that they add up
// exactly, and amounts as the win form shows and reads them.
import { readDecimal } from "../ui/numbers";

/** A decimal from the API ("125000.50") in hundredths of the currency. */
export function toCents(decimal: string): number {
  return Math.round(Number(decimal) * 100);
}

/** A decimal from the API as the amount field shows it ("125000,5" in bokmål). */
export function typedAmount(decimal: string, language: string): string {
  return new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 2 }).format(
    Number(decimal),
  );
}

/** What a person typed as an amount ("125 000,50" in bokmål), as the API's
 * decimal ("125000.50"); null if it is not one. */
export function parseAmount(typed: string): string | null {
  const decimal = readDecimal(typed);
  return decimal !== null && /^\d+(\.\d{1,2})?$/.test(decimal) ? decimal : null;
}
