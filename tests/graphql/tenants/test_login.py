import httpx
import pytest

from leadhub.app import create_app
from leadhub.db import Database
from leadhub.settings import Settings
from tests.builders import (
    ACCEPT,
    PASSWORD,
    graphql,
    graphql_refusal,
    join,
    post,
    sent_invitation_token,
    sign_up,
    unique_email,
)

LOG_IN = """
mutation LogIn($input: LogInInput!) {
  logIn(input: $input) { token user { email } errors { field code message } }
}
"""
LOG_OUT = """
mutation LogOut($input: LogOutInput!) {
  logOut(input: $input) { endedSessions errors { code } }
}
"""
ME = "query { me { user { email } currentMembership { role } } }"
TENANT = "query { tenant { id name } }"


def credentials(email: str, password: str = PASSWORD) -> dict[str, object]:
    return {"input": {"email": email, "password": password}}


async def test_log_in_gives_a_token_that_identifies_the_user(client: httpx.AsyncClient) -> None:
    account = await sign_up(client)
    body = await graphql(client, LOG_IN, credentials(account.email.upper()))
    token = body["data"]["logIn"]["token"]
    assert token and token != account.token
    me = await graphql(client, ME, token=token)
    assert me["data"]["me"] == {
        "user": {"email": account.email},
        "currentMembership": {"role": "OWNER"},
    }


async def test_wrong_password_and_unknown_email_are_refused_alike(
    client: httpx.AsyncClient,
) -> None:
    account = await sign_up(client)
    wrong = await graphql(client, LOG_IN, credentials(account.email, "not the password"))
    unknown = await graphql(client, LOG_IN, credentials(unique_email("nobody")))
    malformed = await graphql(client, LOG_IN, credentials("@@"))
    for body in (wrong, unknown, malformed):
        assert body["data"]["logIn"]["token"] is None
        assert [e["code"] for e in body["data"]["logIn"]["errors"]] == ["INVALID_CREDENTIALS"]


async def test_log_in_is_rate_limited_per_account(client: httpx.AsyncClient) -> None:
    account = await sign_up(client)
    # the default allows 10 attempts a minute on one account
    for _ in range(10):
        await graphql(client, LOG_IN, credentials(account.email, "guessing wrong"))
    body = await graphql(client, LOG_IN, credentials(account.email))
    assert [e["code"] for e in body["data"]["logIn"]["errors"]] == ["RATE_LIMITED"]
    assert body["data"]["logIn"]["token"] is None


async def test_the_account_limit_sees_through_spelling(client: httpx.AsyncClient) -> None:
    account = await sign_up(client)
    # ten wrong guesses, each spelling the address differently
    for attempt in range(10):
        spelling = " " * attempt + (account.email.upper() if attempt % 2 else account.email)
        await graphql(client, LOG_IN, credentials(spelling, "guessing wrong"))
    body = await graphql(client, LOG_IN, credentials(account.email))
    assert [e["code"] for e in body["data"]["logIn"]["errors"]] == ["RATE_LIMITED"]


async def test_log_in_is_rate_limited_per_client_address(
    settings: Settings, database: Database
) -> None:
    # given a stricter limit per address than per account
    strict = settings.model_copy(update={"login_rate_limit_per_address": "3/minute"})
    transport = httpx.ASGITransport(app=create_app(strict, database), client=("198.51.100.9", 1))
    async with httpx.AsyncClient(transport=transport, base_url="http://leadhub.test") as client:
        account = await sign_up(client)
        # when one address tries three different accounts
        for _ in range(3):
            await graphql(client, LOG_IN, credentials(unique_email("guess")))
        # then even the right password for a fourth is refused from there
        body = await graphql(client, LOG_IN, credentials(account.email))
    assert [e["code"] for e in body["data"]["logIn"]["errors"]] == ["RATE_LIMITED"]


