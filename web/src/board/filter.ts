// The board's filter, kept in the page's address (?owner=mine&source=…), so that
// a filtered board can be reloaded, bookmarked and shared.
import { useSearchParams } from "react-router";
import type { LeadFilterInput } from "../gql/graphql";
import { useViewer } from "../shell/viewer";

export type FilterKey = "owner" | "source";

export const MINE = "mine";

/** ``seesOthers``: whether the viewer may see leads others own, and so choose
 * between theirs and everyone's. */
export function useBoardFilter(seesOthers: boolean) {
  const [params, setParams] = useSearchParams();
  const { user } = useViewer();
  const owner = seesOthers && params.get("owner") === MINE ? MINE : "";
  const source = params.get("source") ?? "";
  const filter: LeadFilterInput = {
    ownerIds: owner === MINE ? [user.id] : [],
    sourceIds: source ? [source] : [],
  };

  function choose(key: FilterKey, value: string) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  }

  return { owner, source, filter, choose };
}

export type BoardFilter = ReturnType<typeof useBoardFilter>;
