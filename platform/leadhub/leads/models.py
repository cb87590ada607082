"""Leads, the funnel they move through, and the sources they come from."""

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    ColumnElement,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    and_,
    event,
    false,
    inspect,
    text,
)
from sqlalchemy.engine import Connection
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, Mapper, ORMExecuteState, Session, mapped_column

from leadhub.db import Base, TenantOwned, enum_column, new_id, utcnow
from leadhub.leads.searchable import SEARCHED, search_text
from leadhub.reach import OfALead, holds_lead, lead_in_reach
from leadhub.scope import Scope
from leadhub.statement_guard import columns_updated


class StageKind(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class Milestone(StrEnum):
    """The steps of DOMAIN.md's lifecycle that operations aim at, whatever a tenant
    calls the stage that stands for them."""

    SUSPECT = "suspect"
    MQL = "mql"
    SQL = "sql"
    OPPORTUNITY = "opportunity"
    CUSTOMER = "customer"
    LOST = "lost"
    DISQUALIFIED = "disqualified"


# A lead's stages reached are bits of one BIGINT (``Lead.reached_stages``).
MAX_STAGES = 63


class FunnelStage(TenantOwned, Base):
    __tablename__ = "funnel_stages"
    __table_args__ = (
        UniqueConstraint("tenant_id", "name"),
        UniqueConstraint("tenant_id", "milestone"),
        UniqueConstraint("tenant_id", "bit"),
        CheckConstraint(f"bit BETWEEN 0 AND {MAX_STAGES - 1}", name="bit"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[int]
    kind: Mapped[StageKind] = mapped_column(enum_column(StageKind, "stage_kind"))
    win_probability: Mapped[Decimal] = mapped_column(Numeric(5, 4))
    milestone: Mapped[Milestone | None] = mapped_column(enum_column(Milestone, "milestone"))
    # Whether a lead reaching the stage is routed (``routing``): the SQL stage's, at first.
    routes_leads: Mapped[bool] = mapped_column(default=False, server_default=false())
    # The stage's bit in ``Lead.reached_stages``: its own for life, whatever its position.
    bit: Mapped[int] = mapped_column(SmallInteger)

    @property
    def mask(self) -> int:
        """The stage in ``Lead.reached_stages``."""
        return 1 << self.bit

    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SourceKind(StrEnum):
    """Where leads come from, as DOMAIN.md lists them."""

    REFERRAL = "referral"
    ADVERTISING = "advertising"
    PURCHASED_LIST = "purchased_list"
    EMAIL_CAMPAIGN = "email_campaign"
    WEBINAR = "webinar"
    SEMINAR = "seminar"
    TRADE_FAIR = "trade_fair"
    PEER_MEETING = "peer_meeting"
    SPONSORED_EVENT = "sponsored_event"
    INBOUND_CONTENT = "inbound_content"
    SOCIAL_MEDIA = "social_media"
    NETWORKING = "networking"
    LOCAL_ADVERTISING = "local_advertising"
    WEB_FORM = "web_form"
    LIVE_CHAT = "live_chat"
    RECYCLED = "recycled"


class Source(TenantOwned, Base):
    """A tenant's own source of leads: a kind, and optionally a campaign and its cost."""

    __tablename__ = "sources"
    __table_args__ = (UniqueConstraint("tenant_id", "name"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[SourceKind] = mapped_column(enum_column(SourceKind, "source_kind"))
    campaign: Mapped[str | None] = mapped_column(String(200))
    event_date: Mapped[date | None]
    cost: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Temperature(StrEnum):
    COLD = "cold"
    WARM = "warm"
    HOT = "hot"


class PurchaseTimeframe(StrEnum):
    IMMEDIATE = "immediate"
    WITHIN_TWO_MONTHS = "within_two_months"
    LATER = "later"
    UNKNOWN = "unknown"

    @property
    def temperature(self) -> Temperature:
        """DOMAIN.md: hot wants it now, warm within about two months, else cold."""
        if self is PurchaseTimeframe.IMMEDIATE:
            return Temperature.HOT
        if self is PurchaseTimeframe.WITHIN_TWO_MONTHS:
            return Temperature.WARM
        return Temperature.COLD


class CompanySize(StrEnum):
    """Headcount bands, as the EU defines micro, small, medium and large firms."""

    MICRO = "micro"  # under 10
    SMALL = "small"  # 10 to 49
    MEDIUM = "medium"  # 50 to 249
    LARGE = "large"  # 250 and more


# The lead columns every KPI may filter by (``analytics.filters``), the stage first.
_KPI_FILTERS = ["stage_id", "source_id", "owner_id", "owner_team_id"]
_CLOSED = text("closed_at IS NOT NULL")


def _search_text_of_inserted(context: DefaultExecutionContext) -> str:
    # Each row of a flush or a bulk INSERT, from the values it is inserted with.
    row: dict[str, Any] = context.get_current_parameters()  # type: ignore[no-untyped-call]
    return search_text(row)


class Lead(TenantOwned, Base):
    """A potential customer: a person, a company, or a person at a company."""

    @classmethod
    def scope_criteria(cls, scope: Scope) -> ColumnElement[bool]:
        criteria = super().scope_criteria(scope)
        if scope.reach is None:
            return criteria
        return and_(criteria, lead_in_reach(scope.reach, cls.owner_id, cls.owner_team_id))

    @classmethod
    def scope_write_criteria(cls, scope: Scope) -> ColumnElement[bool]:
        return cls.scope_criteria(scope)

    def writable_in(self, scope: Scope, *, new: bool) -> bool:
        in_reach = holds_lead(scope.reach, self.owner_id, self.owner_team_id)
        return super().writable_in(scope, new=new) and in_reach

    __tablename__ = "leads"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "stage_id"], ["funnel_stages.tenant_id", "funnel_stages.id"]
        ),
        ForeignKeyConstraint(["tenant_id", "source_id"], ["sources.tenant_id", "sources.id"]),
        ForeignKeyConstraint(["tenant_id", "referred_by_id"], ["leads.tenant_id", "leads.id"]),
        ForeignKeyConstraint(["tenant_id", "owner_team_id"], ["teams.tenant_id", "teams.id"]),
        # Each lookup the product makes, leading with the tenant (migration 0013):
        # the filters a list takes, each with the order it is most often read in (a
        # stage's with the rep reach's columns too, so that a count reads it alone),
        Index(
            "ix_leads_tenant_id_stage_id_score_id",
            "tenant_id",
            "stage_id",
            "score",
            "id",
            postgresql_include=["owner_id", "owner_team_id"],
        ),
        Index("ix_leads_tenant_id_owner_id", "tenant_id", "owner_id"),
        Index("ix_leads_tenant_id_owner_team_id", "tenant_id", "owner_team_id"),
        Index("ix_leads_tenant_id_nurture_until", "tenant_id", "nurture_until"),
        Index("ix_leads_tenant_id_source_id", "tenant_id", "source_id"),
        Index("ix_leads_tenant_id_referred_by_id", "tenant_id", "referred_by_id"),
        # the list's sort keys (CREATED is the primary key: ids are time-ordered),
        Index("ix_leads_tenant_id_score_id", "tenant_id", "score", "id"),
        Index("ix_leads_tenant_id_updated_at_id", "tenant_id", "updated_at", "id"),
        # Partners' sync reads the leads each committed change wrote (commits.py).
        Index("ix_leads_tenant_id_change_batch_id_id", "tenant_id", "change_batch_id", "id"),
        Index("ix_leads_tenant_id_name_id", "tenant_id", "name", "id"),
        # and the duplicate check's keys.
        Index("ix_leads_tenant_id_email", "tenant_id", "email"),
        Index("ix_leads_tenant_id_phone", "tenant_id", "phone"),
        Index("ix_leads_tenant_id_domain", "tenant_id", "domain"),
        # The KPIs' (analytics): leads by when they were created, and closed ones
        # by their stage (won, lost) and when they closed, each with every column
        # a KPI counts or filters by, so that PostgreSQL answers from the index
        # alone (migration 0026).
        Index(
            "ix_leads_tenant_id_created_at",
            "tenant_id",
            "created_at",
            postgresql_include=[*_KPI_FILTERS, "reached_stages", "won_amount"],
        ),
        Index(
            "ix_leads_tenant_id_stage_id_closed_at",
            "tenant_id",
            "stage_id",
            "closed_at",
            postgresql_include=[
                "source_id",
                "owner_id",
                "owner_team_id",
                "created_at",
                "won_amount",
            ],
            postgresql_where=_CLOSED,
            sqlite_where=_CLOSED,
        ),
        # Search reads its own trigram index, outside the policies (migration 0014).
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(20))  # E.164
    title: Mapped[str | None] = mapped_column(String(200))
    company: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(500))
    domain: Mapped[str | None] = mapped_column(String(255))  # from the website or email
    country: Mapped[str | None] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    region: Mapped[str | None] = mapped_column(String(100))
    industry: Mapped[str | None] = mapped_column(String(100))
    company_size: Mapped[CompanySize | None] = mapped_column(
        enum_column(CompanySize, "company_size")
    )
    stage_id: Mapped[uuid.UUID]
    source_id: Mapped[uuid.UUID | None]
    referred_by_id: Mapped[uuid.UUID | None]  # the customer who referred this lead
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    owner_team_id: Mapped[uuid.UUID | None]  # a team may own a lead, with or without a person
    purchase_timeframe: Mapped[PurchaseTimeframe] = mapped_column(
        enum_column(PurchaseTimeframe, "purchase_timeframe"), default=PurchaseTimeframe.UNKNOWN
    )
    # Stored, so lists filter by it; derived from the timeframe unless overridden.
    temperature: Mapped[Temperature] = mapped_column(enum_column(Temperature, "temperature"))
    temperature_overridden: Mapped[bool] = mapped_column(default=False)
    expected_value: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    score: Mapped[int] = mapped_column(default=0)
    # The rules that made the score, as scoring.py last computed it (its sum).
    score_breakdown: Mapped[list[dict[str, Any]]] = mapped_column(
        JSON, default=list, server_default="[]"
    )
    custom_fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Every stage the lead has entered, one bit each (``FunnelStage.bit``): the
    # funnel counts the leads that reached a stage or passed it from these.
    reached_stages: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    won_amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    closed_reason: Mapped[str | None] = mapped_column(String(500))  # why lost or disqualified
    closed_at: Mapped[datetime | None]
    nurture_until: Mapped[date | None]  # parked for nurture until then
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # What text search looks in (leads/searchable.py): set on every insert from the
    # row, and on every flushed change of its columns (below).
    search_text: Mapped[str] = mapped_column(Text, default=_search_text_of_inserted)
    # The batch of the transaction that last changed the lead: the position it took
    # as it committed orders partners' sync (``leadhub.commits``).
    change_batch_id: Mapped[uuid.UUID | None]


class SearchTextBypassed(RuntimeError):
    """A bulk UPDATE of the columns the search text is made of (a bug in the caller)."""


@event.listens_for(Lead, "before_update")
def _refresh_search_text(_mapper: Mapper[Lead], _connection: Connection, lead: Lead) -> None:
    state = inspect(lead)
    if any(state.attrs[column].history.has_changes() for column in SEARCHED):
        lead.search_text = search_text({column: getattr(lead, column) for column in SEARCHED})


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_updates_of_searched(state: ORMExecuteState) -> None:
    # A bulk UPDATE does not load the lead's other columns, which its search text
    # needs; services change these columns on loaded leads, which flush them.
    if (
        state.is_update
        and state.bind_mapper is inspect(Lead)
        and columns_updated(state) & set(SEARCHED)
    ):
        raise SearchTextBypassed(
            f"a bulk UPDATE of {', '.join(SEARCHED)} leaves leads' search text behind:"
            " set them on loaded leads"
        )


class FieldType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    BOOLEAN = "boolean"
    CHOICE = "choice"


class CustomFieldDefinition(TenantOwned, Base):
    """A field a tenant adds to its leads; values live in ``Lead.custom_fields``."""

    __tablename__ = "custom_field_definitions"
    __table_args__ = (UniqueConstraint("tenant_id", "key"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    key: Mapped[str] = mapped_column(String(50))
    label: Mapped[str] = mapped_column(String(100))
    type: Mapped[FieldType] = mapped_column(enum_column(FieldType, "field_type"))
    choices: Mapped[list[str]] = mapped_column(JSON, default=list)
    required: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LeadTag(OfALead, Base):
    """A free label on a lead; lists filter by them."""

    __tablename__ = "lead_tags"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "lead_id"], ["leads.tenant_id", "leads.id"], ondelete="CASCADE"
        ),
        UniqueConstraint("tenant_id", "lead_id", "tag"),
        Index("ix_lead_tags_tenant_id_tag", "tenant_id", "tag"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    tag: Mapped[str] = mapped_column(String(50))


class LeadTombstone(TenantOwned, Base):
    """A lead deleted, or merged into another, kept for partners' sync to mirror
    (``deletedLeads``) for ``LEAD_TOMBSTONE_RETENTION_DAYS``, in the order of the
    commits that deleted them."""

    __tablename__ = "lead_tombstones"
    __table_args__ = (Index(None, "tenant_id", "change_batch_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)  # the deleted lead's
    # The survivor a merged lead went into: it lives on, so no foreign key holds it.
    merged_into_id: Mapped[uuid.UUID | None]
    deleted_at: Mapped[datetime] = mapped_column(default=utcnow)
    change_batch_id: Mapped[uuid.UUID | None]


class ExternalId(OfALead, Base):
    """The lead's id in a partner's system: one lead per system and id, per tenant."""

    __tablename__ = "lead_external_ids"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "lead_id"], ["leads.tenant_id", "leads.id"], ondelete="CASCADE"
        ),
        UniqueConstraint("tenant_id", "system", "external_id"),
        Index("ix_lead_external_ids_tenant_id_lead_id", "tenant_id", "lead_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    system: Mapped[str] = mapped_column(String(50))
    external_id: Mapped[str] = mapped_column(String(200))


class StageChange(OfALead, Base):
    """One move of a lead between stages: the KPIs are computed from these."""

    __tablename__ = "stage_changes"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "lead_id"], ["leads.tenant_id", "leads.id"], ondelete="CASCADE"
        ),
        ForeignKeyConstraint(
            ["tenant_id", "from_stage_id"], ["funnel_stages.tenant_id", "funnel_stages.id"]
        ),
        ForeignKeyConstraint(
            ["tenant_id", "to_stage_id"], ["funnel_stages.tenant_id", "funnel_stages.id"]
        ),
        Index("ix_stage_changes_tenant_id_lead_id", "tenant_id", "lead_id"),
        # A stage's entries by when they came (stage conversion, the KPIs).
        Index(
            "ix_stage_changes_tenant_id_to_stage_id_changed_at",
            "tenant_id",
            "to_stage_id",
            "changed_at",
            postgresql_include=["lead_id"],
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    from_stage_id: Mapped[uuid.UUID | None]  # None when the lead was created
    to_stage_id: Mapped[uuid.UUID]
    changed_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)


class ScoringRuleKind(StrEnum):
    FIT = "fit"  # who the lead is: a condition on its fields
    ENGAGEMENT = "engagement"  # what the lead did: activities of a kind, decaying


class ScoringField(StrEnum):
    """The lead fields a fit rule may look at; CUSTOM names a custom field by key."""

    TITLE = "title"
    COMPANY = "company"
    DOMAIN = "domain"
    COUNTRY = "country"
    REGION = "region"
    INDUSTRY = "industry"
    COMPANY_SIZE = "company_size"
    SOURCE_KIND = "source_kind"
    TEMPERATURE = "temperature"
    PURCHASE_TIMEFRAME = "purchase_timeframe"
    EXPECTED_VALUE = "expected_value"
    CUSTOM = "custom"


class ConditionOperator(StrEnum):
    IS_ONE_OF = "is_one_of"
    IS_NOT_ONE_OF = "is_not_one_of"
    CONTAINS = "contains"  # any of the texts, ignoring case
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    BETWEEN = "between"  # both bounds included
    IS_SET = "is_set"
    IS_NOT_SET = "is_not_set"


class ScoringRule(TenantOwned, Base):
    """Points a lead earns: for a condition on its fields (fit), or for each activity
    of a kind, halving every ``half_life_days`` (engagement)."""

    __tablename__ = "scoring_rules"
    __table_args__ = (UniqueConstraint("tenant_id", "name"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[ScoringRuleKind] = mapped_column(enum_column(ScoringRuleKind, "scoring_rule_kind"))
    points: Mapped[int]
    field: Mapped[ScoringField | None] = mapped_column(enum_column(ScoringField, "scoring_field"))
    custom_field_key: Mapped[str | None] = mapped_column(String(50))
    operator: Mapped[ConditionOperator | None] = mapped_column(
        enum_column(ConditionOperator, "condition_operator")
    )
    values: Mapped[list[str]] = mapped_column(JSON, default=list)
    number: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    activity_kind: Mapped[str | None] = mapped_column(String(20))  # an ActivityKind
    half_life_days: Mapped[int | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LeadOrder(StrEnum):
    """What a list of leads is sorted by."""

    CREATED = "created"
    UPDATED = "updated"
    SCORE = "score"
    NAME = "name"


class LeadView(TenantOwned, Base):
    """A person's filter and sort of the leads list, kept by name to open again: their
    own, or shared with the whole company."""

    __tablename__ = "lead_views"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "private_to_id"],
            ["memberships.tenant_id", "memberships.user_id"],
            ondelete="CASCADE",
        ),
        UniqueConstraint("tenant_id", "created_by_id", "name"),
        # The foreign key's lookup when a member leaves.
        Index("ix_lead_views_tenant_id_private_to_id", "tenant_id", "private_to_id"),
        CheckConstraint("shared = (private_to_id IS NULL)", name="private_or_shared"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100))
    # The list's filter in the API's words (camelCase, global ids), as its client sent
    # it: the client sends it back to the list as it is.
    filter: Mapped[dict[str, Any]]
    order_by: Mapped[LeadOrder] = mapped_column(enum_column(LeadOrder, "lead_order"))
    descending: Mapped[bool]
    shared: Mapped[bool]  # with the whole company; else its creator's alone
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    # A private view's creator, whose membership takes the view with it when they
    # leave the tenant; a shared view has none, and stays for the others.
    private_to_id: Mapped[uuid.UUID | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
