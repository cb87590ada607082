// The language shown, and choosing it: in this browser at once, and in the
// person's profile by whoever calls (the profile page).
import { useTranslation } from "react-i18next";
import { browserLanguage, saveLanguage, type Language } from "./language";

export function useLanguage() {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  function choose(chosen: Language | null) {
    saveLanguage(localStorage, chosen);
    void i18n.changeLanguage(chosen ?? browserLanguage(navigator.languages));
  }
  return { language, choose };
}
