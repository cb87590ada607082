"""Goals over GraphQL: set by a sales manager for marketing and sales together,
seen by everyone with the tenant's progress, refused to a rep, corrected and
removed; and the daily sweep tells the owners by email when one is reached."""

from datetime import datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import httpx
from starlette.applications import Starlette

from leadhub import schedule
from leadhub.app import create_app
from leadhub.db import Database, utcnow
from leadhub.settings import Settings
from tests.analytics.scenario import OSLO
from tests.builders import Account, graphql, graphql_refusal, join, sign_up
from tests.graphql.activity.test_feed import CREATE
from tests.graphql.activity.test_feeds import ADD_MEMBER
from tests.workers import embedded_worker

GOAL_FIELDS = """
  goal {
    id name metric target period firstDay lastDay
    owners { name }
    progress { value expectedByNow forecast daysGone days status }
  }
  errors { field code message }
"""
CREATE_GOAL = f"mutation($input: GoalInput!) {{ createGoal(input: $input) {{ {GOAL_FIELDS} }} }}"
UPDATE_GOAL = (
    f"mutation($input: UpdateGoalInput!) {{ updateGoal(input: $input) {{ {GOAL_FIELDS} }} }}"
)
DELETE_GOAL = """
mutation($id: ID!) { deleteGoal(input: {goalId: $id}) { deletedGoalId errors { code } } }
"""
GOALS = "query { goals { edges { node { name progress { value status } } } } }"


async def team(client: httpx.AsyncClient, owner: Account, name: str, kind: str) -> str:
    made = f'mutation {{ createTeam(input: {{name: "{name}", kind: {kind}}}) {{ team {{ id }} }} }}'
    body = await graphql(client, made, account=owner)
    team_id: str = body["data"]["createTeam"]["team"]["id"]
    return team_id


def this_month() -> str:
    return datetime.now(OSLO).date().replace(day=1).isoformat()


def goal_input(team_ids: list[str], **fields: Any) -> dict[str, Any]:
    return {
        "name": "Nye leads i måneden",
        "metric": "LEAD_VOLUME",
        "target": "2",
        "period": "MONTH",
        "firstDay": this_month(),
        "teamIds": team_ids,
        **fields,
    }


async def test_a_shared_goal_set_seen_corrected_and_removed(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client, "Fjellvann AS")
    manager = await join(client, owner, "SALES_MANAGER", name="Sigrid")
    rep = await join(client, owner, "SALES_REP", name="Rønnaug")
    teams = [
        await team(client, owner, "Markedsføring", "MARKETING"),
        await team(client, owner, "Salg", "SALES"),
    ]
    await graphql(client, CREATE, {"lead": {"name": "Åse Ødegård"}}, account=owner)
    made = await graphql(client, CREATE_GOAL, {"input": goal_input(teams)}, account=manager)
    payload = made["data"]["createGoal"]
    assert payload["errors"] == []
    goal = payload["goal"]
    assert [owner_team["name"] for owner_team in goal["owners"]] == ["Markedsføring", "Salg"]
    assert goal["firstDay"] == this_month()
    assert (goal["progress"]["value"], goal["progress"]["status"]) in [
        ("1", "ON_PACE"),
        ("1", "BEHIND"),
    ]

    # The rep sees the progress of the leads in reach, as every KPI: none of theirs yet.
    seen = await graphql(client, GOALS, account=rep)
    assert seen["data"]["goals"]["edges"][0]["node"]["progress"]["value"] == "0"
    await graphql(
        client, CREATE, {"lead": {"name": "Bjørn Bø", "ownerId": rep.user_id}}, account=owner
    )
    seen = await graphql(client, GOALS, account=rep)
    assert seen["data"]["goals"]["edges"][0]["node"]["progress"]["value"] == "1"
    refused = await graphql_refusal(client, CREATE_GOAL, {"input": goal_input(teams)}, account=rep)
    assert refused["extensions"]["code"] == "FORBIDDEN"

    corrected = await graphql(
        client,
        UPDATE_GOAL,
        {"input": {"goalId": goal["id"], "target": "2"}},
        account=manager,
    )
    assert corrected["data"]["updateGoal"]["goal"]["progress"]["status"] == "REACHED"
    removed = await graphql(client, DELETE_GOAL, {"id": goal["id"]}, account=manager)
    assert removed["data"]["deleteGoal"] == {"deletedGoalId": goal["id"], "errors": []}
    assert (await graphql(client, GOALS, account=rep))["data"]["goals"]["edges"] == []


async def test_a_goal_asked_wrongly_names_every_fault(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    sales = await team(client, owner, "Salg", "SALES")
    wrong = goal_input([sales], name="", metric="WIN_RATE", target="3")
    body = await graphql(client, CREATE_GOAL, {"input": wrong}, account=owner)
    errors = body["data"]["createGoal"]["errors"]
    assert {(error["field"], error["code"]) for error in errors} == {
        ("name", "INVALID"),
        ("target", "INVALID"),
    }
    stranger = await sign_up(client, "Havbris AS")
    theirs = await team(client, stranger, "Salg", "SALES")
    body = await graphql(client, CREATE_GOAL, {"input": goal_input([sales, theirs])}, account=owner)
    [error] = body["data"]["createGoal"]["errors"]
    assert (error["field"], error["code"]) == ("teamIds.1", "NOT_FOUND")
    body = await graphql(
        client, CREATE_GOAL, {"input": goal_input(["bm9uc2Vuc2U="])}, account=owner
    )
    [error] = body["data"]["createGoal"]["errors"]
    assert (error["field"], error["code"]) == ("teamIds.0", "NOT_FOUND")
    assert (await graphql(client, GOALS, account=owner))["data"]["goals"]["edges"] == []


async def test_the_daily_sweep_emails_the_owners_when_a_goal_is_reached(
    committing_postgres: Database, settings: Settings, tmp_path: Path
) -> None:
    app: Starlette = create_app(settings, committing_postgres)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://leadhub.test") as client:
        owner = await sign_up(client, "Havbris AS")
        marketer = await join(client, owner, "MARKETING", name="Åsmund")
        marketing = await team(client, owner, "Markedsføring", "MARKETING")
        added = {"teamId": marketing, "userId": marketer.user_id}
        await graphql(client, ADD_MEMBER, {"input": added}, account=owner)
        for name in ("Åse", "Bjørn"):
            await graphql(client, CREATE, {"lead": {"name": name}}, account=owner)
        await graphql(client, CREATE_GOAL, {"input": goal_input([marketing])}, account=owner)
    outbox = tmp_path / "outbox"
    async with embedded_worker(settings, committing_postgres, outbox) as jobs_done:
        schedule.queue_sweep((utcnow() + timedelta(days=1)).date())
        await jobs_done()
    messages = [
        message_from_bytes(path.read_bytes(), policy=policy.default)
        for path in outbox.glob("*.eml")
    ]
    told = [(message["To"], message["Subject"]) for message in messages]
    assert told == [(marketer.email.casefold(), "Goal reached: Nye leads i måneden")]
