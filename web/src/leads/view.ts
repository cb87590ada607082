// What the leads list shows, kept in the page's address so a view can be shared,
// bookmarked and survives a reload: the whole filter (a saved view's too, which
// may have been saved through the API with any of its conditions), and the order.
import type { LeadFilterInput, LeadOrder, Temperature } from "../gql/graphql";

export const ORDERS: readonly LeadOrder[] = ["CREATED", "UPDATED", "SCORE", "NAME"];
export const TEMPERATURES: readonly Temperature[] = ["HOT", "WARM", "COLD"];

export interface LeadsView {
  filter: LeadFilterInput;
  orderBy: LeadOrder;
  descending: boolean;
}

// The address's names for each part of a view.
const LISTS = {
  stage: "stageIds",
  owner: "ownerIds",
  team: "teamIds",
  source: "sourceIds",
  sourceKind: "sourceKinds",
  tag: "tags",
} as const;
// Instants, kept as the ISO 8601 the API takes.
const MOMENTS = ["createdAfter", "createdBefore", "updatedAfter", "updatedBefore"] as const;

function whole(value: string | null): number | null {
  if (value === null || !/^-?\d+$/.test(value)) return null;
  return Number(value);
}

/** The view an address's query string says; what it does not say, or says wrongly,
 * is left at its default (newest first, every lead). */
export function viewOf(search: URLSearchParams): LeadsView {
  const filter: LeadFilterInput = {};
  for (const [param, key] of Object.entries(LISTS)) {
    const values = search.getAll(param).filter(Boolean);
    if (values.length) (filter as Record<string, string[]>)[key] = values;
  }
  const temperatures = search
    .getAll("temperature")
    .filter((t): t is Temperature => TEMPERATURES.includes(t as Temperature));
  if (temperatures.length) filter.temperatures = temperatures;
  const text = search.get("q")?.trim();
  if (text) filter.text = text;
  for (const bound of ["minScore", "maxScore"] as const) {
    const score = whole(search.get(bound));
    if (score !== null) filter[bound] = score;
  }
  for (const moment of MOMENTS) {
    const value = search.get(moment);
    if (value && !Number.isNaN(Date.parse(value))) filter[moment] = value;
  }
  const parked = search.get("parked");
  if (parked === "true" || parked === "false") filter.parked = parked === "true";
  const order = search.get("order") as LeadOrder | null;
  const orderBy = order && ORDERS.includes(order) ? order : "CREATED";
  const direction = search.get("direction");
  const descending = direction ? direction !== "asc" : orderBy !== "NAME";
  return { filter, orderBy, descending };
}

/** The query string of a view: the inverse of viewOf. */
export function searchOf({ filter, orderBy, descending }: LeadsView): URLSearchParams {
  const search = new URLSearchParams();
  if (filter.text) search.set("q", filter.text);
  for (const [param, key] of Object.entries(LISTS)) {
    for (const value of (filter[key] as string[] | undefined) ?? []) search.append(param, value);
  }
  for (const temperature of filter.temperatures ?? []) search.append("temperature", temperature);
  for (const bound of ["minScore", "maxScore"] as const) {
    const score = filter[bound];
    if (score !== null && score !== undefined) search.set(bound, String(score));
  }
  for (const moment of MOMENTS) {
    const value = filter[moment];
    if (value) search.set(moment, value);
  }
  if (filter.parked !== null && filter.parked !== undefined) {
    search.set("parked", String(filter.parked));
  }
  if (orderBy !== "CREATED") search.set("order", orderBy);
  if (descending !== (orderBy !== "NAME")) search.set("direction", descending ? "desc" : "asc");
  return search;
}
