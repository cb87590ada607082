"""GraphQL types of the leads domain: leads, their stages, sources and activities."""

import uuid
from collections.abc import Awaitable, Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar, TypeVar, cast

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute
from strawberry import relay
from strawberry.scalars import JSON
from strawberry.utils.str_converters import to_snake_case

from leadhub.activity import service as activity_service
from leadhub.activity.models import Activity as ActivityModel
from leadhub.db import Base
from leadhub.graphql.activity.types import Activity
from leadhub.graphql.context import Info
from leadhub.graphql.errors import UserError
from leadhub.graphql.execution import NOT_AT_HAND
from leadhub.graphql.node import by_ids, global_id, global_id_field, resolve_nodes
from leadhub.graphql.pagination import paginate
from leadhub.graphql.permissions import ReadsActivity, ReadsLeads, ReadsTenant
from leadhub.graphql.routing.decisions import LeadRouting
from leadhub.graphql.stages import STAGE_COLUMNS, FunnelStage, load_stage
from leadhub.graphql.teams.types import Team
from leadhub.graphql.users import USER_COLUMNS, UserNode
from leadhub.leads import dedupe, models
from leadhub.leads import service as lead_service
from leadhub.leads.errors import LeadErrorCode
from leadhub.leads.models import StageChange as StageChangeModel
from leadhub.leads.scoring import whole_points
from leadhub.rows_by_id import Values, column_values, rows_by_id
from leadhub.tenants.models import User

N = TypeVar("N")

strawberry.enum(models.FieldType)
strawberry.enum(models.SourceKind)
strawberry.enum(LeadErrorCode)


@strawberry.type(name="LeadError")
class LeadUserError(UserError):
    code: LeadErrorCode


# What the node shows of a source's row.
SOURCE_COLUMNS = ("id", "name", "kind", "campaign", "event_date", "cost")


