"""What a token acts as is kept between requests: cheap to use, dropped at once when it changes."""

from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import event
from starlette.applications import Starlette

from leadhub.app import create_app
from leadhub.db import Database, utcnow
from leadhub.graphql.logins import Logins
from leadhub.settings import Settings
from leadhub.tenants.models import AuthSession, User
from leadhub.tenants.service import Authenticated
from tests.builders import Account, graphql, graphql_refusal, join, make_lead, sign_up

TENANT_NAME = "query { tenant { name } }"
MY_ROLE = "query { me { currentMembership { role } } }"
LEAD_NAMES = "query { tenant { leads { edges { node { name } } } } }"
CHANGE_ROLE = """
mutation($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) { errors { code } }
}
"""
REMOVE = "mutation($input: RemoveMemberInput!) { removeMember(input: $input) { errors { code } } }"
MEMBERSHIP_IDS = "query { tenant { members { edges { node { id user { id } } } } } }"
CREATE_TEAM = "mutation($input: CreateTeamInput!) { createTeam(input: $input) { team { id } } }"
ADD_TO_TEAM = """
mutation($input: TeamMemberInput!) { addTeamMember(input: $input) { errors { code } } }
"""
ASSIGN = """
mutation($input: AssignLeadsInput!) { assignLeads(input: $input) { errors { code } } }
"""
SETTINGS = """
mutation($input: UpdateTenantSettingsInput!) {
  updateTenantSettings(input: $input) { errors { code } }
}
"""
LOG_OUT_EVERYWHERE = """
mutation { logOut(input: {everywhere: true}) { endedSessions } }
"""
# What a transaction costs beyond its statements, which the fixed cost leaves out.
_TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


@pytest.fixture
def sent_statements(database: Database) -> Iterator[list[str]]:
    sent: list[str] = []

    def record(_connection: object, _cursor: object, statement: str, *_: object) -> None:
        if not statement.lstrip().upper().startswith(_TRANSACTION_CONTROL):
            sent.append(statement)

    event.listen(database.engine.sync_engine, "before_cursor_execute", record)
    yield sent
    event.remove(database.engine.sync_engine, "before_cursor_execute", record)


async def test_a_kept_login_costs_a_request_two_statements_at_most(
    client: httpx.AsyncClient, sent_statements: list[str]
) -> None:
    owner = await sign_up(client, company="Bølgen AS")
    rep = await join(client, owner, "SALES_REP", name="rep")
    for account in (owner, rep):  # a rep's reach is kept too
        await graphql(client, TENANT_NAME, account=account)
        sent_statements.clear()
        body = await graphql(client, TENANT_NAME, account=account)
        assert body["data"]["tenant"]["name"] == "Bølgen AS"
        assert len(sent_statements) <= 2, sent_statements


async def role(client: httpx.AsyncClient, account: Account) -> str:
    body = await graphql(client, MY_ROLE, account=account)
    role: str = body["data"]["me"]["currentMembership"]["role"]
    return role


async def membership_id(client: httpx.AsyncClient, owner: Account, member: Account) -> str:
    body = await graphql(client, MEMBERSHIP_IDS, account=owner)
    edges = body["data"]["tenant"]["members"]["edges"]
    return next(e["node"]["id"] for e in edges if e["node"]["user"]["id"] == member.user_id)


async def change_role(
    client: httpx.AsyncClient, owner: Account, member: Account, new_role: str
) -> None:
    variables = {"membershipId": await membership_id(client, owner, member), "role": new_role}
    changed = await graphql(client, CHANGE_ROLE, {"input": variables}, account=owner)
    assert changed["data"]["changeMemberRole"]["errors"] == []


