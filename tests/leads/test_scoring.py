"""Scores: fit conditions, engagement that halves every half-life, the MQL threshold."""

from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub import schedule, sweeps, tasks
from leadhub.activity import service as activity
from leadhub.activity.models import Activity, ActivityKind
from leadhub.db import Database, utcnow
from leadhub.leads import custom_fields, logbook, scoring, scoring_rules
from leadhub.leads import service as lead_service
from leadhub.leads.errors import LeadError, LeadErrorCode
from leadhub.leads.models import (
    CompanySize,
    ConditionOperator,
    FieldType,
    FunnelStage,
    Lead,
    Milestone,
    ScoringField,
    ScoringRule,
    SourceKind,
    StageChange,
)
from leadhub.leads.scoring_rules import Engagement, FitCondition, RuleFields
from leadhub.leads.sources import SourceFields, create_source
from leadhub.principal import InTenant
from leadhub.settings import Settings
from leadhub.sweeps import Batch
from leadhub.work import UnitOfWork, unit_of_work
from tests.builders import make_tenant, owner_of, system_job
from tests.workers import embedded_worker


async def fit(
    work: UnitOfWork[InTenant],
    name: str,
    points: int,
    field: ScoringField,
    operator: ConditionOperator,
    *values: str,
    number: str | None = None,
    custom_field_key: str | None = None,
) -> None:
    condition = FitCondition(
        field=field,
        operator=operator,
        values=values,
        number=Decimal(number) if number is not None else None,
        custom_field_key=custom_field_key,
    )
    await scoring_rules.create_rule(work, RuleFields(name=name, points=points, fit=condition))


async def stage_milestone(session: AsyncSession, lead: Lead) -> Milestone | None:
    return await session.scalar(
        select(FunnelStage.milestone).where(FunnelStage.id == lead.stage_id)
    )


async def test_fit_rules_score_a_lead_and_explain_it(
    database: Database, settings: Settings
) -> None:
    tasks.configure(settings)  # rule changes queue a rescore of every lead
    signed_up = await make_tenant(database, settings)
    async with unit_of_work(database, owner_of(signed_up)) as work, work.transaction():
        await custom_fields.define(
            work,
            custom_fields.FieldDefinition(key="seats", label="Seats", type=FieldType.NUMBER),
        )
        webinar = await create_source(work, SourceFields(name="Spring", kind=SourceKind.WEBINAR))
        await fit(work, "Nordic", 10, ScoringField.COUNTRY, ConditionOperator.IS_ONE_OF, "no", "SE")
        await fit(
            work, "Large", 20, ScoringField.COMPANY_SIZE, ConditionOperator.IS_ONE_OF, "LARGE"
        )
        await fit(
            work,
            "Big deal",
            15,
            ScoringField.EXPECTED_VALUE,
            ConditionOperator.AT_LEAST,
            number="10000",
        )
        await fit(
            work, "Leader", 5, ScoringField.TITLE, ConditionOperator.CONTAINS, "chief", "head"
        )
        await fit(work, "No industry", -4, ScoringField.INDUSTRY, ConditionOperator.IS_NOT_SET)
        await fit(
            work, "Webinar", 7, ScoringField.SOURCE_KIND, ConditionOperator.IS_ONE_OF, "webinar"
        )
        await fit(
            work,
            "Many seats",
            3,
            ScoringField.CUSTOM,
            ConditionOperator.AT_LEAST,
            number="50",
            custom_field_key="seats",
        )
        await fit(
            work, "Not Danish", 1, ScoringField.COUNTRY, ConditionOperator.IS_NOT_ONE_OF, "DK"
        )

        lead = await lead_service.create_lead(
            work,
            lead_service.LeadFields(
                name="Kari",
                country="NO",
                company_size=CompanySize.MEDIUM,
                expected_value=Decimal("10000"),
                title="Head of Sales",
                source_id=webinar.id,
                custom_fields={"seats": 49},
            ),
        )
        # Nordic 10 + Big deal 15 + Leader 5 + No industry -4 + Webinar 7 + Not Danish 1
        assert lead.score == 34
        assert {entry["rule"]: entry["points"] for entry in lead.score_breakdown} == {
            "Nordic": 10,
            "Big deal": 15,
            "Leader": 5,
            "No industry": -4,
            "Webinar": 7,
            "Not Danish": 1,
        }
        # an update rescores: large, in an industry, with 50 seats, no deal, no source
        updated = await lead_service.update_lead(
            work,
            lead.id,
            {
                "company_size": CompanySize.LARGE,
                "industry": "Energy",
                "title": "Engineer",
                "expected_value": None,
                "source_id": None,
                "custom_fields": {"seats": 50},
            },
        )
        # Nordic 10 + Large 20 + Many seats 3 + Not Danish 1
        assert updated.score == 34
        assert sorted(entry["rule"] for entry in updated.score_breakdown) == [
            "Large",
            "Many seats",
            "Nordic",
            "Not Danish",
        ]


