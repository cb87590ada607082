// Numbers as people type them: "12,5" or "12.5", "10 000" or "10000", "−5" or "-5".

/** The decimal the text says, written as the API takes it ("10000.5"); null if none. */
export function readDecimal(text: string): string | null {
  const plain = text
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(",", ".")
    .replace("\u2212", "-");
  return plain !== "" && Number.isFinite(Number(plain)) ? plain : null;
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

/** The lines of a text, each trimmed, without empty ones: a list typed one a line. */
export function lines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}
