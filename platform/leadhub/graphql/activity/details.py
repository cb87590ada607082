"""What an activity tells beyond its kind, typed per kind.

The feed stores each kind's details as the service that recorded it wrote them
(JSON, keyed by the names of the day). This module is the one place that reads
them: ids become global ids, column names the API's own, and a row older than
its kind's current shape reads with what it has: a key added later is null, and
a row missing a key every version wrote has no details rather than an error.
"""

import uuid
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from typing import Annotated, Any

import strawberry
from strawberry.utils.str_converters import to_camel_case

from leadhub.activity.models import ActivityKind
from leadhub.graphql.context import Info
from leadhub.graphql.node import global_id
from leadhub.graphql.stages import FunnelStage, load_stage
from leadhub.graphql.teams.types import Team
from leadhub.graphql.users import UserNode, load_user
from leadhub.imports.models import ImportStatus
from leadhub.leads.logbook import CallOutcome

strawberry.enum(CallOutcome)  # the input of logActivity takes it too

Payload = Mapping[str, Any]


def _row_id(payload: Payload, key: str) -> uuid.UUID | None:
    value = payload.get(key)
    return uuid.UUID(value) if value else None


def _global_id(type_name: str, row_id: uuid.UUID | None) -> strawberry.ID | None:
    return strawberry.ID(global_id(type_name, row_id)) if row_id else None


def api_field_name(stored: str) -> str:
    """A lead field as the feed stores it (its column: ``owner_id``) in the API's
    words (``ownerId``): strawberry names the input and Lead fields the same way."""
    return to_camel_case(stored)


@strawberry.type(description="The lead was created.")
class CreatedDetails:
    stage_name: str = strawberry.field(description="The stage it started in, as named then.")
    stage_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field(description="The stage it started in, if it still exists.")
    async def stage(self, info: Info) -> FunnelStage | None:
        return await load_stage(info, self.stage_id)

    @classmethod
    def from_payload(cls, payload: Payload) -> "CreatedDetails":
        return cls(stage_name=payload["stage"], stage_id=_row_id(payload, "stageId"))


@strawberry.type(description="Fields of the lead were changed.")
class UpdatedDetails:
    changed_fields: list[str] = strawberry.field(
        description="The fields that changed, named as in the API (ownerId, companySize, tags)."
    )

    @classmethod
    def from_payload(cls, payload: Payload) -> "UpdatedDetails":
        return cls(changed_fields=[api_field_name(name) for name in payload["changed"]])


@strawberry.type(description="The lead was given to a member, a team, both, or no one.")
class AssignedDetails:
    owner_id: strawberry.ID | None = strawberry.field(description="The member's User id.")
    team_id: strawberry.ID | None = strawberry.field(description="The team's id.")
    owner_row_id: strawberry.Private[uuid.UUID | None]
    team_row_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field(description="The member it was given to, if still there.")
    async def owner(self, info: Info) -> UserNode | None:
        return await load_user(info, self.owner_row_id)

    @strawberry.field(description="The team it was given to, if it still exists.")
    async def team(self, info: Info) -> Team | None:
        team = await info.context.loaders.team.load(self.team_row_id) if self.team_row_id else None
        return Team.from_model(team) if team else None

    @classmethod
    def from_payload(cls, payload: Payload) -> "AssignedDetails":
        owner, team = _row_id(payload, "ownerId"), _row_id(payload, "teamId")
        return cls(
            owner_id=_global_id("User", owner),
            team_id=_global_id("Team", team),
            owner_row_id=owner,
            team_row_id=team,
        )


@strawberry.type(description="The lead moved from one stage of the funnel to another.")
class StageChangedDetails:
    from_stage_name: str = strawberry.field(description="As the stage was named then.")
    to_stage_name: str = strawberry.field(description="As the stage was named then.")
    won_amount: Decimal | None = strawberry.field(description="When the move won the lead.")
    reason: str | None = strawberry.field(description="Why it was lost or disqualified.")
    recycled: bool = strawberry.field(description="A lost lead brought back for nurture.")
    score: int | None = strawberry.field(
        description="The score that moved it, when the tenant's MQL threshold did."
    )
    threshold: int | None = strawberry.field(description="The MQL threshold it reached.")
    from_stage_id: strawberry.Private[uuid.UUID | None]
    to_stage_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field(description="The stage it left, if it still exists.")
    async def from_stage(self, info: Info) -> FunnelStage | None:
        return await load_stage(info, self.from_stage_id)

    @strawberry.field(description="The stage it entered, if it still exists.")
    async def to_stage(self, info: Info) -> FunnelStage | None:
        return await load_stage(info, self.to_stage_id)

    @classmethod
    def from_payload(cls, payload: Payload) -> "StageChangedDetails":
        amount = payload.get("amount")
        return cls(
            from_stage_name=payload["from"],
            to_stage_name=payload["to"],
            won_amount=Decimal(amount) if amount is not None else None,
            reason=payload.get("reason"),
            recycled=bool(payload.get("recycled")),
            score=payload.get("score"),
            threshold=payload.get("threshold"),
            from_stage_id=_row_id(payload, "fromStageId"),
            to_stage_id=_row_id(payload, "toStageId"),
        )


