"""The three tenant locks of DESIGN.md hold for every table, on both databases.

Structural tests walk the metadata, so a table added later cannot slip through.
"""

import uuid
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import ForeignKeyConstraint, UniqueConstraint, delete, func, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Mapper

from leadhub import sweep_days, tasks
from leadhub.activity.models import ActivityKind
from leadhub.analytics import goals
from leadhub.analytics.goals import GoalFields
from leadhub.analytics.models import GoalMetric, GoalPeriod
from leadhub.db import (
    Database,
    TenantIsolationError,
    TenantOwned,
    new_id,
    utcnow,
    write_transaction,
)
from leadhub.imports import exports, runner
from leadhub.imports import service as imports
from leadhub.imports.files import FileFormat
from leadhub.imports.storage import FolderStore
from leadhub.leads import bulk as lead_bulk
from leadhub.leads import custom_fields, scoring_rules, sources, views
from leadhub.leads import service as lead_service
from leadhub.leads.custom_fields import FieldDefinition
from leadhub.leads.models import FieldType, FunnelStage, Lead, SourceKind, Temperature
from leadhub.leads.scoring_rules import Engagement, RuleFields
from leadhub.leads.search import LeadFilter
from leadhub.leads.service import LeadFields
from leadhub.leads.sources import SourceFields
from leadhub.models import Base
from leadhub.oauth import clients, credentials
from leadhub.oauth import store as oauth_store
from leadhub.oauth.models import OAuthCode
from leadhub.principal import AllTenantsSweep, Member, Reach, Role, Visitor
from leadhub.routing import router
from leadhub.routing import rules as routing_rules
from leadhub.routing import service as routing
from leadhub.routing.models import Target, TargetKind, Trigger
from leadhub.scope import Scope
from leadhub.settings import Settings
from leadhub.teams import service as teams
from leadhub.tenants import password_reset, service
from leadhub.tenants.errors import TenantError
from leadhub.tenants.models import AuthSession, Membership, Tenant, User
from leadhub.tenants.service import SignUp
from leadhub.tenants.tokens import new_token
from leadhub.webhooks import endpoints as webhook_endpoints
from leadhub.work import UnitOfWork, unit_of_work
from tests.builders import make_tenant, owner_of, system_job, unique_email

# Tables that are not tenant data: the tenants themselves, and people, who can
# belong to several tenants, their login sessions and password resets; the days
# the daily sweep has run; and the count of changes to who logins act as.
GLOBAL_TABLES = {
    "tenants",
    "users",
    "auth_sessions",
    "password_resets",
    "sweep_days",
    "identity_epoch",
}
TENANT_TABLES = sorted(set(Base.metadata.tables) - GLOBAL_TABLES)
TENANT_ORM_CLASSES = {
    mapper.local_table.name: mapper.class_
    for mapper in Base.registry.mappers
    if mapper.local_table.name in TENANT_TABLES
}


# In one order: the suite's workers (pytest-xdist) must collect the same tests.
MAPPERS = sorted(Base.registry.mappers, key=lambda mapper: mapper.class_.__name__)


@pytest.mark.parametrize("mapper", MAPPERS, ids=lambda mapper: mapper.class_.__name__)
def test_every_model_says_what_a_scope_sees(mapper: Mapper[Any]) -> None:
    # Base.scope_criteria raises: a model that does not override it cannot be queried
    for scope in (Scope(), Scope(tenant_id=new_id(), user_id=new_id(), lookup_email="a@b.c")):
        assert mapper.class_.scope_criteria(scope) is not None


