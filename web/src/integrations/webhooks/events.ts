import type { WebhookEventType } from "../../gql/graphql";

/** Each event, by the name its messages carry (leadhub.webhooks.events). */
export const EVENT_NAMES: Record<WebhookEventType, string> = {
  LEAD_CREATED: "lead.created",
  LEAD_UPDATED: "lead.updated",
  LEAD_STAGE_CHANGED: "lead.stage_changed",
  LEAD_ASSIGNED: "lead.assigned",
  LEAD_DELETED: "lead.deleted",
  LEAD_MERGED: "lead.merged",
  ACTIVITY_LOGGED: "activity.logged",
  IMPORT_FINISHED: "import.finished",
  GOAL_REACHED: "goal.reached",
  GOAL_BEHIND: "goal.behind",
};

export const EVENT_TYPES = Object.keys(EVENT_NAMES) as WebhookEventType[];
