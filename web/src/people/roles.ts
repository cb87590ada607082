import type { Role } from "../gql/graphql";

/** Every role, the most a member may do first. */
export const ROLES: readonly Role[] = ["OWNER", "ADMIN", "MARKETING", "SALES_MANAGER", "SALES_REP"];