async def test_engagement_halves_every_half_life(database: Database, settings: Settings) -> None:
    tasks.configure(settings)
    signed_up = await make_tenant(database, settings)
    now = utcnow()
    async with unit_of_work(database, owner_of(signed_up)) as work, work.transaction():
        await scoring_rules.create_rule(
            work,
            RuleFields(name="Calls", points=10, engagement=Engagement(ActivityKind.CALL, 7)),
        )
        lead = await lead_service.create_lead(work, lead_service.LeadFields(name="Kari"))
        assert lead.score == 0
        # a call a week ago is worth half its points now, and logging it rescores
        await logbook.log(
            work,
            lead_id=lead.id,
            kind=ActivityKind.CALL,
            body="Called",
            occurred_at=now - timedelta(days=7),
        )
        assert lead.score == 5
        # a note is not a call
        await logbook.log(
            work,
            lead_id=lead.id,
            kind=ActivityKind.NOTE,
            body="Note",
        )
        assert lead.score == 5
        # a week later, a quarter (2.5 rounds half up), in whole points as the rule's
        await scoring.rescore(work, [lead], now + timedelta(days=7))
        assert lead.score == 3
        assert lead.score_breakdown == [
            {"ruleId": str(lead.score_breakdown[0]["ruleId"]), "rule": "Calls", "points": 3}
        ]
        # the daily sweep rescores engaged leads as of its day
        batch = await scoring.decay_tenant(
            work, None, now + timedelta(days=21), batch_size=sweeps.BATCH_SIZE
        )
        assert batch == Batch(None, read=1, changed=1)
        assert lead.score_breakdown[0]["points"] == 1  # 10 / 16 = 0.625, half up
        assert lead.score == 1


async def test_a_suspect_reaching_the_threshold_becomes_an_mql(
    database: Database, settings: Settings
) -> None:
    tasks.configure(settings)
    signed_up = await make_tenant(database, settings)
    async with unit_of_work(database, owner_of(signed_up)) as work, work.transaction():
        session = work.session
        await fit(work, "Nordic", 10, ScoringField.COUNTRY, ConditionOperator.IS_ONE_OF, "NO")
        await scoring_rules.set_threshold(work, 10)
        below = await lead_service.create_lead(work, lead_service.LeadFields(name="Ola"))
        reached = await lead_service.create_lead(
            work, lead_service.LeadFields(name="Kari", country="NO")
        )
        assert await stage_milestone(session, below) is Milestone.SUSPECT
        assert await stage_milestone(session, reached) is Milestone.MQL
        entered = await session.scalars(
            select(FunnelStage.milestone)
            .join(StageChange, StageChange.to_stage_id == FunnelStage.id)
            .where(StageChange.lead_id == reached.id)
            .order_by(StageChange.id)
        )
        assert list(entered) == [Milestone.SUSPECT, Milestone.MQL]


