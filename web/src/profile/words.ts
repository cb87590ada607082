// The words of the profile pages, in every language the app speaks.
import type { Catalogue } from "../i18n/catalogue";

export const en = {
  profile: {
    title: "Your profile",
    name: "Your name",
    language: "Language",
    browserLanguage: "As my browser",
    submit: "Save",
    busy: "Saving…",
    saved: "Saved.",
  },
};

export const nb: Catalogue<typeof en> = {
  profile: {
    title: "Din profil",
    name: "Navnet ditt",
    language: "Språk",
    browserLanguage: "Som nettleseren min",
    submit: "Lagre",
    busy: "Lagrer …",
    saved: "Lagret.",
  },
};
