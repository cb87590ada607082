// The imports pages, each loaded when first opened (showing that it loads, in the
// frame, when a visit starts there). "new" and "exports" outrank ":importId".
import type { RouteObject } from "react-router";
import { Loading } from "../ui/states";

export const routes: RouteObject[] = [
  {
    path: "/imports",
    lazy: async () => ({ Component: (await import("./ImportsPage")).ImportsPage }),
  },
  {
    path: "/imports/new",
    lazy: async () => ({ Component: (await import("./NewImportPage")).NewImportPage }),
  },
  {
    path: "/imports/exports",
    lazy: async () => ({ Component: (await import("./ExportsPage")).ExportsPage }),
  },
  {
    path: "/imports/:importId",
    lazy: async () => ({ Component: (await import("./ImportPage")).ImportPage }),
  },
].map((route) => ({ ...route, HydrateFallback: Loading }));
