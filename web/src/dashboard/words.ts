// The words of the dashboard pages, in every language the app speaks.
import type { Catalogue } from "../i18n/catalogue";

export const en = {};

export const nb: Catalogue<typeof en> = {};
