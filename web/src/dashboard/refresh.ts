// Keeping the KPIs and goals current while others work: an activity that changes
// what they count, anywhere in the company, asks for them again.
import { kindsThatChange, useLiveRefresh } from "../api/useLiveRefresh";
import { GOALS } from "./goals/goals";
import { DASHBOARD_KPIS } from "./kpis";

// No KPI counts a score, a note (no sales activity, so no answer to an assignment
// either), or the lead's own visits, content views and chats.
const KPI_KINDS = kindsThatChange({
  CREATED: true,
  UPDATED: true,
  IMPORTED: true,
  SCORED: false,
  ASSIGNED: true,
  STAGE_CHANGED: true,
  NOTE: false,
  CALL: true,
  EMAIL: true,
  MEETING: true,
  WEB_VISIT: false,
  CONTENT_INTERACTION: false,
  CHAT: false,
  MERGED: true,
  PARKED: true,
  NURTURE_ENDED: true,
  GOAL_REACHED: true,
  GOAL_BEHIND: true,
});

const KPI_DOCUMENTS = [DASHBOARD_KPIS, GOALS];

export function useKpiRefresh(): void {
  useLiveRefresh({ kinds: KPI_KINDS, documents: KPI_DOCUMENTS });
}
