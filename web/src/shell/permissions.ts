// What each role may do, as the platform decides it: each capability is named
// after its permission class (leadhub.graphql.permissions), or the service rule it
// comes from. The app offers only what the API would allow, and shows the rest
// read-only or tells why not.
import type { Role } from "../gql/graphql";
import { useViewer, type Viewer } from "./viewer";

const OWNERS_AND_ADMINS = ["OWNER", "ADMIN"] as const;
// The teams domain's MANAGING_ROLES.
const MANAGERS = [...OWNERS_AND_ADMINS, "SALES_MANAGER"] as const;
const MARKETERS = [...OWNERS_AND_ADMINS, "MARKETING"] as const;
// The imports domain's IMPORTING_ROLES: everyone but sales reps, whose reach is
// their own leads.
const ALL_BUT_REPS = [...MANAGERS, "MARKETING"] as const;

const ALLOWED = {
  CanManageMembers: OWNERS_AND_ADMINS,
  CanManageFunnel: MANAGERS,
  CanManageGoals: ALL_BUT_REPS,
  CanManageTeams: MANAGERS,
  CanManageRouting: MANAGERS,
  PreviewsRouting: MANAGERS,
  CanManageSources: MARKETERS,
  CanManageScoring: MARKETERS,
  CanDeleteLeads: ALL_BUT_REPS,
  CanConfigureLeads: OWNERS_AND_ADMINS,
  CanImportLeads: ALL_BUT_REPS,
  CanManageApiClients: OWNERS_AND_ADMINS,
  ManagesWebhooks: OWNERS_AND_ADMINS,
  // leads.views.REMOVERS_OF_SHARED_VIEWS: deleting a view someone else shared.
  RemovesSharedViews: OWNERS_AND_ADMINS,
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof ALLOWED;

/** Whether the viewer's role in the company chosen allows ``capability``. */
export function may(viewer: Viewer, capability: Capability): boolean {
  const roles: readonly Role[] = ALLOWED[capability];
  return roles.includes(viewer.current.role);
}

export function useMay(capability: Capability): boolean {
  return may(useViewer(), capability);
}
