// Keys given to t() are checked against the English catalogue.
import "i18next";
import type { en } from "./en";

declare module "i18next" {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}
