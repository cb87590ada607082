"""The events a tenant's endpoints may subscribe to, and what each says.

Each event comes from the commit log: an activity a transaction recorded, or a
tombstone of a lead it deleted. Events are thin: they name what happened, to which
objects, and who did it, by the ids the API shows; the API says how those objects
are now (``node(id: ...)``). So an event is never stale, and it shows nothing its
endpoint's maker could not read.
"""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from leadhub.activity import feed
from leadhub.activity.service import Activity, ActivityKind
from leadhub.public_ids import public_id


class EventType(StrEnum):
    LEAD_CREATED = "lead.created"
    LEAD_UPDATED = "lead.updated"
    LEAD_STAGE_CHANGED = "lead.stage_changed"
    LEAD_ASSIGNED = "lead.assigned"
    LEAD_DELETED = "lead.deleted"
    LEAD_MERGED = "lead.merged"
    ACTIVITY_LOGGED = "activity.logged"
    IMPORT_FINISHED = "import.finished"
    GOAL_REACHED = "goal.reached"
    GOAL_BEHIND = "goal.behind"


# Sent by ``testWebhook`` alone, whatever an endpoint subscribes to.
TEST_EVENT = "webhook.test"

DESCRIPTIONS: Mapping[EventType, str] = {
    EventType.LEAD_CREATED: "A lead was created: by hand, an import, a form or a partner.",
    EventType.LEAD_UPDATED: "A lead's fields were changed.",
    EventType.LEAD_STAGE_CHANGED: "A lead moved to another funnel stage.",
    EventType.LEAD_ASSIGNED: "A lead was given an owner or a team.",
    EventType.LEAD_DELETED: "A lead was deleted.",
    EventType.LEAD_MERGED: "A duplicate was merged into a lead (the duplicate is gone).",
    EventType.ACTIVITY_LOGGED: "A call, email, meeting or note was logged on a lead.",
    EventType.IMPORT_FINISHED: "A list import ended: finished, cancelled or failed.",
    EventType.GOAL_REACHED: "A goal reached its target.",
    EventType.GOAL_BEHIND: "A goal fell behind the pace that reaches its target.",
}

# The scope a partner's token needs to subscribe to each, beside webhooks:manage:
# the one that reads what the event names.
SCOPES: Mapping[EventType, str] = {
    **{event: "leads:read" for event in EventType},
    EventType.ACTIVITY_LOGGED: "activity:read",
    EventType.GOAL_REACHED: "analytics:read",
    EventType.GOAL_BEHIND: "analytics:read",
}

_OF_ACTIVITY: Mapping[ActivityKind, EventType] = {
    ActivityKind.CREATED: EventType.LEAD_CREATED,
    ActivityKind.UPDATED: EventType.LEAD_UPDATED,
    ActivityKind.STAGE_CHANGED: EventType.LEAD_STAGE_CHANGED,
    ActivityKind.ASSIGNED: EventType.LEAD_ASSIGNED,
    ActivityKind.MERGED: EventType.LEAD_MERGED,
    ActivityKind.NOTE: EventType.ACTIVITY_LOGGED,
    ActivityKind.CALL: EventType.ACTIVITY_LOGGED,
    ActivityKind.EMAIL: EventType.ACTIVITY_LOGGED,
    ActivityKind.MEETING: EventType.ACTIVITY_LOGGED,
    ActivityKind.IMPORTED: EventType.IMPORT_FINISHED,
    ActivityKind.GOAL_REACHED: EventType.GOAL_REACHED,
    ActivityKind.GOAL_BEHIND: EventType.GOAL_BEHIND,
}
ACTIVITY_KINDS = tuple(_OF_ACTIVITY)


@dataclass(frozen=True)
class Event:
    """What happened, where it is in the commit log, and its message's ``data``."""

    type: EventType
    cursor: feed.Cursor
    occurred_at: datetime
    data: dict[str, Any]

    def message(self) -> dict[str, Any]:
        """The message's body, as Standard Webhooks lays it out."""
        return {
            "type": self.type.value,
            "timestamp": _timestamp(self.occurred_at),
            "data": self.data,
        }


def of_activity(activity: Activity, cursor: feed.Cursor) -> Event:
    """The event an activity (of one of ``ACTIVITY_KINDS``) tells."""
    event_type = _OF_ACTIVITY[activity.kind]
    payload: dict[str, Any] = activity.payload
    data: dict[str, Any] = {
        "activityId": public_id("Activity", activity.id),
        "actor": _actor(activity),
    }
    if activity.lead_id is not None:
        data["leadId"] = public_id("Lead", activity.lead_id)
    if event_type is EventType.LEAD_MERGED:
        data["mergedLeadId"] = _public_id_in(payload, "merged", "Lead")
    elif event_type is EventType.IMPORT_FINISHED:
        data["importId"] = _public_id_in(payload, "importId", "LeadImport")
        status = payload.get("status")
        data["status"] = status.upper() if isinstance(status, str) else None
    elif event_type in (EventType.GOAL_REACHED, EventType.GOAL_BEHIND):
        data["goalId"] = _public_id_in(payload, "goalId", "Goal")
    return Event(event_type, cursor, activity.occurred_at, data)


def of_deletion(lead_id: uuid.UUID, deleted_at: datetime, cursor: feed.Cursor) -> Event:
    data = {"leadId": public_id("Lead", lead_id)}
    return Event(EventType.LEAD_DELETED, cursor, deleted_at, data)


def test_message(endpoint_id: uuid.UUID, now: datetime) -> dict[str, Any]:
    data = {"endpointId": public_id("WebhookEndpoint", endpoint_id)}
    return {"type": TEST_EVENT, "timestamp": _timestamp(now), "data": data}


def _public_id_in(payload: dict[str, Any], key: str, type_name: str) -> str | None:
    """The public id of the row ``payload`` names by ``key``; None if it names none
    (a row older than the key): one odd activity must not stop the tenant's events."""
    try:
        return public_id(type_name, uuid.UUID(payload[key]))
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _actor(activity: Activity) -> dict[str, Any]:
    """Who did it, so that a partner can tell its own changes coming back."""
    user, client = activity.actor_id, activity.actor_client_id
    return {
        "kind": activity.actor_kind.value.upper(),
        "userId": public_id("User", user) if user else None,
        "apiClientId": public_id("ApiClient", client) if client else None,
    }


def _timestamp(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