@strawberry.type
class Source(relay.Node):
    id: relay.NodeID[str]
    _id: str = global_id_field()
    name: str
    kind: models.SourceKind
    campaign: str | None
    event_date: date | None
    cost: Decimal | None = strawberry.field(description="What the source cost, if known.")

    @classmethod
    def from_model(cls, source: models.Source) -> "Source":
        return cls.from_values(column_values(source, SOURCE_COLUMNS))

    @classmethod
    def from_values(cls, values: Values) -> "Source":
        """A source from the values of ``SOURCE_COLUMNS``."""
        return cls(
            id=str(values["id"]),
            _id=global_id("Source", values["id"]),
            name=values["name"],
            kind=values["kind"],
            campaign=values["campaign"],
            event_date=values["event_date"],
            cost=values["cost"],
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["Source | None"]:
        return await resolve_nodes(
            info, node_ids, by_ids(models.Source), cls.from_model, ReadsTenant
        )


strawberry.enum(models.Temperature)
strawberry.enum(models.PurchaseTimeframe)
strawberry.enum(models.CompanySize)


@strawberry.type
class StageChange:
    from_stage_id: strawberry.Private[uuid.UUID | None]
    to_stage_id: strawberry.Private[uuid.UUID]
    changed_at: datetime

    @classmethod
    def from_model(cls, change: models.StageChange) -> "StageChange":
        return cls(
            from_stage_id=change.from_stage_id,
            to_stage_id=change.to_stage_id,
            changed_at=change.changed_at,
        )

    @strawberry.field(description="None when the lead was created in the stage.")
    async def from_stage(self, info: Info) -> FunnelStage | None:
        return await load_stage(info, self.from_stage_id)

    @strawberry.field
    async def to_stage(self, info: Info) -> FunnelStage:
        stage = await load_stage(info, self.to_stage_id)
        assert stage is not None  # history keeps its stages (funnel.delete_stage)
        return stage


@strawberry.type
class CustomField(relay.Node):
    id: relay.NodeID[str]
    key: str = strawberry.field(description="The key of its values in Lead.customFields.")
    label: str
    type: models.FieldType
    choices: list[str]
    required: bool

    @classmethod
    def from_model(cls, field: models.CustomFieldDefinition) -> "CustomField":
        return cls(
            id=str(field.id),
            key=field.key,
            label=field.label,
            type=field.type,
            choices=list(field.choices),
            required=field.required,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["CustomField | None"]:
        return await resolve_nodes(
            info, node_ids, by_ids(models.CustomFieldDefinition), cls.from_model, ReadsLeads
        )


@strawberry.type
class ScoreContribution:
    rule_id: strawberry.ID = strawberry.field(description="The ScoringRule's id.")
    rule: str = strawberry.field(description="The rule's name when the score was computed.")
    points: int = strawberry.field(description="Whole points: a lead's add up to its score.")


@strawberry.type
class ExternalId:
    system: str
    external_id: str


@dataclass
class PageRelations:
    """What a page of leads loaded for all its leads at once: for each of stage,
    source and owner the query asks for, the nodes by id."""

    loaded: dict[str, dict[uuid.UUID, Any]]

    @classmethod
    async def load(
        cls, info: Info, leads: Sequence["Lead"], fields: Collection[str]
    ) -> "PageRelations":
        """One lookup for each of the stages, sources and owners the query selects."""
        session = info.context.session
        loaded: dict[str, dict[uuid.UUID, Any]] = {}
        if "stage" in fields:
            loaded["stage"] = await _nodes(
                session,
                models.FunnelStage,
                STAGE_COLUMNS,
                (lead.stage_id for lead in leads),
                FunnelStage.from_values,
            )
        if "source" in fields:
            loaded["source"] = await _nodes(
                session,
                models.Source,
                SOURCE_COLUMNS,
                (lead.source_id for lead in leads),
                Source.from_values,
            )
        if "owner" in fields:
            loaded["owner"] = await _nodes(
                session,
                User,
                USER_COLUMNS,
                (lead.owner_id for lead in leads),
                UserNode.from_values,
            )
        return cls(loaded)


async def _nodes(
    session: AsyncSession,
    model: type[Base],
    columns: Sequence[str],
    ids: Iterable[uuid.UUID | None],
    node: Callable[[Values], N],
) -> dict[uuid.UUID, N]:
    """The nodes of the rows with ``ids`` (each once, nulls left out), by id."""
    distinct = list(dict.fromkeys(id_ for id_ in ids if id_ is not None))
    rows = await rows_by_id(session, model, columns, distinct)
    return {id_: node(row) for id_, row in rows.items()}


@strawberry.type
class Lead(relay.Node, LeadRouting):
    id: relay.NodeID[str]
    _id: str = global_id_field()
    name: str
    email: str | None
    phone: str | None = strawberry.field(description="E.164.")
    title: str | None
    company: str | None
    website: str | None
    domain: str | None = strawberry.field(description="From the website, else the email.")
    country: str | None
    region: str | None
    industry: str | None
    company_size: models.CompanySize | None
    purchase_timeframe: models.PurchaseTimeframe
    temperature: models.Temperature
    temperature_overridden: bool = strawberry.field(
        description="True when a person set the temperature instead of the timeframe."
    )
    expected_value: Decimal | None
    score: int
    custom_fields: JSON = strawberry.field(description="Values by field key.")
    won_amount: Decimal | None
    closed_reason: str | None = strawberry.field(description="Why it was lost or disqualified.")
    closed_at: datetime | None
    nurture_until: date | None
    created_at: datetime
    updated_at: datetime
    stage_id: strawberry.Private[uuid.UUID]
    source_id: strawberry.Private[uuid.UUID | None]
    referred_by_id: strawberry.Private[uuid.UUID | None]
    owner_id: strawberry.Private[uuid.UUID | None]
    owner_team_id: strawberry.Private[uuid.UUID | None]
    breakdown: strawberry.Private[list[dict[str, Any]]]
    page: strawberry.Private[PageRelations | None] = None

    @classmethod
    def from_model(cls, lead: models.Lead) -> "Lead":
        return cls(
            id=str(lead.id),
            _id=global_id("Lead", lead.id),
            name=lead.name,
            email=lead.email,
            phone=lead.phone,
            title=lead.title,
            company=lead.company,
            website=lead.website,
            domain=lead.domain,
            country=lead.country,
            region=lead.region,
            industry=lead.industry,
            company_size=lead.company_size,
            purchase_timeframe=lead.purchase_timeframe,
            temperature=lead.temperature,
            temperature_overridden=lead.temperature_overridden,
            expected_value=lead.expected_value,
            score=lead.score,
            custom_fields=JSON(lead.custom_fields),
            won_amount=lead.won_amount,
            closed_reason=lead.closed_reason,
            closed_at=lead.closed_at,
            nurture_until=lead.nurture_until,
            created_at=lead.created_at,
            updated_at=lead.updated_at,
            stage_id=lead.stage_id,
            source_id=lead.source_id,
            referred_by_id=lead.referred_by_id,
            owner_id=lead.owner_id,
            owner_team_id=lead.owner_team_id,
            breakdown=lead.score_breakdown,
        )

    @classmethod
    def from_row(cls, values: dict[str, Any]) -> "Lead":
        """A lead of a page, from the values (by column name) of the columns
        ``lead_columns`` selected for its query rather than a whole ORM object. It
        holds what those columns make and nothing else, so a field read without its
        column fails loudly, as a column the ORM did not load would."""
        lead = cls.__new__(cls)
        row_id = values["id"]
        if "score_breakdown" in values:
            values["breakdown"] = values.pop("score_breakdown")
        vars(lead).update(values, id=str(row_id), _id=global_id("Lead", row_id))
        return lead

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["Lead | None"]:
        return await resolve_nodes(info, node_ids, by_ids(models.Lead), cls.from_model, ReadsLeads)

    @strawberry.field(description="Each rule that contributed to the score, and its points.")
    def score_breakdown(self) -> list[ScoreContribution]:
        return [
            ScoreContribution(
                rule_id=strawberry.ID(global_id("ScoringRule", uuid.UUID(entry["ruleId"]))),
                rule=entry["rule"],
                # breakdowns stored before points were whole had cents
                points=whole_points(entry["points"]),
            )
            for entry in self.breakdown
        ]

    @strawberry.field(description="Lower-cased, alphabetical.")
    async def tags(self, info: Info) -> list[str]:
        return await info.context.loaders.tags.load(uuid.UUID(self.id))

    @strawberry.field(description="The ids partners know this lead by.")
    async def external_ids(self, info: Info) -> list["ExternalId"]:
        rows = await info.context.loaders.external_ids.load(uuid.UUID(self.id))
        return [ExternalId(system=row.system, external_id=row.external_id) for row in rows]

    # Stage, source and owner come from the lead's page when it loaded them, at
    # once: a lead in a list then costs no coroutine or task for them, and the
    # executor takes a stage it completed for another lead as it is. A lead on its
    # own returns what GraphQL awaits: the loader's query.
    FIELDS_AT_HAND: ClassVar[frozenset[str]] = frozenset(("stage", "source", "owner"))

    def at_hand(self, field: str) -> object:
        """The stage, source or owner (``field``) as the lead's page loaded it, or None
        for a lead without one; NOT_AT_HAND when it is to be loaded."""
        related_id = getattr(self, f"{field}_id")
        if related_id is None:
            return None
        loaded = self.page.loaded.get(field) if self.page else None
        return NOT_AT_HAND if loaded is None else loaded.get(related_id)

    @strawberry.field(graphql_type=FunnelStage)
    def stage(self, info: Info) -> FunnelStage | Awaitable[FunnelStage]:
        stage = self.at_hand("stage")
        return self._load_stage(info) if stage is NOT_AT_HAND else cast(FunnelStage, stage)

    @strawberry.field(graphql_type=Source | None)
    def source(self, info: Info) -> Source | Awaitable[Source | None] | None:
        source = self.at_hand("source")
        if source is NOT_AT_HAND:
            assert self.source_id is not None  # a lead without one has None at hand
            return self._load_source(info, self.source_id)
        return cast(Source | None, source)

    @strawberry.field(description="The customer who referred this lead.")
    async def referred_by(self, info: Info) -> "Lead | None":
        referrer = (
            await info.context.loaders.lead.load(self.referred_by_id)
            if self.referred_by_id
            else None
        )
        return Lead.from_model(referrer) if referrer else None

    @strawberry.field(
        description="The member who works the lead.",
        graphql_type=UserNode | None,
    )
    def owner(self, info: Info) -> "UserNode | Awaitable[UserNode | None] | None":
        owner = self.at_hand("owner")
        if owner is NOT_AT_HAND:
            assert self.owner_id is not None  # a lead without one has None at hand
            return self._load_owner(info, self.owner_id)
        return cast(UserNode | None, owner)

    async def _load_stage(self, info: Info) -> FunnelStage:
        stage = await load_stage(info, self.stage_id)
        assert stage is not None  # a foreign key keeps it
        return stage

    async def _load_source(self, info: Info, source_id: uuid.UUID) -> Source | None:
        source = await info.context.loaders.source.load(source_id)
        return Source.from_model(source) if source else None

    async def _load_owner(self, info: Info, owner_id: uuid.UUID) -> UserNode | None:
        user = await info.context.loaders.user.load(owner_id)
        return UserNode.from_model(user) if user else None

    @strawberry.field(description="The team that works the lead, with or without an owner.")
    async def owner_team(self, info: Info) -> Team | None:
        team = (
            await info.context.loaders.team.load(self.owner_team_id) if self.owner_team_id else None
        )
        return Team.from_model(team) if team else None

    @strawberry.field(
        description="Other leads that look like this one (ask on one lead at a time)."
    )
    async def duplicate_candidates(self, info: Info) -> list["DuplicateCandidate"]:
        candidates = await dedupe.duplicate_candidates(info.context.tenant_work, uuid.UUID(self.id))
        return [DuplicateCandidate.from_candidate(found) for found in candidates]

    @strawberry.field(description="Every stage the lead entered, oldest first.")
    async def stage_history(self, info: Info) -> list[StageChange]:
        changes = await info.context.session.scalars(
            lead_service.stage_history(uuid.UUID(self.id)).order_by(StageChangeModel.id)
        )
        return [StageChange.from_model(change) for change in changes]

    @strawberry.field(
        permission_classes=[ReadsActivity], description="The lead's feed, latest first."
    )
    async def activities(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> relay.Connection[Activity]:
        return await paginate(
            info.context.session,
            activity_service.activities_of(uuid.UUID(self.id)),
            key=[ActivityModel.occurred_at, ActivityModel.id],
            first=first,
            after=after,
            to_node=Activity.from_model,
            newest_first=True,
        )


# What the fields of Lead read that is not the column of their own name (companySize
# reads company_size); the fields that read only the lead's id are not listed.
_COLUMNS_READ: dict[str, tuple[str, ...]] = {
    "scoreBreakdown": ("score_breakdown",),
    "stage": ("stage_id",),
    "source": ("source_id",),
    "owner": ("owner_id",),
    "ownerTeam": ("owner_team_id",),
    "referredBy": ("referred_by_id",),
}


def lead_columns(
    fields: Collection[str], *, key: Iterable[InstrumentedAttribute[Any]]
) -> list[InstrumentedAttribute[Any]]:
    """The columns a page of leads selects for the fields its query asks of them
    (``Lead.from_row``): the id, which every lead needs, the page's sort ``key``,
    and what each field reads."""
    names = {"id", *(column.key for column in key)}
    for field in fields:
        names.update(_COLUMNS_READ.get(field, (to_snake_case(field),)))
    table = models.Lead.__table__.c
    # In a fixed order: the statement's text is a key of the SQL and driver caches.
    return [getattr(models.Lead, name) for name in sorted(names) if name in table]


strawberry.enum(
    dedupe.DuplicateReason,
    description=(
        "Why a lead looks like another: the same email, the same phone, or the same name"
        " (ignoring case and accents) at the same domain."
    ),
)


@strawberry.type
class DuplicateCandidate:
    lead: Lead
    reasons: list[dedupe.DuplicateReason]

    @classmethod
    def from_candidate(cls, candidate: dedupe.Candidate) -> "DuplicateCandidate":
        return cls(lead=Lead.from_model(candidate.lead), reasons=list(candidate.reasons))
