import { useTranslation } from "react-i18next";
import { LANGUAGES, type Language } from "../i18n/language";
import { useLanguage } from "../i18n/useLanguage";
import { SelectField } from "../ui/SelectField";

/** The language of the pages before login, kept in this browser. */
export function LanguagePicker() {
  const { t } = useTranslation();
  const { language, choose } = useLanguage();
  return (
    <div className="language-picker">
      <SelectField
        label={t("app.language")}
        value={language}
        options={LANGUAGES.map((code) => ({
          value: code,
          label: t(`app.languages.${code}`),
          lang: code,
        }))}
        onChange={(value) => choose(value as Language)}
      />
    </div>
  );
}
