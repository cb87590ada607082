// The routing pages, each loaded when first opened.
import type { RouteObject } from "react-router";

export const routes: RouteObject[] = [
  {
    path: "/routing",
    lazy: async () => ({ Component: (await import("./RoutingPage")).RoutingPage }),
  },
  {
    path: "/routing/teams",
    lazy: async () => ({ Component: (await import("./teams/TeamsPage")).TeamsPage }),
  },
  {
    path: "/routing/teams/:teamId/members/:userId",
    lazy: async () => ({ Component: (await import("./teams/MemberPage")).MemberPage }),
  },
  {
    path: "/routing/availability",
    lazy: async () => ({
      Component: (await import("./availability/AvailabilityPage")).AvailabilityPage,
    }),
  },
  {
    path: "/routing/rules",
    lazy: async () => ({ Component: (await import("./rules/RulesPage")).RulesPage }),
  },
  {
    path: "/routing/rules/new",
    lazy: async () => ({ Component: (await import("./rules/NewRulePage")).NewRulePage }),
  },
  {
    path: "/routing/rules/:ruleId",
    lazy: async () => ({ Component: (await import("./rules/EditRulePage")).EditRulePage }),
  },
  {
    path: "/routing/dry-run",
    lazy: async () => ({ Component: (await import("./dryRun/DryRunPage")).DryRunPage }),
  },
];
