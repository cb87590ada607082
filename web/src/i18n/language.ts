// Which language the app speaks: the one the person chose (kept in their profile,
// and in this browser for the pages before login), else the first of their
// browser's languages the app knows. Norwegian in any written form reads bokmål.
export const LANGUAGES = ["nb", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const KEY = "leadhub.language";
const NORWEGIAN = new Set(["nb", "no", "nn"]);

export function browserLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split("-")[0] ?? "";
    if (NORWEGIAN.has(primary)) return "nb";
    if (primary === "en") return "en";
  }
  return "en";
}

export function savedLanguage(storage: Storage): Language | null {
  const saved = storage.getItem(KEY);
  return LANGUAGES.find((language) => language === saved) ?? null;
}

export function saveLanguage(storage: Storage, language: Language | null): void {
  if (language) storage.setItem(KEY, language);
  else storage.removeItem(KEY);
}
