import type { RouteObject } from "react-router";

export const routes: RouteObject[] = [
  { path: "/leads", lazy: async () => ({ Component: (await import("./LeadsPage")).LeadsPage }) },
  { path: "/leads/new", lazy: async () => ({ Component: (await import("./NewLead")).NewLead }) },
  { path: "/leads/:id", lazy: async () => ({ Component: (await import("./LeadPage")).LeadPage }) },
];
