import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { useRefreshChoices } from "./choices";

describe("a change to what pages choose from", () => {
  it("marks every page's answers stale, those not on screen too", async () => {
    const queryClient = new QueryClient();
    // what the board and routing asked earlier, not on screen now
    queryClient.setQueryData(["BoardStages", {}, "t1"], { stages: [] });
    queryClient.setQueryData(["RoutingFieldChoices", {}, "t1"], { fields: [] });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(() => useRefreshChoices(), { wrapper });
    expect(queryClient.getQueryState(["BoardStages", {}, "t1"])?.isInvalidated).toBe(false);
    await act(() => result.current());
    for (const key of [
      ["BoardStages", {}, "t1"],
      ["RoutingFieldChoices", {}, "t1"],
    ]) {
      expect(queryClient.getQueryState(key)?.isInvalidated).toBe(true);
    }
  });
});
