// Who may change each part of the settings: the roles the platform's permissions
// allow (leadhub.graphql.permissions); everyone else sees that part read-only.
import type { Role } from "../gql/graphql";
import { useViewer } from "../shell/viewer";

const EDITORS = {
  company: ["OWNER", "ADMIN"], // CanManageMembers
  sources: ["OWNER", "ADMIN", "MARKETING"], // CanManageSources
  stages: ["OWNER", "ADMIN", "SALES_MANAGER"], // CanManageFunnel
  scoring: ["OWNER", "ADMIN", "MARKETING"], // CanManageScoring
  fields: ["OWNER", "ADMIN"], // CanConfigureLeads
  integrations: ["OWNER", "ADMIN"], // CanManageApiClients, ManagesWebhooks
} as const satisfies Record<string, readonly Role[]>;

export type SettingsPart = keyof typeof EDITORS;

export function useMayChange(part: SettingsPart): boolean {
  const { current } = useViewer();
  const editors: readonly Role[] = EDITORS[part];
  return editors.includes(current.role);
}
