// For the routing pages' component tests: a company's teams, people, rules and
// lead fields, as the API would answer them.
import { configure } from "@testing-library/dom";
import { OWNER_ME, logInAs } from "../testing";

// Each page is loaded when first opened: on a busy machine that alone can pass
// the 1 s that findBy waits by default.
configure({ asyncUtilTimeout: 5_000 });

const OWNER_TENANT = "VGVuYW50OjE=";
/** Where OWNER_ME is a sales rep. */
const REP_TENANT = "VGVuYW50OjI=";

const PAGE = { hasNextPage: false, endCursor: null };

const ASE = { id: "VXNlcjox", name: "Åse Ødegård" };
export const KARI = { id: "VXNlcjoy", name: "Kari Nordmann" };
export const OLA = { id: "VXNlcjoz", name: "Ola Sørli" };
export const PER = { id: "VXNlcjo0", name: "Per Åsheim" };

export function member(user: { id: string; name: string }, part = {}) {
  return { user, active: true, manages: false, capacity: null, weight: 1, ...part };
}

export const NORD = {
  id: "VGVhbTox",
  name: "Team Nord",
  kind: "SALES",
  roster: [member(ASE, { manages: true }), member(KARI, { capacity: 25, weight: 3 })],
};

export const TEAMS = {
  tenant: { teams: { pageInfo: PAGE, edges: [{ node: NORD }] } },
};

export const MEMBERS = {
  tenant: {
    members: {
      pageInfo: PAGE,
      edges: [ASE, KARI, OLA, PER].map((user, at) => ({ node: { id: `m${at}`, user } })),
    },
  },
};

export const STAGES = [
  { id: "RnVubmVsU3RhZ2U6MQ==", name: "Salgskvalifisert" },
  { id: "RnVubmVsU3RhZ2U6Mg==", name: "Tilbud sendt" },
];

export const SOURCES = [{ id: "U291cmNlOjE=", name: "Nettsiden" }];

export const FIELD_CHOICES = {
  tenant: {
    funnelStages: { edges: STAGES.map((node) => ({ node })) },
    customFields: {
      edges: [{ node: { key: "ansatte", label: "Antall ansatte", type: "NUMBER", choices: [] } }],
    },
  },
};

const SOURCE_PAGES = {
  tenant: { sources: { pageInfo: PAGE, edges: SOURCES.map((node) => ({ node })) } },
};

/** The answers every routing page may ask for, OWNER_ME logged in. */
export const ANSWERS = {
  Me: () => OWNER_ME,
  RoutingTeams: () => TEAMS,
  CompanyMembers: () => MEMBERS,
  RoutingFieldChoices: () => FIELD_CHOICES,
  CompanySources: () => SOURCE_PAGES,
};

/** Logged in where OWNER_ME is the owner, or (``asRep``) a sales rep. */
export function logIn({ asRep = false } = {}) {
  logInAs("t0k3n", asRep ? REP_TENANT : OWNER_TENANT);
}

const NO_ONE = { kind: "QUEUE", team: null, user: null };

export const NORWAY_RULE = {
  id: "Um91dGluZ1J1bGU6MQ==",
  name: "Norske leads",
  position: 1,
  match: "ALL",
  conditions: [
    {
      field: "COUNTRY",
      operator: "IS_ONE_OF",
      values: ["NO"],
      number: null,
      upTo: null,
      customFieldKey: null,
    },
    {
      field: "SCORE",
      operator: "AT_LEAST",
      values: [],
      number: "50.00",
      upTo: null,
      customFieldKey: null,
    },
  ],
  target: { kind: "TEAM", team: { id: NORD.id, name: NORD.name }, user: null },
  strategy: "ROUND_ROBIN",
  sticky: false,
  withinWorkingHours: true,
  overflow: NO_ONE,
  slaMinutes: 30,
  slaAction: "ESCALATE",
};

export const FAIR_RULE = {
  id: "Um91dGluZ1J1bGU6Mg==",
  name: "Messeleads",
  position: 2,
  match: "ANY",
  conditions: [
    {
      field: "SOURCE_KIND",
      operator: "IS_ONE_OF",
      values: ["trade_fair"],
      number: null,
      upTo: null,
      customFieldKey: null,
    },
    {
      field: "STAGE",
      operator: "IS_ONE_OF",
      values: [STAGES[0]?.id],
      number: null,
      upTo: null,
      customFieldKey: null,
    },
  ],
  target: { kind: "USER", team: null, user: KARI },
  strategy: "ROUND_ROBIN",
  sticky: false,
  withinWorkingHours: false,
  overflow: NO_ONE,
  slaMinutes: null,
  slaAction: "NEXT_MEMBER",
};

export function rulesAnswer(rules: unknown[]) {
  return { tenant: { routingRules: rules } };
}

export const FALLBACK = {
  tenant: { routingFallback: { target: NO_ONE, strategy: "ROUND_ROBIN" } },
};
