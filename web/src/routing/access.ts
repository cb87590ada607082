import type { Viewer } from "../shell/viewer";

/** Whether the viewer manages routing: teams, their members, rules and dry runs
 * (the platform's MANAGING_ROLES). Everyone else may read them. */
export function managesRouting(viewer: Viewer): boolean {
  const { role } = viewer.current;
  return role === "OWNER" || role === "ADMIN" || role === "SALES_MANAGER";
}
