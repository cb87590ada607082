// The settings pages, each loaded when first opened (showing that it loads, in the
// frame, when a visit starts there). /settings/api-clients and /settings/webhooks
// are the integrations' (../integrations/routes.tsx).
import type { RouteObject } from "react-router";
import { Loading } from "../ui/states";

export const routes: RouteObject[] = [
  {
    path: "/settings",
    lazy: async () => ({ Component: (await import("./SettingsIndex")).SettingsIndex }),
  },
  {
    path: "/settings/sources",
    lazy: async () => ({ Component: (await import("./sources/SourcesPage")).SourcesPage }),
  },
  {
    path: "/settings/stages",
    lazy: async () => ({ Component: (await import("./stages/StagesPage")).StagesPage }),
  },
  {
    path: "/settings/scoring",
    lazy: async () => ({ Component: (await import("./scoring/ScoringPage")).ScoringPage }),
  },
  {
    path: "/settings/fields",
    lazy: async () => ({ Component: (await import("./fields/FieldsPage")).FieldsPage }),
  },
].map((route) => ({ ...route, HydrateFallback: Loading }));
