import type { RouteObject } from "react-router";

export const routes: RouteObject[] = [
  { path: "/board", lazy: async () => ({ Component: (await import("./Board")).Board }) },
];
