// What a CSV's layout may be: the encodings people's spreadsheets write (Windows-1252
// from a Norwegian Excel) and the delimiters the API reads, by the names we give them.
export const ENCODINGS = ["utf-8", "windows-1252", "iso-8859-15", "utf-16"] as const;

export const DELIMITERS = { semicolon: ";", comma: ",", tab: "\t", bar: "|" } as const;

export type DelimiterName = keyof typeof DELIMITERS;

export function delimiterName(delimiter: string): DelimiterName | undefined {
  return (Object.keys(DELIMITERS) as DelimiterName[]).find(
    (name) => DELIMITERS[name] === delimiter,
  );
}
