// Numbers as people type them, in either language: "12,5" or "12.5", "10 000",
// "10,000" or "10.000,50", "−5" or "-5". Grouped thousands are read as such, so
// "1,000" is a thousand, never one; what cannot be read is refused (null), never
// guessed.

const SPACES = /[\s\u00a0\u202f]/g;
const GROUPED = (separator: string) => new RegExp(`^-?\\d{1,3}(\\${separator}\\d{3})+$`);

/** The decimal the text says, written as the API takes it ("10000.5"); null if none. */
export function readDecimal(text: string): string | null {
  let plain = text.replace(SPACES, "").replace("\u2212", "-");
  const comma = plain.lastIndexOf(",");
  const point = plain.lastIndexOf(".");
  if (comma >= 0 && point >= 0) {
    // Both: the last is the decimal sign, the other groups thousands.
    const [group, decimal] = comma > point ? [".", ","] : [",", "."];
    plain = plain.split(group).join("").replace(decimal, ".");
  } else if (comma >= 0) {
    plain = GROUPED(",").test(plain) ? plain.split(",").join("") : plain.replace(",", ".");
  }
  return /^-?\d+(\.\d+)?$/.test(plain) ? plain : null;
}

/** The number the text says, or null. */
export function readNumber(text: string): number | null {
  const decimal = readDecimal(text);
  return decimal === null ? null : Number(decimal);
}

/** The whole number the text says, or null. */
export function readWholeNumber(text: string): number | null {
  const number = readNumber(text);
  return number !== null && Number.isInteger(number) ? number : null;
}
