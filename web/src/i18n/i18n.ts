// i18next, with both catalogues bundled: they are small, and a page never waits
// for its words. The <html lang> follows, for screen readers and hyphenation.
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import type { Language } from "./language";
import { nb } from "./nb";

export function startI18n(language: Language) {
  const i18n = i18next.createInstance();
  i18n.on("languageChanged", (chosen) => {
    document.documentElement.lang = chosen;
  });
  void i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: "en",
    resources: { en: { translation: en }, nb: { translation: nb } },
    interpolation: { escapeValue: false }, // React escapes what it renders
    initAsync: false,
  });
  return i18n;
}
