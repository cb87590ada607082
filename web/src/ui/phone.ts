// Phone numbers, kept by the API in E.164 (+4741234567), shown as people write
// them: grouped, with the country code ("+47 412 34 567"). libphonenumber-js
// knows every country's grouping; its smallest metadata is enough for that.
import { parsePhoneNumberFromString } from "libphonenumber-js/min";

export function phoneShown(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