@pytest.mark.parametrize(
    ("table_name", "expected_policies"),
    [
        (
            "tenants",
            {"tenant_itself": "ALL", "member_tenants": "SELECT", "every_tenant": "SELECT"},
        ),
        (
            "users",
            {
                "people_in_scope": "SELECT",
                "new_people": "INSERT",
                "own_person": "UPDATE",
                "own_person_removal": "DELETE",
            },
        ),
        (
            "auth_sessions",
            {
                "logins_in_scope": "SELECT",
                "own_logins": "INSERT",
                "own_logins_change": "UPDATE",
                "own_logins_removal": "DELETE",
            },
        ),
        (
            "password_resets",
            {
                "resets_in_scope": "SELECT",
                "resets_of_looked_up_person": "INSERT",
                "own_resets_use": "UPDATE",
                "own_resets_removal": "DELETE",
            },
        ),
        ("sweep_days", {"sweep_records_its_days": "ALL"}),
        ("identity_epoch", {"epoch_read": "SELECT", "epoch_moved_on": "UPDATE"}),
    ],
)
async def test_global_tables_are_policed_too(
    table_name: str, expected_policies: dict[str, str], postgres: Database
) -> None:
    assert table_name in GLOBAL_TABLES
    async with postgres.scoped_session(Scope()) as session:
        forced = await session.scalar(
            text(
                "SELECT relrowsecurity AND relforcerowsecurity FROM pg_class"
                " WHERE relname = :t AND relnamespace = 'public'::regnamespace"
            ),
            {"t": table_name},
        )
        policies = await session.execute(
            text("SELECT policyname, cmd FROM pg_policies WHERE tablename = :t"), {"t": table_name}
        )
    assert forced is True
    assert {name: command for name, command in policies} == expected_policies


@pytest.mark.parametrize("table_name", TENANT_TABLES)
def test_tenant_table_is_keyed_by_tenant(table_name: str) -> None:
    table = Base.metadata.tables[table_name]
    assert issubclass(TENANT_ORM_CLASSES[table_name], TenantOwned)
    assert table.primary_key.columns.values()[0].name == "tenant_id"
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            assert "tenant_id" in constraint.columns, constraint.name
        if isinstance(constraint, ForeignKeyConstraint) and (
            constraint.referred_table.name in TENANT_TABLES
        ):
            assert constraint.column_keys[0] == "tenant_id", constraint.name
            assert constraint.elements[0].column.name == "tenant_id", constraint.name
    for index in table.indexes:
        if index.unique:
            assert "tenant_id" in index.columns, index.name


@pytest.mark.parametrize("table_name", TENANT_TABLES)
async def test_row_level_security_is_forced(table_name: str, postgres: Database) -> None:
    async with postgres.scoped_session(Scope()) as session:
        enabled, forced = (
            await session.execute(
                text(
                    "SELECT relrowsecurity, relforcerowsecurity FROM pg_class"
                    " WHERE relname = :t AND relnamespace = 'public'::regnamespace"
                ),
                {"t": table_name},
            )
        ).one()
        policies = (
            await session.execute(
                text(
                    "SELECT policyname, cmd, qual, with_check FROM pg_policies"
                    " WHERE tablename = :t AND permissive = 'PERMISSIVE'"
                ),
                {"t": table_name},
            )
        ).all()
    assert (enabled, forced) == (True, True)
    by_name = {name: (command, qual, check) for name, command, qual, check in policies}
    tenant_only = "(tenant_id = app_tenant_id())"
    assert by_name.pop("tenant_isolation") == ("ALL", tenant_only, tenant_only)
    # the only other policy: outside any tenant, a user reads their own memberships
    assert by_name == (
        {
            "own_memberships": (
                "SELECT",
                "((app_tenant_id() IS NULL) AND (user_id = app_user_id()))",
                None,
            )
        }
        if table_name == "memberships"
        else {}
    )


@pytest.mark.parametrize("table_name", TENANT_TABLES)
async def test_a_reps_reach_narrows_leads_and_the_rows_about_them(
    table_name: str, postgres: Database
) -> None:
    async with postgres.scoped_session(Scope()) as session:
        policies = await session.execute(
            text(
                "SELECT policyname, qual, with_check FROM pg_policies"
                " WHERE tablename = :t AND permissive = 'RESTRICTIVE'"
            ),
            {"t": table_name},
        )
        restrictive = {name: (qual, check) for name, qual, check in policies}
    no_reach = "(app_reach_user_id() IS NULL)"
    if table_name == "leads":
        # "no reach" asked once per statement (migration 0013), so plans hold for members
        reach = (
            "(( SELECT (app_reach_user_id() IS NULL)) OR (owner_id = app_reach_user_id())"
            " OR (owner_team_id = ANY (app_reach_team_ids())))"
        )
        assert restrictive == {"rep_reach": (reach, reach)}
    elif "lead_id" in Base.metadata.tables[table_name].c:
        (qual, check) = restrictive.pop("lead_in_reach")
        assert qual == check
        assert qual.startswith(f"({no_reach} OR (EXISTS ( SELECT")
        assert f"(leads.id = {table_name}.lead_id)" in qual
        assert restrictive == {}
    else:
        assert restrictive == {}


