// What people type as a list.

/** The lines of a text, each trimmed, without empty ones: a list typed one a line. */
export function lines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}
