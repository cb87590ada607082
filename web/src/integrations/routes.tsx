// The integrations pages, each loaded when first opened: API clients (partners' apps,
// OAuth) and webhooks, with an endpoint's own page.
import type { RouteObject } from "react-router";

export const routes: RouteObject[] = [
  {
    path: "/settings/api-clients",
    lazy: async () => ({ Component: (await import("./apiClients/ApiClientsPage")).ApiClientsPage }),
  },
  {
    path: "/settings/webhooks",
    lazy: async () => ({ Component: (await import("./webhooks/WebhooksPage")).WebhooksPage }),
  },
  {
    path: "/settings/webhooks/:endpointId",
    lazy: async () => ({ Component: (await import("./webhooks/EndpointPage")).EndpointPage }),
  },
];
