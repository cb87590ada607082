// Norsk bokmål. Typed by the English catalogue: a key missing here, or one too
// many, is a type error.
import * as accounts from "../accounts/words";
import * as dashboard from "../dashboard/words";
import * as leads from "../leads/words";
import * as board from "../board/words";
import * as imports from "../imports/words";
import * as routing from "../routing/words";
import * as settings from "../settings/words";
import * as integrations from "../integrations/words";
import * as people from "../people/words";
import * as profile from "../profile/words";
import type { Messages } from "./en";

export const nb: Messages = {
  ...accounts.nb,
  ...people.nb,
  ...profile.nb,
  ...dashboard.nb,
  ...leads.nb,
  ...board.nb,
  ...imports.nb,
  ...routing.nb,
  ...settings.nb,
  ...integrations.nb,
  app: {
    loading: "Laster …",
    language: "Språk",
    languages: { nb: "Norsk (bokmål)", en: "English" },
    retry: "Prøv igjen",
    cancel: "Avbryt",
    more: "Vis flere",
    notFound: "Her er det ingen side.",
    toStart: "Gå til startsiden",
  },
  shell: {
    skipToContent: "Hopp til innholdet",
    mainMenu: "Hovedmeny",
    home: "Oversikt",
    leads: "Leads",
    board: "Salgstrakt",
    imports: "Importer",
    routing: "Fordeling",
    settings: "Innstillinger",
    people: "Personer",
    profile: "Din profil",
    company: "Firma",
    logOut: "Logg ut",
    noCompany:
      "Du er ikke medlem av noe firma nå. Be om en invitasjon, og åpne lenken når du har logget ut; eller logg ut og registrer et nytt firma.",
  },
  roles: {
    OWNER: "Eier",
    ADMIN: "Administrator",
    MARKETING: "Markedsføring",
    SALES_MANAGER: "Salgssjef",
    SALES_REP: "Selger",
  },
  faults: {
    EMAIL_INVALID: "Dette er ikke en e-postadresse.",
    PASSWORD_TOO_WEAK: "Bruk 10 til 256 tegn.",
    EMAIL_TAKEN: "Den e-posten har en konto: logg inn i stedet.",
    INVALID_CREDENTIALS: "Feil e-post eller passord.",
    RATE_LIMITED: "For mange forsøk: vent litt, og prøv igjen.",
    ALREADY_MEMBER: "Vedkommende er allerede medlem.",
    INVITATION_INVALID: "Invitasjonen er ikke gyldig: den er utløpt, brukt eller trukket tilbake.",
    INVITATION_EMAIL_MISMATCH:
      "Invitasjonen ble sendt til en annen e-postadresse, eller den e-posten har en konto: logg inn med den, og godta etterpå.",
    PASSWORD_RESET_INVALID: "Lenken er ikke gyldig: den er utløpt eller brukt. Be om en ny.",
    NOT_FOUND: "Den finnes ikke lenger: noen kan ha endret den i mellomtiden.",
    LAST_OWNER: "Et firma trenger minst én eier.",
    ROLE_NOT_ALLOWED: "Bare en eier kan gjøre noen til eier.",
    UNAUTHENTICATED: "Innloggingen din er avsluttet: logg inn igjen.",
    FORBIDDEN: "Du har ikke lov til dette.",
    REVOKED: "Den er trukket tilbake, og kan ikke lenger endres.",
    TOO_MANY: "Det er så mange som det kan være: slett én først.",
    network: "Får ikke kontakt med Leadhub. Sjekk tilkoblingen og prøv igjen.",
  },
};