async def test_application_role_cannot_bypass_row_level_security(postgres: Database) -> None:
    async with postgres.scoped_session(Scope()) as session:
        role = (
            await session.execute(
                text(
                    "SELECT rolsuper, rolbypassrls,"
                    " (SELECT count(*) FROM pg_tables WHERE tableowner = current_user)"
                    " FROM pg_roles WHERE rolname = current_user"
                )
            )
        ).one()
    assert tuple(role) == (False, False, 0)


async def _two_tenants(database: Database, settings: Settings) -> tuple[SignUp, SignUp]:
    return (
        await make_tenant(database, settings, "First AS"),
        await make_tenant(database, settings, "Second AS"),
    )


async def test_orm_never_reaches_another_tenants_rows(
    database: Database, settings: Settings
) -> None:
    # given two tenants, each with its default funnel
    first, second = await _two_tenants(database, settings)
    async with database.scoped_session(Scope(tenant_id=first.tenant.id)) as session:
        first_stage = await session.scalar(select(FunnelStage).limit(1))
    assert first_stage is not None

    async with database.scoped_session(Scope(tenant_id=second.tenant.id)) as session:
        # then the second tenant lists, counts and fetches only its own rows
        stages = list(await session.scalars(select(FunnelStage)))
        assert stages and {stage.tenant_id for stage in stages} == {second.tenant.id}
        assert await session.scalar(select(func.count()).select_from(FunnelStage)) == len(stages)
        assert await session.get(FunnelStage, (first.tenant.id, first_stage.id)) is None
        members = list(await session.scalars(select(Membership)))
        assert [member.user_id for member in members] == [second.user.id]
        # and its bulk updates and deletes touch nothing of the first tenant
        updated = await session.execute(
            update(FunnelStage).where(FunnelStage.id == first_stage.id).values(name="Taken")
        )
        deleted = await session.execute(delete(FunnelStage).where(FunnelStage.id == first_stage.id))
        assert (updated.rowcount, deleted.rowcount) == (0, 0)  # type: ignore[attr-defined]

    async with database.scoped_session(Scope(tenant_id=first.tenant.id)) as session:
        still = await session.get(FunnelStage, (first.tenant.id, first_stage.id))
        assert still is not None and still.name == first_stage.name


async def test_a_statement_built_once_sees_each_sessions_own_rows(
    database: Database, settings: Settings
) -> None:
    # given one statement, run by each tenant in turn, and again (its filtered form is kept)
    first, second = await _two_tenants(database, settings)
    stages = select(FunnelStage)
    for tenant_id in (first.tenant.id, second.tenant.id, first.tenant.id, None):
        scope = Scope(tenant_id=tenant_id)
        async with database.scoped_session(scope) as session:
            seen = {stage.tenant_id for stage in await session.scalars(stages)}
        # then each sees its own rows only, and a session of no tenant none
        assert seen == ({tenant_id} if tenant_id else set())


async def test_session_refuses_to_write_another_tenants_row(
    database: Database, settings: Settings
) -> None:
    first, second = await _two_tenants(database, settings)
    async with database.scoped_session(Scope(tenant_id=second.tenant.id)) as session:
        session.add(Membership(tenant_id=first.tenant.id, user_id=second.user.id, role=Role.OWNER))
        with pytest.raises(TenantIsolationError):
            await session.flush()


async def test_session_without_tenant_sees_no_tenant_rows(
    database: Database, settings: Settings
) -> None:
    first, _ = await _two_tenants(database, settings)
    async with database.scoped_session(Scope()) as session:
        assert list(await session.scalars(select(FunnelStage))) == []
        assert list(await session.scalars(select(Membership))) == []
    async with database.scoped_session(Scope(user_id=first.user.id)) as session:
        # except a user's own memberships, to choose a tenant from
        own = list(await session.scalars(select(Membership)))
        assert [(m.tenant_id, m.user_id) for m in own] == [(first.tenant.id, first.user.id)]