async def test_rule_changes_and_the_daily_sweep_rescore_in_the_background(
    committing_postgres: Database, settings: Settings, tmp_path: Path
) -> None:
    signed_up = await make_tenant(committing_postgres, settings, company="Scoring AS")
    tenant_id = signed_up.tenant.id
    midnight = datetime.combine(utcnow().date(), time(), UTC)
    async with unit_of_work(committing_postgres, system_job(tenant_id)) as work, work.transaction():
        session = work.session
        lead = await lead_service.create_lead(
            work, lead_service.LeadFields(name="Kari", country="NO")
        )
        activity.record(work, lead_id=lead.id, kind=ActivityKind.CALL)
        await session.flush()
        await session.execute(update(Activity).values(occurred_at=midnight - timedelta(days=7)))

    async def score() -> tuple[int, Milestone | None]:
        async with unit_of_work(committing_postgres, system_job(tenant_id)) as work:
            session = work.session
            found = await session.get_one(Lead, (tenant_id, lead.id))
            return found.score, await stage_milestone(session, found)

    async with embedded_worker(settings, committing_postgres, tmp_path) as jobs_done:
        async with (
            unit_of_work(committing_postgres, system_job(tenant_id)) as work,
            work.transaction(),
        ):
            session = work.session
            await fit(work, "Nordic", 10, ScoringField.COUNTRY, ConditionOperator.IS_ONE_OF, "NO")
            await scoring_rules.create_rule(
                work,
                RuleFields(name="Calls", points=10, engagement=Engagement(ActivityKind.CALL, 7)),
            )
            await scoring_rules.set_threshold(work, 15)
        await jobs_done()
        # computed now: 10 for Nordic, a little under 5 for the call a week ago
        assert await score() == (15, Milestone.MQL)

        schedule.queue_sweep(midnight.date() + timedelta(days=7))  # the call is 2 weeks old
        await jobs_done()
        assert await score() == (13, Milestone.MQL)  # 10 + 2.5, rounded half up


async def test_points_are_whole_half_up_and_the_breakdown_adds_up(
    database: Database, settings: Settings
) -> None:
    tasks.configure(settings)
    signed_up = await make_tenant(database, settings)
    now = utcnow()
    async with unit_of_work(database, owner_of(signed_up)) as work, work.transaction():
        session = work.session
        for name, points in (("Emails", 1), ("Meetings", 3)):
            kind = ActivityKind.EMAIL if name == "Emails" else ActivityKind.MEETING
            await scoring_rules.create_rule(
                work, RuleFields(name=name, points=points, engagement=Engagement(kind, 1))
            )
        lead = await lead_service.create_lead(work, lead_service.LeadFields(name="Kari"))
        for kind in (ActivityKind.EMAIL, ActivityKind.MEETING):
            await logbook.log(
                work,
                lead_id=lead.id,
                kind=kind,
                body="x",
                occurred_at=now - timedelta(days=1),
            )
        await scoring.rescore(work, [lead], now)
        # each rule's points are whole, half up (0.5 is 1, 1.5 is 2), and add up
        assert [entry["points"] for entry in lead.score_breakdown] == [1, 2]
        assert lead.score == 3
        # one more day: 0.25 is nothing, and leaves the breakdown; 0.75 is 1
        await scoring.rescore(work, [lead], now + timedelta(days=1))
        assert [entry["rule"] for entry in lead.score_breakdown] == ["Meetings"]
        assert (lead.score, lead.score_breakdown[0]["points"]) == (1, 1)
        # a lone half point rounds up, not to even
        await scoring_rules.delete_rule(
            work,
            await session.scalar(select(ScoringRule.id).where(ScoringRule.name == "Meetings")),
        )
        await scoring.rescore(work, [lead], now)
        assert (lead.score, [entry["points"] for entry in lead.score_breakdown]) == (1, [1])


async def test_a_field_a_rule_looks_at_stays_and_a_stray_value_scores_nothing(
    database: Database, settings: Settings
) -> None:
    tasks.configure(settings)
    signed_up = await make_tenant(database, settings)
    async with unit_of_work(database, owner_of(signed_up)) as work, work.transaction():
        seats = await custom_fields.define(
            work,
            custom_fields.FieldDefinition(key="seats", label="Seats", type=FieldType.NUMBER),
        )
        await fit(
            work,
            "Many seats",
            5,
            ScoringField.CUSTOM,
            ConditionOperator.AT_LEAST,
            number="10",
            custom_field_key="seats",
        )
        with pytest.raises(LeadError) as refused:
            await custom_fields.remove(work, seats.id)
        assert refused.value.code is LeadErrorCode.FIELD_IN_USE
        # a value that is not a number (as if the field had changed type) matches nothing
        lead = await lead_service.create_lead(work, lead_service.LeadFields(name="Kari"))
        lead.custom_fields = {"seats": "many"}
        await scoring.rescore(work, [lead])
        assert lead.score == 0
