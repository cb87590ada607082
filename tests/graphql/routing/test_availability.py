"""Availability over GraphQL: a member sets their own, a manager anyone's, and what
cannot be is refused field by field with nothing written."""

from datetime import datetime
from typing import Any

import httpx

from tests.builders import Account, graphql, graphql_refusal, join, sign_up

FIELDS = "timeZone awayFrom awayUntil workingHours { weekday starts ends }"
UPDATE = f"""
mutation($input: UpdateAvailabilityInput!) {{
  updateAvailability(input: $input) {{ availability {{ {FIELDS} }} errors {{ field code }} }}
}}
"""
READ = f"query($user: ID) {{ tenant {{ availability(userId: $user) {{ {FIELDS} }} }} }}"
ME = "query { me { user { id } } }"
WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"]
OFFICE = [{"weekday": day, "starts": "08:00", "ends": "16:00"} for day in WEEKDAYS]


async def update(client: httpx.AsyncClient, account: Account, **fields: Any) -> dict[str, Any]:
    body = await graphql(client, UPDATE, {"input": fields}, account=account)
    payload: dict[str, Any] = body["data"]["updateAvailability"]
    return payload


async def read(client: httpx.AsyncClient, account: Account, user: str | None = None) -> Any:
    body = await graphql(client, READ, {"user": user}, account=account)
    return body["data"]["tenant"]["availability"]


async def test_a_rep_sets_their_hours_in_oslo_and_their_holiday(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, company="Fjordsalg AS")
    rep = await join(client, owner, "SALES_REP", name="rep")
    # a rep who never said is available at any hour, in the tenant's time zone
    assert await read(client, rep) == {
        "timeZone": None,
        "awayFrom": None,
        "awayUntil": None,
        "workingHours": None,
    }
    set_hours = await update(client, rep, timeZone=" europe/oslo", workingHours=OFFICE)
    assert set_hours["errors"] == []
    away = await update(
        client, rep, awayFrom="2026-07-01T08:00:00+02:00", awayUntil="2026-07-20T08:00:00+02:00"
    )
    assert away["errors"] == []
    # the rest stayed; the zone is spelled as IANA does, and the days come in order
    seen = await read(client, rep)
    assert seen["timeZone"] == "Europe/Oslo"
    assert seen["workingHours"] == OFFICE
    assert datetime.fromisoformat(seen["awayFrom"]) == datetime.fromisoformat(
        "2026-07-01T06:00:00+00:00"
    )
    # the owner reads it too, and clearing the hours means any hour again
    assert await read(client, owner, rep.user_id) == seen
    cleared = await update(client, owner, userId=rep.user_id, workingHours=None)
    assert cleared["availability"]["workingHours"] is None
    assert cleared["availability"]["timeZone"] == "Europe/Oslo"


async def test_a_rep_may_not_set_anothers_and_a_manager_may(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client)
    rep = await join(client, owner, "SALES_REP", name="rep")
    manager = await join(client, owner, "SALES_MANAGER", name="manager")
    refused = await update(client, rep, userId=manager.user_id, timeZone="UTC")
    assert refused == {"availability": None, "errors": [{"field": "userId", "code": "NOT_ALLOWED"}]}
    allowed = await update(client, manager, userId=rep.user_id, timeZone="America/New_York")
    assert allowed["errors"] == []
    assert (await read(client, rep))["timeZone"] == "America/New_York"


async def test_hours_that_cannot_be_are_refused_and_nothing_is_written(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client)
    await update(client, owner, workingHours=OFFICE)
    before = await read(client, owner)
    for hours in (
        [{"weekday": "MONDAY", "starts": "25:00", "ends": "26:00"}],
        [{"weekday": "MONDAY", "starts": "16:00", "ends": "08:00"}],
        [
            {"weekday": "FRIDAY", "starts": "08:00", "ends": "12:00"},
            {"weekday": "FRIDAY", "starts": "11:30", "ends": "15:00"},
        ],
        [{"weekday": "SUNDAY", "starts": "00:00", "ends": "01:00"}] * 29,
        [{"weekday": "MONDAY", "starts": "x" * 100_000, "ends": "09:00"}],
    ):
        refused = await update(client, owner, workingHours=hours, timeZone="Asia/Tokyo")
        assert refused["errors"] == [{"field": "workingHours", "code": "INVALID"}], hours
    refused = await update(
        client, owner, awayFrom="2026-07-20T00:00:00Z", awayUntil="2026-07-01T00:00:00Z"
    )
    assert refused["errors"] == [{"field": "awayUntil", "code": "INVALID"}]
    refused = await update(client, owner, timeZone="Europa/Oslo")
    assert refused["errors"] == [{"field": "timeZone", "code": "INVALID"}]
    assert await read(client, owner) == before


async def test_another_tenants_member_has_no_availability_here(client: httpx.AsyncClient) -> None:
    owner, outsider = await sign_up(client), await sign_up(client, company="Annen AS")
    refused = await update(client, owner, userId=outsider.user_id, timeZone="UTC")
    assert refused["errors"] == [{"field": "userId", "code": "NOT_FOUND"}]
    assert await read(client, owner, outsider.user_id) is None
    assert await read(client, owner, "not an id") is None
    # and a visitor may not ask
    refusal = await graphql_refusal(client, READ, {"user": None})
    assert refusal["extensions"]["code"] == "UNAUTHENTICATED"