async def test_another_tenants_people_and_logins_are_out_of_reach(
    database: Database, settings: Settings
) -> None:
    first, second = await _two_tenants(database, settings)
    async with database.scoped_session(
        Scope(tenant_id=second.tenant.id, user_id=second.user.id)
    ) as session:
        # people: the tenant's own members only
        emails = list(await session.scalars(select(User.email)))
        assert emails == [second.user.email]
        assert await session.get(User, first.user.id) is None
        # logins: one's own only
        logins = list(await session.scalars(select(AuthSession.user_id)))
        assert logins == [second.user.id]
        # tenants: one's own only
        assert list(await session.scalars(select(Tenant.id))) == [second.tenant.id]
    async with database.scoped_session(Scope()) as session:
        # and a session for nobody sees nobody
        assert list(await session.scalars(select(User))) == []
        assert list(await session.scalars(select(AuthSession))) == []


async def test_raw_sql_cannot_reach_another_tenants_people(
    postgres: Database, settings: Settings
) -> None:
    first, second = await _two_tenants(postgres, settings)
    async with postgres.scoped_session(
        Scope(tenant_id=second.tenant.id, user_id=second.user.id)
    ) as session:
        emails = list(await session.scalars(text("SELECT email FROM users")))
        assert emails == [second.user.email]
        logins = list(await session.scalars(text("SELECT user_id FROM auth_sessions")))
        assert logins == [second.user.id]
        touched = await session.execute(
            text("UPDATE users SET name = 'Taken' WHERE id = :u"), {"u": first.user.id}
        )
        ended = await session.execute(
            text("UPDATE auth_sessions SET revoked_at = now() WHERE user_id = :u"),
            {"u": first.user.id},
        )
        assert (touched.rowcount, ended.rowcount) == (0, 0)  # type: ignore[attr-defined]
        with pytest.raises(DBAPIError, match="row-level security"):
            await session.execute(
                text(
                    "INSERT INTO auth_sessions (id, user_id, token_hash, created_at, expires_at)"
                    " VALUES (:id, :u, 'forged', now(), now() + interval '1 day')"
                ),
                {"id": uuid.uuid4(), "u": first.user.id},
            )


async def test_raw_sql_is_bound_by_row_level_security(
    postgres: Database, settings: Settings
) -> None:
    first, second = await _two_tenants(postgres, settings)
    async with postgres.scoped_session(Scope(tenant_id=second.tenant.id)) as session:
        # raw SQL skips the ORM's filter; row-level security still holds
        tenants_seen = set(await session.scalars(text("SELECT tenant_id FROM funnel_stages")))
        assert tenants_seen == {second.tenant.id}
        touched = await session.execute(
            text("UPDATE funnel_stages SET name = name || '!' WHERE tenant_id = :t"),
            {"t": first.tenant.id},
        )
        removed = await session.execute(
            text("DELETE FROM memberships WHERE tenant_id = :t"), {"t": first.tenant.id}
        )
        assert (touched.rowcount, removed.rowcount) == (0, 0)  # type: ignore[attr-defined]
        with pytest.raises(DBAPIError, match="row-level security"):
            await session.execute(
                text(
                    "INSERT INTO memberships (tenant_id, id, user_id, role, created_at)"
                    " VALUES (:t, :id, :u, 'owner', now())"
                ),
                {"t": first.tenant.id, "id": uuid.uuid4(), "u": second.user.id},
            )


async def test_raw_sql_without_a_tenant_returns_no_rows(
    postgres: Database, settings: Settings
) -> None:
    first, _ = await _two_tenants(postgres, settings)
    async with postgres.scoped_session(Scope(tenant_id=first.tenant.id)) as session:
        assert await session.scalar(text("SELECT count(*) FROM memberships")) == 1
    async with postgres.scoped_session(Scope()) as session:
        # the same rows, from a transaction that set no tenant and no user (the
        # identity epoch, every session's to read, is no one's data)
        for table in Base.metadata.tables.keys() - {"identity_epoch"}:
            count = await session.scalar(text(f"SELECT count(*) FROM {table}"))
            assert count == 0, table