async def test_a_role_changed_is_seen_by_the_next_request(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    rep = await join(client, owner, "SALES_REP", name="rep")
    assert await role(client, rep) == "SALES_REP"
    await change_role(client, owner, rep, "ADMIN")
    assert await role(client, rep) == "ADMIN"


async def test_a_removed_member_is_shut_out_by_the_next_request(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    admin = await join(client, owner, "ADMIN", name="admin")
    assert await role(client, admin) == "ADMIN"
    removed = await graphql(
        client,
        REMOVE,
        {"input": {"membershipId": await membership_id(client, owner, admin)}},
        account=owner,
    )
    assert removed["data"]["removeMember"]["errors"] == []
    refusal = await graphql_refusal(client, TENANT_NAME, account=admin)
    assert refusal["extensions"]["code"] == "FORBIDDEN"


async def lead_names(client: httpx.AsyncClient, account: Account) -> set[str]:
    body = await graphql(client, LEAD_NAMES, account=account)
    return {edge["node"]["name"] for edge in body["data"]["tenant"]["leads"]["edges"]}


async def test_a_reps_reach_follows_their_teams_and_the_tenants_rule_at_once(
    client: httpx.AsyncClient, database: Database
) -> None:
    owner = await sign_up(client)
    rep = await join(client, owner, "SALES_REP", name="rep")
    await make_lead(database, owner, name="Åse Ødegård")
    team = await graphql(client, CREATE_TEAM, {"input": {"name": "Nord"}}, account=owner)
    team_id = team["data"]["createTeam"]["team"]["id"]
    lead_ids = await graphql(
        client, "query { tenant { leads { edges { node { id } } } } }", account=owner
    )
    lead_id = lead_ids["data"]["tenant"]["leads"]["edges"][0]["node"]["id"]
    assigned = await graphql(
        client, ASSIGN, {"input": {"leadIds": [lead_id], "ownerTeamId": team_id}}, account=owner
    )
    assert assigned["data"]["assignLeads"]["errors"] == []
    assert await lead_names(client, rep) == set()
    # on the team, the rep reaches its lead
    added = await graphql(
        client, ADD_TO_TEAM, {"input": {"teamId": team_id, "userId": rep.user_id}}, account=owner
    )
    assert added["data"]["addTeamMember"]["errors"] == []
    assert await lead_names(client, rep) == {"Åse Ødegård"}
    # and a rule of the tenant's reaches every rep the next request too
    await make_lead(database, owner, name="Unowned")
    assert await lead_names(client, rep) == {"Åse Ødegård"}
    shown = await graphql(client, SETTINGS, {"input": {"repsSeeAllLeads": True}}, account=owner)
    assert shown["data"]["updateTenantSettings"]["errors"] == []
    assert await lead_names(client, rep) == {"Åse Ødegård", "Unowned"}


async def test_a_login_ended_elsewhere_is_refused_by_the_next_request(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client)
    await graphql(client, TENANT_NAME, account=owner)  # kept
    second = await join(client, owner, "ADMIN", name="admin")
    await graphql(client, LOG_OUT_EVERYWHERE, account=second)
    await graphql(client, TENANT_NAME, account=owner)  # still in
    await graphql(client, LOG_OUT_EVERYWHERE, account=owner)
    refusal = await graphql_refusal(client, TENANT_NAME, account=owner)
    assert refusal["extensions"]["code"] == "UNAUTHENTICATED"


async def test_another_process_sees_a_change_at_once(
    client: httpx.AsyncClient, settings: Settings, database: Database
) -> None:
    """Two apps over one database, as two API processes: each keeps its own logins."""
    owner = await sign_up(client)
    rep = await join(client, owner, "SALES_REP", name="rep")
    other_app: Starlette = create_app(settings, database)
    transport = httpx.ASGITransport(app=other_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://other.test") as other:
        await graphql(client, TENANT_NAME, account=owner)
        assert await role(other, rep) == "SALES_REP"
        await change_role(client, owner, rep, "ADMIN")
        assert await role(other, rep) == "ADMIN"
        await graphql(client, LOG_OUT_EVERYWHERE, account=rep)
        refusal = await graphql_refusal(other, TENANT_NAME, account=rep)
        assert refusal["extensions"]["code"] == "UNAUTHENTICATED"


def _authenticated(expires_in: timedelta) -> Authenticated:
    user = User(email="kari@example.no", name="Kari Nordmann", password_hash="-")
    login = AuthSession(token_hash="d", expires_at=utcnow() + expires_in, revoked_at=None)
    return Authenticated(auth_session=login, user=user, memberships=[], tenants={})


def test_a_kept_login_carries_its_epoch_and_is_never_used_once_expired() -> None:
    logins = Logins()
    kept = logins.keep("live", 7, _authenticated(timedelta(hours=1)))
    logins.keep("expired", 7, _authenticated(timedelta(seconds=-1)))
    assert logins.get("live") is kept
    assert kept.epoch == 7
    assert logins.get("expired") is None
    assert logins.get("unknown") is None


def test_nothing_is_kept_without_an_epoch() -> None:
    logins = Logins()
    logins.keep("live", None, _authenticated(timedelta(hours=1)))
    assert logins.get("live") is None


def test_the_kept_logins_are_bounded() -> None:
    logins = Logins(size=2)
    for digest in ("a", "b", "c"):
        logins.keep(digest, 1, _authenticated(timedelta(hours=1)))
    assert sum(logins.get(digest) is not None for digest in ("a", "b", "c")) == 2
