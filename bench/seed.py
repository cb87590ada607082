"""The benchmark's data: tenants signed up as the API does, then members and leads in bulk.

Sign-up goes through the service layer, in a session opened for the new tenant, so
the tenant, its owner, login, funnel and sources are what the product makes.
Members and leads, the bulk, are copied in by the administrator: COPY cannot run
under row-level security, which binds every other role.
"""

import random
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

import asyncpg
from sqlalchemy import select

from leadhub.db import Database, new_id, utcnow
from leadhub.leads.models import FunnelStage, PurchaseTimeframe, SourceKind
from leadhub.leads.searchable import search_text
from leadhub.leads.sources import SourceFields, create_source
from leadhub.onboarding import service as onboarding
from leadhub.principal import Newcomer, Role, SystemJob
from leadhub.settings import Settings
from leadhub.tenants import service
from leadhub.work import unit_of_work

PASSWORD = "a long benchmark passphrase"
SOURCE_KINDS = (
    SourceKind.WEB_FORM,
    SourceKind.REFERRAL,
    SourceKind.TRADE_FAIR,
    SourceKind.WEBINAR,
    SourceKind.EMAIL_CAMPAIGN,
)
LEAD_COLUMNS = (
    "tenant_id",
    "id",
    "name",
    "email",
    "company",
    "search_text",
    "stage_id",
    "source_id",
    "owner_id",
    "purchase_timeframe",
    "temperature",
    "temperature_overridden",
    "score",
    "custom_fields",
    "created_at",
    "updated_at",
)


@dataclass(frozen=True)
class Scale:
    tenants: int
    measured_tenant_leads: int
    other_tenant_leads: int  # in each of the others
    reps_per_tenant: int  # members besides the owner


@dataclass(frozen=True)
class SeededTenant:
    id: uuid.UUID
    owner_token: str
    password_hash: str  # the owner's, which the reps share: nobody logs in as them
    member_ids: tuple[uuid.UUID, ...]
    source_ids: tuple[uuid.UUID, ...]
    stage_ids: tuple[uuid.UUID, ...]

    def login_headers(self) -> dict[str, str]:
        """How a request acts in the tenant as its owner."""
        return {"authorization": f"Bearer {self.owner_token}", "x-tenant-id": str(self.id)}


async def seed(
    database: Database, admin: asyncpg.Connection, settings: Settings, scale: Scale
) -> SeededTenant:
    """Every tenant and its leads; returns the tenant the requests read, the largest."""
    rng = random.Random(0)  # the same mix of stages, sources and owners on every run
    tenants = [
        await _with_reps(admin, await _sign_up(database, settings, number), scale.reps_per_tenant)
        for number in range(scale.tenants)
    ]
    measured, *others = tenants
    arrivals = [measured] * scale.measured_tenant_leads
    arrivals += [tenant for tenant in others for _ in range(scale.other_tenant_leads)]
    # Tenants' leads arrive interleaved, so a page of one tenant spans the table.
    rng.shuffle(arrivals)
    await admin.copy_records_to_table(
        "leads", records=_lead_rows(arrivals, rng, utcnow()), columns=LEAD_COLUMNS
    )
    await admin.execute("ANALYZE")
    return measured


async def _sign_up(database: Database, settings: Settings, number: int) -> SeededTenant:
    async with unit_of_work(database, Newcomer(new_id())) as work, work.transaction():
        form = service.SignUpForm(
            company_name=f"Company {number} AS",
            owner_name=f"Owner {number}",
            email=f"owner{number}@bench.example.com",
            password=PASSWORD,
            default_region="NO",  # where phone numbers typed without +47 are read
        )
        signed_up = await onboarding.sign_up(work, settings, form, client_address=None)
    seeding = SystemJob(signed_up.tenant.id, "bench.seed", on_behalf_of=signed_up.user.id)
    async with unit_of_work(database, seeding) as seed, seed.transaction():
        sources = [
            await create_source(seed, SourceFields(name=kind.value, kind=kind))
            for kind in SOURCE_KINDS
        ]
        stage_ids = await seed.session.scalars(select(FunnelStage.id))
        return SeededTenant(
            id=signed_up.tenant.id,
            owner_token=signed_up.login.token,
            password_hash=signed_up.user.password_hash,
            member_ids=(signed_up.user.id,),
            source_ids=tuple(source.id for source in sources),
            stage_ids=tuple(stage_ids),
        )


async def _with_reps(admin: asyncpg.Connection, tenant: SeededTenant, reps: int) -> SeededTenant:
    """The tenant with ``reps`` more members, sales reps, to own its leads."""
    rep_ids = [new_id() for _ in range(reps)]
    now = utcnow()
    await admin.copy_records_to_table(
        "users",
        records=[
            (rep_id, f"rep.{rep_id}@bench.example.com", f"Rep {rep_id}", tenant.password_hash, now)
            for rep_id in rep_ids
        ],
        columns=("id", "email", "name", "password_hash", "created_at"),
    )
    await admin.copy_records_to_table(
        "memberships",
        records=[(tenant.id, new_id(), rep_id, Role.SALES_REP.value, now) for rep_id in rep_ids],
        columns=("tenant_id", "id", "user_id", "role", "created_at"),
    )
    return replace(tenant, member_ids=(*tenant.member_ids, *rep_ids))


def _lead_rows(
    arrivals: Sequence[SeededTenant], rng: random.Random, now: datetime
) -> Iterator[tuple[object, ...]]:
    """One row per arrival, in LEAD_COLUMNS order; some leads have no owner or source."""
    timeframes = list(PurchaseTimeframe)
    for number, tenant in enumerate(arrivals):
        timeframe = rng.choice(timeframes)
        name, email, company = (
            f"Lead {number}",
            f"lead{number}@example.com",
            f"Company {number % 1000}",
        )
        yield (
            tenant.id,
            new_id(),
            name,
            email,
            company,
            # COPY passes by the model, so the search text is made as the model makes it
            search_text({"name": name, "company": company, "email": email, "phone": None}),
            rng.choice(tenant.stage_ids),
            rng.choice((*tenant.source_ids, None)),
            rng.choice((*tenant.member_ids, None)),
            timeframe.value,
            timeframe.temperature.value,
            False,
            rng.randrange(100),
            "{}",
            now,
            now,
        )