async def _person_in_both(
    database: Database, settings: Settings
) -> tuple[SignUp, SignUp, uuid.UUID]:
    """Two tenants and a person who belongs to both: the second's owner joins the first."""
    first, second = await _two_tenants(database, settings)
    async with (
        database.scoped_session(Scope(tenant_id=first.tenant.id)) as session,
        write_transaction(session),
    ):
        session.add(Membership(user_id=second.user.id, role=Role.SALES_REP))
    return first, second, second.user.id


async def test_people_are_changed_only_by_themselves(
    database: Database, settings: Settings
) -> None:
    first, second, shared = await _person_in_both(database, settings)
    # the first tenant's owner, in the first tenant, sees the shared person...
    async with database.scoped_session(
        Scope(tenant_id=first.tenant.id, user_id=first.user.id)
    ) as session:
        person = await session.get(User, shared)
        assert person is not None
        # ...but cannot change them, delete them, or rename everyone at once
        person.email = "taken@example.com"
        with pytest.raises(TenantIsolationError):
            await session.flush()
    async with database.scoped_session(
        Scope(tenant_id=first.tenant.id, user_id=first.user.id)
    ) as session:
        renamed = await session.execute(update(User).values(name="Renamed"))
        assert renamed.rowcount == 1  # type: ignore[attr-defined]  # themselves only
        await session.delete(await session.get_one(User, shared))
        with pytest.raises(TenantIsolationError):
            await session.flush()
    async with database.scoped_session(
        Scope(tenant_id=second.tenant.id, user_id=shared)
    ) as session:
        assert (await session.get_one(User, shared)).email == second.user.email


async def test_a_tenant_changes_only_itself(database: Database, settings: Settings) -> None:
    first, _, shared = await _person_in_both(database, settings)
    async with (
        database.scoped_session(Scope(tenant_id=first.tenant.id, user_id=shared)) as session,
        write_transaction(session),
    ):
        renamed = await session.execute(update(Tenant).values(name="Renamed AS"))
        assert renamed.rowcount == 1  # type: ignore[attr-defined]
    async with database.scoped_session(Scope(user_id=shared)) as session:
        names = set(await session.scalars(select(Tenant.name)))
    assert names == {"Renamed AS", "Second AS"}


async def test_a_lookup_ends_with_the_check_that_needed_it(
    database: Database, settings: Settings
) -> None:
    first, _ = await _two_tenants(database, settings)
    async with unit_of_work(database, Visitor()) as work:
        with pytest.raises(TenantError):
            await service.log_in(
                work, settings, email=first.user.email, password="wrong", client_address=None
            )
        # the refused login looked the person up; the session no longer sees them
        assert list(await work.session.scalars(select(User))) == []


@dataclass(frozen=True)
class EveryTableFilled:
    first: SignUp
    second: SignUp
    rep: uuid.UUID  # the second's owner, a sales rep in the first
    rep_team: uuid.UUID  # the first tenant's team the rep is on


async def _import_a_list(work: UnitOfWork[Member], settings: Settings, signed_up: SignUp) -> None:
    """An import whose one row fails, its mapping kept as a template, and an export."""
    file = settings.var_dir / f"{signed_up.tenant.id}.csv"
    file.write_text("Navn,E-post\nKari Nordmann,kari@\n")
    store = FolderStore(settings.uploads_dir)
    lead_import = await imports.receive(work, store, imports.Limits.of(settings), file, "list.csv")
    await runner.import_all(work, store, lead_import, chunk_rows=10)
    await imports.save_template(work, lead_import.id, "Fair")
    await exports.request_export(work, LeadFilter(), FileFormat.CSV, "import")


