// English: the catalogue the others are checked against (a key missing from one
// is a type error, see nb.ts). Each domain keeps its pages' words beside them
// (words.ts); the words every page shares are here.
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
import type { Catalogue } from "./catalogue";
export const en = {
  ...accounts.en,
  ...people.en,
  ...profile.en,
  ...dashboard.en,
  ...leads.en,
  ...board.en,
  ...imports.en,
  ...routing.en,
  ...settings.en,
  ...integrations.en,
  app: {
    loading: "Loading…",
    language: "Language",
    languages: { nb: "Norsk (bokmål)", en: "English" },
    retry: "Try again",
    cancel: "Cancel",
    more: "Show more",
    notFound: "There is no page here.",
    toStart: "Go to the start page",
  },
  shell: {
    skipToContent: "Skip to content",
    mainMenu: "Main menu",
    home: "Dashboard",
    leads: "Leads",
    board: "Pipeline",
    imports: "Imports",
    routing: "Routing",
    settings: "Settings",
    people: "People",
    profile: "Your profile",
    company: "Company",
    logOut: "Log out",
    noCompany:
      "You are not a member of any company now. Ask for an invitation, and open its link once logged out; or log out and sign up a new company.",
  },
  roles: {
    OWNER: "Owner",
    ADMIN: "Admin",
    MARKETING: "Marketing",
    SALES_MANAGER: "Sales manager",
    SALES_REP: "Sales rep",
  },
  // What the API's error codes mean, said to a person; a code missing here is told
  // in the API's own words.
  faults: {
    EMAIL_INVALID: "This is not an email address.",
    PASSWORD_TOO_WEAK: "Use 10 to 256 characters.",
    EMAIL_TAKEN: "That email has an account: log in instead.",
    INVALID_CREDENTIALS: "Wrong email or password.",
    RATE_LIMITED: "Too many tries: wait a little, then try again.",
    ALREADY_MEMBER: "They are a member already.",
    INVITATION_INVALID: "This invitation is not valid: it expired, was used or was withdrawn.",
    INVITATION_EMAIL_MISMATCH:
      "This invitation was sent to another email address, or that email has an account: log in with it, then accept.",
    PASSWORD_RESET_INVALID: "This link is not valid: it expired or was used. Ask for a new one.",
    NOT_FOUND: "It is gone: someone may have changed it meanwhile.",
    LAST_OWNER: "A company needs at least one owner.",
    ROLE_NOT_ALLOWED: "Only an owner can make someone an owner.",
    UNAUTHENTICATED: "Your login has ended: log in again.",
    FORBIDDEN: "You may not do this.",
    REVOKED: "It was revoked: it can no longer be changed.",
    TOO_MANY: "There are as many as there can be: delete one first.",
    network: "Leadhub cannot be reached. Check your connection and try again.",
  },
};

/** What every language says: the same keys as English, each a string. */
export type Messages = Catalogue<typeof en>;
