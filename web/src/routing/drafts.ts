// What the routing forms edit, before it is sent.

let drafted = 0;

/** A key that tells React one drafted item (a shift, a condition) from another
 * while their values change. */
export function draftKey(): number {
  drafted += 1;
  return drafted;
}

/** A whole number typed, or null for nothing typed; NaN when it is not one. */
export function wholeNumber(typed: string): number | null {
  if (typed.trim() === "") return null;
  const number = Number(typed);
  return Number.isInteger(number) ? number : Number.NaN;
}
