// For the dashboard's component tests: the API's answers for a Norwegian company
// on 1 December 2026 (late on 30 November in UTC), and the page rendered with them.
import { afterEach, beforeAll, beforeEach, vi } from "vitest";
import type { Language } from "../i18n/language";
import { OWNER_ME, logInAs, renderApp } from "../testing";

export const FJORDKRAFT = "VGVuYW50OjE=";
export const HAVBRIS = "VGVuYW50OjI="; // where Åse is a sales rep
export const SALG_ØST = "VGVhbTox";
export const KARI = "VXNlcjoy";
export const MESSE = "U291cmNlOjE=";

/** Every dashboard test: on a day that is already 1 December in Oslo and still
 * 30 November in UTC, with the page's lazily loaded code compiled beforehand, so
 * that a test's timeouts wait for the page and not for the compiler. */
export function setUpDashboardTests() {
  beforeAll(async () => {
    await Promise.all([import("./Overview"), import("./charts/Charts")]);
  });
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-30T23:30:00Z"));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}

const PAGE = { hasNextPage: false, endCursor: null };
const connection = <Node>(nodes: Node[]) => ({
  pageInfo: PAGE,
  edges: nodes.map((node) => ({ node })),
});
const week = (firstDay: string, lastDay: string) => ({ firstDay, lastDay });

export const KPIS = {
  leadVolume: { total: { count: 128 } },
  leadToCustomerConversion: { total: { numerator: 16, denominator: 128, rate: 0.125 } },
  pipelineValue: { total: { amount: "2450000.00", count: 37 } },
  winRate: {
    total: { numerator: 16, denominator: 40, rate: 0.4 },
    points: [
      { ...week("2026-12-01", "2026-12-06"), value: { numerator: 4, denominator: 10, rate: 0.4 } },
      { ...week("2026-12-07", "2026-12-13"), value: { numerator: 0, denominator: 0, rate: null } },
    ],
  },
  salesVolume: {
    total: { amount: "1234567.00", count: 16, average: "77160.44" },
    points: [{ ...week("2026-12-01", "2026-12-31"), value: { amount: "1234567.00", count: 16 } }],
  },
  salesCycleTime: { total: { median: 12.5, mean: 14.25, count: 16 } },
  responseTime: {
    total: { median: 45, count: 30, overSla: { numerator: 3, denominator: 30, rate: 0.1 } },
    points: [{ ...week("2026-12-01", "2026-12-06"), value: { median: 45, count: 30 } }],
  },
  funnel: [
    { stage: { id: "s1", name: "Suspect" }, reached: 128, fromPrevious: null },
    { stage: { id: "s2", name: "MQL" }, reached: 64, fromPrevious: { rate: 0.5 } },
    { stage: { id: "s5", name: "Kunde" }, reached: 16, fromPrevious: { rate: 0.25 } },
  ],
  sourceReturn: [
    {
      source: { id: MESSE, name: "Messe på Lillestrøm" },
      won: { total: { amount: "500000.00", count: 4 } },
      cost: "25000.00",
      wonPerCost: 20,
    },
    { source: null, won: { total: { amount: "0.00", count: 0 } }, cost: null, wonPerCost: null },
  ],
};

export const LEAD_GOAL = {
  id: "R29hbDox",
  name: "Nye leads i desember",
  metric: "LEAD_VOLUME",
  target: "100.0000",
  period: "MONTH",
  firstDay: "2026-12-01",
  lastDay: "2026-12-31",
  stage: null,
  fromStage: null,
  source: null,
  owners: [{ id: SALG_ØST, name: "Salg Øst" }],
  progress: { value: "42", expectedByNow: "35.4839", forecast: "118.3", status: "ON_PACE" },
};

export const RESPONSE_GOAL = {
  ...LEAD_GOAL,
  id: "R29hbDoy",
  name: "Svar innen en time",
  metric: "RESPONSE_MINUTES",
  target: "60.0000",
  owners: [
    { id: SALG_ØST, name: "Salg Øst" },
    { id: "VGVhbToy", name: "Marked" },
  ],
  progress: { value: "75", expectedByNow: "60.0000", forecast: "75", status: "BEHIND" },
};

export function member(name: string) {
  return { __typename: "MemberActor", member: { id: `id-${name}`, name } };
}

export const OLA = { id: "TGVhZDox", name: "Ola Nordmann" };

export const WON = {
  id: "QWN0aXZpdHk6MQ==",
  kind: "STAGE_CHANGED",
  occurredAt: "2026-11-30T09:30:00+00:00",
  lead: OLA,
  actor: member("Kari Nordmann"),
  details: {
    __typename: "StageChangedDetails",
    fromStageName: "Tilbud",
    toStageName: "Kunde",
    wonAmount: "120000.00",
  },
};

export const ASSIGNED = {
  id: "QWN0aXZpdHk6Mg==",
  kind: "ASSIGNED",
  occurredAt: "2026-11-29T07:05:00+00:00",
  // A lead the viewer may not see is not named.
  lead: null,
  actor: { __typename: "SystemActor", onBehalfOf: { id: "VXNlcjox", name: "Åse Ødegård" } },
  details: {
    __typename: "AssignedDetails",
    owner: { id: KARI, name: "Kari Nordmann" },
    team: null,
  },
};

export const ANSWERS = {
  Me: () => OWNER_ME,
  DashboardSettings: () => ({
    tenant: { id: FJORDKRAFT, timeZone: "Europe/Oslo", currency: "NOK" },
  }),
  DashboardKpis: () => KPIS,
  CompanyTeams: () => ({
    tenant: {
      teams: connection([
        { id: SALG_ØST, name: "Salg Øst" },
        { id: "VGVhbToy", name: "Marked" },
      ]),
    },
  }),
  CompanyMembers: () => ({
    tenant: {
      members: connection([
        { id: "m1", user: { id: "VXNlcjox", name: "Åse Ødegård" } },
        { id: "m2", user: { id: KARI, name: "Kari Nordmann" } },
      ]),
    },
  }),
  CompanySources: () => ({
    tenant: {
      sources: connection([
        { id: MESSE, name: "Messe på Lillestrøm", cost: "25000.00" },
        { id: "U291cmNlOjI=", name: "Nettskjema", cost: null },
      ]),
    },
  }),
  CompanyStages: () => ({
    tenant: {
      funnelStages: connection([
        { id: "s1", name: "Suspect", kind: "OPEN" },
        { id: "s5", name: "Kunde", kind: "WON" },
      ]),
    },
  }),
  DashboardGoals: () => ({ goals: connection([LEAD_GOAL, RESPONSE_GOAL]) }),
  DashboardFeed: () => ({ activityFeed: connection([WON, ASSIGNED]) }),
};

type Answers = Parameters<typeof renderApp>[1];

interface Options {
  path?: string;
  language?: Language;
  tenantId?: string;
}

/** The dashboard at ``path``, logged in to ``tenantId``, with ``answers`` over the usual ones. */
export function renderDashboard(
  answers: Answers = {},
  { path = "/", language = "en", tenantId = FJORDKRAFT }: Options = {},
) {
  logInAs("t0k3n", tenantId);
  return renderApp(path, { ...ANSWERS, ...answers }, language);
}
