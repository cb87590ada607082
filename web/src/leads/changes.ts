// The activities that change how a lead is listed (in the leads table and on the
// board): where it is, whose it is, its name, value or score, and leads that come
// or go.
import { kindsThatChange } from "../api/useLiveRefresh";

export const LEAD_CHANGES = kindsThatChange({
  CREATED: true,
  UPDATED: true,
  IMPORTED: true,
  SCORED: true,
  ASSIGNED: true,
  STAGE_CHANGED: true,
  NOTE: false,
  CALL: false,
  EMAIL: false,
  MEETING: false,
  WEB_VISIT: false,
  CONTENT_INTERACTION: false,
  CHAT: false,
  MERGED: true,
  PARKED: true, // the list filters by it
  NURTURE_ENDED: true,
  GOAL_REACHED: false,
  GOAL_BEHIND: false,
});