async def test_log_out_ends_the_session(client: httpx.AsyncClient) -> None:
    account = await sign_up(client)
    second = (await graphql(client, LOG_IN, credentials(account.email)))["data"]["logIn"]["token"]
    body = await graphql(client, LOG_OUT, {"input": {}}, token=account.token)
    assert body["data"]["logOut"] == {"endedSessions": 1, "errors": []}
    ended = await graphql_refusal(client, ME, token=account.token)
    assert ended["extensions"]["code"] == "UNAUTHENTICATED"
    still = await graphql(client, ME, token=second)
    assert still["data"]["me"]["user"]["email"] == account.email


async def test_log_out_everywhere_ends_every_session(client: httpx.AsyncClient) -> None:
    account = await sign_up(client)
    second = (await graphql(client, LOG_IN, credentials(account.email)))["data"]["logIn"]["token"]
    body = await graphql(client, LOG_OUT, {"input": {"everywhere": True}}, token=account.token)
    assert body["data"]["logOut"]["endedSessions"] == 2
    for token in (account.token, second):
        refusal = await graphql_refusal(client, ME, token=token)
        assert refusal["extensions"]["code"] == "UNAUTHENTICATED"


async def test_log_out_needs_a_login(client: httpx.AsyncClient) -> None:
    refusal = await graphql_refusal(client, LOG_OUT, {"input": {}}, token="forged")
    assert refusal["extensions"]["code"] == "UNAUTHENTICATED"


async def test_a_user_in_several_tenants_chooses_one_per_request(client: httpx.AsyncClient) -> None:
    # given a person who owns one tenant and is a sales rep in another
    first = await sign_up(client, company="First AS")
    second = await sign_up(client, company="Second AS")
    rep = await join(client, second, "SALES_REP", name="rep")
    invited = await graphql(
        client,
        """mutation($input: InviteMemberInput!) {
             inviteMember(input: $input) { invitation { id } errors { code } } }""",
        {"input": {"email": rep.email, "role": "MARKETING"}},
        account=first,
    )
    token = sent_invitation_token(invited["data"]["inviteMember"]["invitation"]["id"])
    accepted = await graphql(client, ACCEPT, {"input": {"token": token}}, token=rep.token)
    assert accepted["data"]["acceptInvitation"]["errors"] == []

    # when they name no tenant, tenant data is refused with a clear error
    response = await post(client, TENANT, token=rep.token)
    assert response.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    # and `me` lists both memberships, each with its tenant
    me_all = await graphql(
        client, "query { me { memberships { role tenant { name } } } }", token=rep.token
    )
    assert sorted(
        (m["tenant"]["name"], m["role"]) for m in me_all["data"]["me"]["memberships"]
    ) == [("First AS", "MARKETING"), ("Second AS", "SALES_REP")]
    # and each request names the tenant it is for
    for account, name, role in (
        (first, "First AS", "MARKETING"),
        (second, "Second AS", "SALES_REP"),
    ):
        body = await graphql(client, TENANT, token=rep.token, tenant_id=account.tenant_id)
        assert body["data"]["tenant"]["name"] == name
        me = await graphql(client, ME, token=rep.token, tenant_id=account.tenant_id)
        assert me["data"]["me"]["currentMembership"]["role"] == role


@pytest.mark.parametrize("token", ["forged", "ended"])
async def test_a_bad_login_is_unauthenticated_whatever_tenant_it_names(
    client: httpx.AsyncClient, token: str
) -> None:
    # given a real tenant, named by a request whose login proves nothing
    account = await sign_up(client)
    if token == "ended":
        await graphql(client, LOG_OUT, {"input": {}}, account=account)
    sent = account.token if token == "ended" else "forged"
    # then tenant data, and acting in it, answer UNAUTHENTICATED, not FORBIDDEN
    for document in (TENANT, 'mutation { createTeam(input: {name: "X"}) { team { id } } }'):
        refusal = await graphql_refusal(client, document, token=sent, tenant_id=account.tenant_id)
        assert refusal["extensions"]["code"] == "UNAUTHENTICATED", document
        assert refusal["message"].startswith("That login has ended"), refusal
    # while a valid login naming a tenant it does not belong to is FORBIDDEN
    other = await sign_up(client, company="Other AS")
    refusal = await graphql_refusal(client, TENANT, token=other.token, tenant_id=account.tenant_id)
    assert refusal["extensions"]["code"] == "FORBIDDEN"
