// The app with what every page relies on: the API's answers cached, the words in
// the person's language, and their session.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { i18n as I18n } from "i18next";
import { I18nextProvider } from "react-i18next";
import { RouterProvider, type createBrowserRouter } from "react-router";
import { SessionProvider } from "./session/context";

interface Props {
  router: ReturnType<typeof createBrowserRouter>;
  i18n: I18n;
  queryClient: QueryClient;
}

export function App({ router, i18n, queryClient }: Props) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}

export function newQueryClient(): QueryClient {
  // An answer is fresh for half a minute: moving between pages asks again only then.
  return new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } });
}
