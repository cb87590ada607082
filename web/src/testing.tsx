// For component tests: the whole app at a path, in a language, with the API
// answering as the test says (fakeApi). Each render starts from nothing cached.
import { QueryClient } from "@tanstack/react-query";
import { cleanup, render } from "@testing-library/react";
import { afterEach } from "vitest";
import { createMemoryRouter } from "react-router";
import { RequestContext, SubscribeContext } from "./api/context";
import { fakeApi, fakeLive } from "./api/fake";
import { App } from "./App";
import { startI18n } from "./i18n/i18n";
import type { Language } from "./i18n/language";
import { routes } from "./routes";

export const OWNER_ME = {
  me: {
    user: { id: "VXNlcjox", name: "Åse Ødegård", email: "åse@fjordkraft.example" },
    language: null,
    memberships: [
      {
        id: "TWVtYmVyc2hpcDox",
        role: "OWNER",
        tenant: {
          id: "VGVuYW50OjE=",
          name: "Fjordkraft Salg AS",
          currency: "NOK",
          timeZone: "Europe/Oslo",
        },
      },
      {
        id: "TWVtYmVyc2hpcDoy",
        role: "SALES_REP",
        tenant: {
          id: "VGVuYW50OjI=",
          name: "Havbris AS",
          currency: "NOK",
          timeZone: "Europe/Oslo",
        },
      },
    ],
  },
};

afterEach(() => {
  cleanup();
  localStorage.clear();
});

export function logInAs(token: string, tenantId?: string) {
  localStorage.setItem("leadhub.session", JSON.stringify({ token, tenantId }));
}

export function renderApp(
  path: string,
  answers: Parameters<typeof fakeApi>[0],
  language: Language = "en",
) {
  const api = fakeApi(answers);
  const live = fakeLive();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <RequestContext.Provider value={api.request}>
      <SubscribeContext.Provider value={live.subscribe}>
        <App router={router} i18n={startI18n(language)} queryClient={queryClient} />
      </SubscribeContext.Provider>
    </RequestContext.Provider>,
  );
  return { ...api, live, router };
}