async def _install_a_partner(database: Database, settings: Settings, signed_up: SignUp) -> None:
    """A partner's client, a code its installer granted, and the tokens it gave."""
    owner = owner_of(signed_up)
    form = clients.ClientForm("Partner", True, ("https://partner.example/cb",), ("leads:read",))
    async with unit_of_work(database, owner) as work, work.transaction():
        client = (await clients.register_client(work, settings, form)).client
    async with unit_of_work(database, system_job(owner.tenant_id)) as work, work.transaction():
        installer = await oauth_store.installer(work, owner.user_id)
        assert installer is not None
        code = OAuthCode(
            code_hash=new_token(),
            client_id=client.id,
            user_id=owner.user_id,
            redirect_uri="https://partner.example/cb",
            scope="leads:read",
            code_challenge=new_token(),
            expires_at=utcnow(),
        )
        await oauth_store.save_code(work, code)
        tokens = oauth_store.NewTokens(
            access=credentials.issue(credentials.Kind.ACCESS_TOKEN, owner.tenant_id),
            refresh=credentials.issue(credentials.Kind.REFRESH_TOKEN, owner.tenant_id),
            scope="leads:read",
            expires_in=timedelta(minutes=10),
        )
        token = await oauth_store.save_tokens(
            work,
            settings,
            client_id=client.id,
            family_id=new_id(),
            installer=installer,
            tokens=tokens,
        )
        await oauth_store.spend_refresh_token(work, token)


async def _fill_every_table(database: Database, settings: Settings) -> EveryTableFilled:
    """Rows of two tenants in every table; in the first, leads of a rep, of the rep's
    team (a teammate's), and of others, each with its tags, ids, history and feed."""
    tasks.configure(settings)  # invitations and scoring rules queue jobs
    first, second, rep = await _person_in_both(database, settings)
    rep_team = None
    for signed_up in (first, second):
        async with unit_of_work(database, owner_of(signed_up)) as work, work.transaction():
            await sources.create_source(work, SourceFields(name="Fair", kind=SourceKind.TRADE_FAIR))
            await custom_fields.define(
                work, FieldDefinition(key="seats", label="Seats", type=FieldType.NUMBER)
            )
            hook = webhook_endpoints.EndpointForm("https://hooks.example/", ["lead.created"])
            endpoint = await webhook_endpoints.create_endpoint(work, hook, allow_private=False)
            await webhook_endpoints.send_test(work, endpoint.id)
            calls = Engagement(ActivityKind.CALL, half_life_days=7)
            await scoring_rules.create_rule(work, RuleFields("Calls", 5, engagement=calls))
            await service.invite_member(work, settings, email=unique_email(), role=Role.MARKETING)
            team = await teams.create_team(work, "North")
            await teams.add_member(work, team.id, signed_up.user.id)
            await routing.set_availability(work, signed_up.user.id, {"time_zone": "Europe/Oslo"})
            owners: dict[str, dict[str, Any]] = {
                "Owner's": {"owner_id": signed_up.user.id},
                "Team's": {"owner_team_id": team.id},
                "Unowned": {},
            }
            if signed_up is first:
                await teams.add_member(work, team.id, rep)
                owners["Rep's"] = {"owner_id": rep}
                rep_team = team.id
            for name, owner in owners.items():
                fields = LeadFields(
                    name=name, tags=("fair",), external_ids=(("crm", name),), **owner
                )
                lead = await lead_service.create_lead(work, fields)
            await _import_a_list(work, settings, signed_up)
            hot = LeadFilter(temperatures=(Temperature.HOT,))
            await views.save_view(work, views.ViewFields("Hot", {"temperatures": ["HOT"]}, hot))
            gone = await lead_service.create_lead(work, LeadFields(name="Gone"))
            await lead_bulk.delete_leads(work, [gone.id])
            quarter = GoalFields(
                name="Wins",
                metric=GoalMetric.WINS,
                target=Decimal(10),
                period=GoalPeriod.QUARTER,
                first_day=utcnow().date(),
                team_ids=(team.id,),
            )
            await goals.create_goal(work, quarter)
            to_team = Target(TargetKind.TEAM, team_id=team.id)
            await routing_rules.create_rule(work, routing_rules.RuleFields("All", target=to_team))
            await router.route(work, [lead.id], Trigger.ON_DEMAND)
    for signed_up in (first, second):
        await _install_a_partner(database, settings, signed_up)
    for person in (first.user, second.user):
        async with unit_of_work(database, Visitor()) as work, work.transaction():
            await password_reset.request_password_reset(
                work, settings, email=person.email, client_address=None
            )
    async with unit_of_work(database, AllTenantsSweep("test")) as work, work.transaction():
        await sweep_days.claim(work, utcnow().date())
    assert rep_team is not None
    return EveryTableFilled(first, second, rep, rep_team)


