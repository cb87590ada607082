// Answers the leads pages ask for, as the API would give them, for their tests.
const WHOLE = { hasNextPage: false, endCursor: null };

export const STAGES = {
  tenant: {
    funnelStages: {
      pageInfo: WHOLE,
      edges: [
        { node: { id: "stage-new", name: "Ny", kind: "OPEN" } },
        { node: { id: "stage-sql", name: "Kvalifisert", kind: "OPEN" } },
        { node: { id: "stage-won", name: "Vunnet", kind: "WON" } },
      ],
    },
  },
};

export const SOURCES = {
  tenant: {
    sources: {
      pageInfo: WHOLE,
      edges: [{ node: { id: "source-messe", name: "Messe Lillestrøm", cost: null } }],
    },
  },
};

export const OWNERS = {
  tenant: {
    members: {
      pageInfo: WHOLE,
      edges: [
        { node: { id: "m1", user: { id: "VXNlcjox", name: "Åse Ødegård" } } },
        { node: { id: "m2", user: { id: "user-kari", name: "Kari Nordmann" } } },
      ],
    },
  },
};

export function listedLead(index: number) {
  return {
    id: `lead-${index}`,
    name: index === 0 ? "Bjørn Ærlig" : `Lead ${index}`,
    email: `lead${index}@fjordkraft.example`,
    phone: "+4741234567",
    company: "Fjordkraft Salg AS",
    score: 50 + (index % 50),
    temperature: "WARM",
    expectedValue: index === 0 ? "125000" : null,
    createdAt: "2026-11-20T08:15:00+00:00",
    tags: [],
    stage: { id: "stage-new", name: "Ny" },
    owner: index === 0 ? { id: "user-kari", name: "Kari Nordmann" } : null,
    source: null,
  };
}

export function leadsPage(from: number, count: number, hasNextPage: boolean) {
  return {
    tenant: {
      leads: {
        totalCount: 250,
        totalCountIsCapped: false,
        pageInfo: { hasNextPage, endCursor: hasNextPage ? `cursor-${from + count}` : null },
        edges: Array.from({ length: count }, (_, i) => ({ node: listedLead(from + i) })),
      },
    },
  };
}

export const LOOKUPS = {
  CompanyStages: () => STAGES,
  CompanySources: () => SOURCES,
  CompanyMembers: () => OWNERS,
};

/** jsdom lays nothing out: give the table's scrolling box the size a screen would,
 * so the virtualizer draws the rows that fit in it. */
export function layOutTheTable() {
  const size = { clientHeight: 900, clientWidth: 1200 };
  for (const [property, value] of Object.entries(size)) {
    Object.defineProperty(HTMLElement.prototype, property, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains("leads-table") ? value : 0;
      },
    });
  }
}
