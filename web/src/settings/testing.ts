// For the settings pages' tests: someone of a role in Fjordkraft Salg AS (which
// counts in NOK, in Oslo's days), at a settings page.
import type { Role } from "../gql/graphql";
import type { Language } from "../i18n/language";
import { OWNER_ME, logInAs, renderApp } from "../testing";

const COMPANY = "VGVuYW50OjE=";

export function meAs(role: Role) {
  const tenant = {
    id: COMPANY,
    name: "Fjordkraft Salg AS",
    currency: "NOK",
    timeZone: "Europe/Oslo",
  };
  return { me: { ...OWNER_ME.me, memberships: [{ id: "TWVtYmVyc2hpcDox", role, tenant }] } };
}

export function renderSettings(
  path: string,
  role: Role,
  answers: Parameters<typeof renderApp>[1],
  language: Language = "en",
) {
  logInAs("t0k3n", COMPANY);
  return renderApp(path, { Me: () => meAs(role), ...answers }, language);
}

/** A connection of one page holding ``nodes``. */
export function connection<Node>(nodes: Node[]) {
  return {
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: nodes.map((node) => ({ node })),
  };
}