async def test_every_table_has_rows_of_both_tenants_to_compare(
    committing_postgres: Database, superuser_postgres: Database, settings: Settings
) -> None:
    """The agreement test below compares something in every table, not 0 with 0."""
    filled = await _fill_every_table(committing_postgres, settings)
    async with superuser_postgres.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name in ("sweep_days", "identity_epoch"):  # no tenant's, no person's
                assert await connection.scalar(select(func.count()).select_from(table))
                continue
            column = "tenant_id" if "tenant_id" in table.c else "id"
            if table.name in GLOBAL_TABLES - {"tenants"}:
                column = "user_id" if "user_id" in table.c else "id"
            owners = set(await connection.scalars(select(table.c[column]).distinct()))
            expected = {filled.first.tenant.id, filled.second.tenant.id}
            if column != "tenant_id" and table.name != "tenants":
                expected = {filled.first.user.id, filled.rep}
            assert expected <= owners, table.name


SCOPES_TO_COMPARE = (
    "tenant and user",
    "tenant only",
    "rep's reach",
    "user only",
    "nobody",
    "all tenants",
)


@pytest.mark.parametrize("scope_kind", SCOPES_TO_COMPARE)
async def test_the_orm_and_row_level_security_agree(
    scope_kind: str,
    committing_postgres: Database,
    superuser_postgres: Database,
    settings: Settings,
) -> None:
    """For every table, the rows a scope reads through the ORM alone (as a superuser,
    whom row-level security does not bind) are those it reads through raw SQL as
    the application role (row-level security alone): the two locks say the same."""
    filled = await _fill_every_table(committing_postgres, settings)
    first = filled.first.tenant.id
    scope = {
        "tenant and user": Scope(tenant_id=first, user_id=filled.rep),
        "tenant only": Scope(tenant_id=first),
        "rep's reach": Scope(
            tenant_id=first,
            user_id=filled.rep,
            reach=Reach(filled.rep, frozenset({filled.rep_team})),
        ),
        "user only": Scope(user_id=filled.rep),
        "nobody": Scope(),
        "all tenants": Scope(all_tenants=True),
    }[scope_kind]

    seen = 0
    for model in {mapper.class_ for mapper in Base.registry.mappers}:
        table = model.__table__
        key = [getattr(model, column.key) for column in table.primary_key]
        async with superuser_postgres.scoped_session(scope) as session:
            through_orm = {tuple(row) for row in await session.execute(select(*key))}
        key_sql = ", ".join(column.name for column in table.primary_key)
        async with committing_postgres.scoped_session(scope) as session:
            rows = await session.execute(text(f"SELECT {key_sql} FROM {table.name}"))
            through_sql = {tuple(row) for row in rows}
        assert through_orm == through_sql, table.name
        seen += len(through_orm)
    assert seen or scope_kind == "nobody"


async def test_plain_rows_keep_to_the_scope_where_row_level_security_would_not(
    committing_postgres: Database, superuser_postgres: Database, settings: Settings
) -> None:
    """A page read without the ORM's execution (``execute_plain``) writes its entities'
    criteria into its SQL: as the administrator, whom no policy binds, a rep reads
    the leads the ORM's criteria let through, not every tenant's."""
    filled = await _fill_every_table(committing_postgres, settings)
    reach = Reach(filled.rep, frozenset({filled.rep_team}))
    scope = Scope(tenant_id=filled.first.tenant.id, user_id=filled.rep, reach=reach)
    async with superuser_postgres.scoped_session(scope) as session:
        plain = await session.execute_plain(select(Lead.name, Lead.tenant_id))
        read = sorted(plain.all())
        through_orm = sorted((await session.execute(select(Lead.name, Lead.tenant_id))).all())
    async with superuser_postgres.engine.connect() as connection:
        everyone = await connection.scalar(text("SELECT count(*) FROM leads"))
    assert read == through_orm
    assert {name for name, _ in read} == {"Rep's", "Team's"}
    assert len(read) < (everyone or 0)
