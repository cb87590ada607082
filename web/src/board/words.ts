// The words of the board pages, in every language the app speaks.
import type { Catalogue } from "../i18n/catalogue";

export const en = {};

export const nb: Catalogue<typeof en> = {};
