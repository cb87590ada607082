// What the dashboard shows, kept in the address's query string so that a view
// can be shared and survives a reload: the period and whose leads count.
import { useSearchParams } from "react-router";
import type { FeedInput, KpiFiltersInput, PeriodInput } from "../gql/graphql";
import {
  MAX_PERIOD_DAYS,
  PERIOD_CHOICES,
  calendarPeriod,
  daysIn,
  isDay,
  type PeriodChoice,
} from "./period";

export interface DashboardView {
  period: PeriodChoice;
  /** A custom period's first and last days; "" when not chosen. */
  from: string;
  to: string;
  /** "" for every team, person or source. */
  teamId: string;
  userId: string;
  sourceId: string;
}

const DEFAULT_PERIOD: PeriodChoice = "month";
// Each field's name in the query string.
const PARAMS: Record<keyof DashboardView, string> = {
  period: "period",
  from: "from",
  to: "to",
  teamId: "team",
  userId: "user",
  sourceId: "source",
};

export function viewOf(params: URLSearchParams): DashboardView {
  const read = (field: keyof DashboardView) => params.get(PARAMS[field]) ?? "";
  const period = read("period");
  return {
    period: PERIOD_CHOICES.find((choice) => choice === period) ?? DEFAULT_PERIOD,
    from: read("from"),
    to: read("to"),
    teamId: read("teamId"),
    userId: read("userId"),
    sourceId: read("sourceId"),
  };
}

/** The query string of ``view``, leaving out what is as by default. */
export function paramsOf(view: DashboardView): URLSearchParams {
  const params = new URLSearchParams();
  for (const [field, name] of Object.entries(PARAMS) as [keyof DashboardView, string][]) {
    const value = view[field];
    const custom = field === "from" || field === "to";
    if (!value || (field === "period" && value === DEFAULT_PERIOD)) continue;
    if (custom && view.period !== "custom") continue;
    params.set(name, value);
  }
  return params;
}

/** The view in the address, and a way to change some of it. */
export function useDashboardView() {
  const [params, setParams] = useSearchParams();
  const view = viewOf(params);
  const change = (changes: Partial<DashboardView>) =>
    setParams(paramsOf({ ...view, ...changes }), { replace: true });
  return { view, change };
}

export type PeriodFault = "fromMissing" | "toMissing" | "endsBeforeStart" | "tooLong";
/** What is wrong with a custom period's days, by the field at fault. */
export type PeriodFaults = Partial<Record<"from" | "to", PeriodFault>>;

/** The view's days, or what is wrong with the custom ones. */
export function periodOf(
  view: DashboardView,
  today: string,
): { period: PeriodInput } | { faults: PeriodFaults } {
  if (view.period !== "custom") return { period: calendarPeriod(view.period, today) };
  if (!isDay(view.from)) return { faults: { from: "fromMissing" } };
  if (!isDay(view.to)) return { faults: { to: "toMissing" } };
  const period = { firstDay: view.from, lastDay: view.to };
  if (view.to < view.from) return { faults: { to: "endsBeforeStart" } };
  if (daysIn(period) > MAX_PERIOD_DAYS) return { faults: { to: "tooLong" } };
  return { period };
}

/** Whose leads the KPIs count. */
export function kpiFiltersOf(view: DashboardView): KpiFiltersInput {
  const only = (id: string) => (id ? [id] : []);
  return {
    teamIds: only(view.teamId),
    userIds: only(view.userId),
    sourceIds: only(view.sourceId),
  };
}

/** The feed follows one person or one team at most: the person, if both are chosen. */
export function feedOf(view: DashboardView): FeedInput | null {
  if (view.userId) return { userId: view.userId };
  if (view.teamId) return { teamId: view.teamId };
  return null;
}
