"""A person's own account: the name their teams see, and the language the web app
speaks to them, which follows them to every tenant and every login."""

from dataclasses import replace
from typing import Any

import httpx

from tests.builders import PASSWORD, Account, graphql, graphql_refusal, join, post, sign_up

UPDATE = """
mutation Update($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    me { user { name } language currentMembership { role } }
    errors { field code message }
  }
}
"""
ME = "query { me { user { name } language } }"
LOG_IN = "mutation($input: LogInInput!) { logIn(input: $input) { token } }"


async def update(client: httpx.AsyncClient, account: Account, **fields: Any) -> dict[str, Any]:
    body = await graphql(client, UPDATE, {"input": fields}, account=account)
    payload: dict[str, Any] = body["data"]["updateProfile"]
    return payload


async def me(client: httpx.AsyncClient, account: Account) -> dict[str, Any]:
    body = await graphql(client, ME, account=account)
    found: dict[str, Any] = body["data"]["me"]
    return found


async def test_a_new_person_follows_their_browser_until_they_choose(
    client: httpx.AsyncClient,
) -> None:
    owner = await sign_up(client, company="Fjordkraft Salg AS")

    assert (await me(client, owner))["language"] is None

    payload = await update(client, owner, language="NB")

    assert payload == {
        "me": {
            "user": {"name": "Owner Person"},
            "language": "NB",
            "currentMembership": {"role": "OWNER"},
        },
        "errors": [],
    }
    # kept for every later request and login
    assert (await me(client, owner))["language"] == "NB"
    logged_in = await graphql(
        client, LOG_IN, {"input": {"email": owner.email, "password": PASSWORD}}
    )
    again = replace(owner, token=logged_in["data"]["logIn"]["token"])
    assert (await me(client, again))["language"] == "NB"
    # a null goes back to the browser's
    assert (await update(client, owner, language=None))["me"]["language"] is None


async def test_a_name_is_cleaned_and_seen_by_the_team(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client, company="Fjordkraft Salg AS")
    rep = await join(client, owner, "SALES_REP", name="rep")

    payload = await update(client, rep, name="  Kari   Nordmann-Ødegård ")

    assert payload["me"]["user"]["name"] == "Kari Nordmann-Ødegård"
    members = await graphql(
        client, "query { tenant { members { edges { node { user { name } } } } } }", account=owner
    )
    names = {edge["node"]["user"]["name"] for edge in members["data"]["tenant"]["members"]["edges"]}
    assert "Kari Nordmann-Ødegård" in names


async def test_a_bad_name_is_refused_and_nothing_changes(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client, company="Fjordkraft Salg AS")

    for bad in ("", "   ", "x" * 201, "Kari\x07Nordmann", None):
        payload = await update(client, owner, name=bad, language="EN")

        assert payload["me"] is None
        assert [(e["field"], e["code"]) for e in payload["errors"]] == [("name", "INVALID")]
    assert await me(client, owner) == {"user": {"name": "Owner Person"}, "language": None}


async def test_a_language_the_app_does_not_speak_is_refused(client: httpx.AsyncClient) -> None:
    owner = await sign_up(client, company="Fjordkraft Salg AS")

    response = await post(client, UPDATE, {"input": {"language": "SV"}}, account=owner)

    assert response.status_code == 400  # not a valid request at all
    assert "Value 'SV' does not exist in 'Language' enum" in response.json()["errors"][0]["message"]
    assert (await me(client, owner))["language"] is None


async def test_only_a_logged_in_person_has_a_profile(client: httpx.AsyncClient) -> None:
    error = await graphql_refusal(client, UPDATE, {"input": {"language": "EN"}})

    assert error["extensions"]["code"] == "UNAUTHENTICATED"