@strawberry.interface(description="What a person logged by hand.")
class LoggedDetails:
    body: str


@strawberry.type(description="A note a person logged.")
class NoteDetails(LoggedDetails):
    pass


@strawberry.type(description="A call a person logged.")
class CallDetails(LoggedDetails):
    outcome: CallOutcome | None = strawberry.field(description="How it went, if said.")
    duration_seconds: int | None = strawberry.field(description="How long it took, if said.")

    @classmethod
    def from_payload(cls, payload: Payload) -> "CallDetails":
        outcome = payload.get("outcome")
        return cls(
            body=payload["body"],
            outcome=CallOutcome(outcome) if outcome else None,
            duration_seconds=payload.get("durationSeconds"),
        )


@strawberry.type(description="An email a person logged.")
class EmailDetails(LoggedDetails):
    pass


@strawberry.type(description="A meeting a person logged.")
class MeetingDetails(LoggedDetails):
    pass


@strawberry.type(description="Another lead was merged into this one, and is gone.")
class MergedDetails:
    merged_lead_id: strawberry.ID = strawberry.field(
        description="The merged lead's id: lead(id:) answers this lead for it."
    )
    merged_lead_name: str = strawberry.field(description="Its name when merged.")

    @classmethod
    def from_payload(cls, payload: Payload) -> "MergedDetails":
        return cls(
            merged_lead_id=strawberry.ID(global_id("Lead", uuid.UUID(payload["merged"]))),
            merged_lead_name=payload["name"],
        )


@strawberry.type(description="The lead was parked for nurture.")
class ParkedDetails:
    until: date = strawberry.field(description="When it returns to its owner.")

    @classmethod
    def from_payload(cls, payload: Payload) -> "ParkedDetails":
        return cls(until=date.fromisoformat(payload["until"]))


@strawberry.type(description="The lead's nurture ended: it is back to its owner's attention.")
class NurtureEndedDetails:
    parked_until: date
    due: bool = strawberry.field(
        description="True when it came back on its day; false when unparked before."
    )

    @classmethod
    def from_payload(cls, payload: Payload) -> "NurtureEndedDetails":
        return cls(parked_until=date.fromisoformat(payload["parkedUntil"]), due=payload["due"])


@strawberry.type(description="A list was imported: its summary, one for all its rows.")
class ImportedDetails:
    lead_import_id: strawberry.ID
    file_name: str
    status: ImportStatus = strawberry.field(description="How it ended.")
    created: int
    updated: int
    skipped: int
    failed: int

    @classmethod
    def from_payload(cls, payload: Payload) -> "ImportedDetails":
        return cls(
            lead_import_id=strawberry.ID(global_id("LeadImport", uuid.UUID(payload["importId"]))),
            file_name=payload["file"],
            status=ImportStatus(payload["status"]),
            created=payload["created"],
            updated=payload["updated"],
            skipped=payload["skipped"],
            failed=payload["failed"],
        )


Details = (
    CreatedDetails
    | UpdatedDetails
    | AssignedDetails
    | StageChangedDetails
    | NoteDetails
    | CallDetails
    | EmailDetails
    | MeetingDetails
    | MergedDetails
    | ParkedDetails
    | NurtureEndedDetails
    | ImportedDetails
)
ActivityDetails = Annotated[
    Details, strawberry.union("ActivityDetails", description="What an activity tells, by its kind.")
]


def _logged(
    kind: type[NoteDetails | EmailDetails | MeetingDetails],
) -> Callable[[Payload], Details]:
    return lambda payload: kind(body=payload["body"])


_READERS: dict[ActivityKind, Callable[[Payload], Details]] = {
    ActivityKind.CREATED: CreatedDetails.from_payload,
    ActivityKind.UPDATED: UpdatedDetails.from_payload,
    ActivityKind.ASSIGNED: AssignedDetails.from_payload,
    ActivityKind.STAGE_CHANGED: StageChangedDetails.from_payload,
    ActivityKind.NOTE: _logged(NoteDetails),
    ActivityKind.CALL: CallDetails.from_payload,
    ActivityKind.EMAIL: _logged(EmailDetails),
    ActivityKind.MEETING: _logged(MeetingDetails),
    ActivityKind.MERGED: MergedDetails.from_payload,
    ActivityKind.PARKED: ParkedDetails.from_payload,
    ActivityKind.NURTURE_ENDED: NurtureEndedDetails.from_payload,
    ActivityKind.IMPORTED: ImportedDetails.from_payload,
}


def details_of(kind: ActivityKind, payload: Payload) -> Details | None:
    """The activity's details, or None for a kind that records none (visits and
    the like, which nothing records yet) or a row missing what its kind always
    wrote."""
    read = _READERS.get(kind)
    if read is None:
        return None
    try:
        return read(payload)
    except (KeyError, TypeError, ValueError, ArithmeticError, AttributeError):
        return None  # a Decimal or UUID that is not one raises the last two
