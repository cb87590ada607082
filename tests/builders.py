"""Test data through the real API: sign up companies, log people in, post documents."""

import itertools
import uuid
from dataclasses import dataclass
from typing import Any

import dramatiq
import httpx
from dramatiq import Message
from dramatiq.brokers.stub import StubBroker
from strawberry import relay

from leadhub.db import Database, new_id
from leadhub.leads import service as lead_service
from leadhub.onboarding import service as onboarding
from leadhub.principal import Member, Newcomer, Role, SystemJob
from leadhub.settings import Settings
from leadhub.tenants import service
from leadhub.work import UnitOfWork, unit_of_work

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
PASSWORD = "correct horse battery staple"

_serial = itertools.count(1)

SIGN_UP = """
mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    token
    user { id email }
    tenant { id name }
    errors { field code message }
  }
}
"""


@dataclass(frozen=True)
class Account:
    email: str
    token: str
    user_id: str
    tenant_id: str  # the tenant's global id


async def post(
    client: httpx.AsyncClient,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    account: Account | None = None,
    tenant_id: str | None = None,
    token: str | None = None,
) -> httpx.Response:
    headers = {"accept": GRAPHQL_RESPONSE_JSON}
    if token or account:
        headers["authorization"] = f"Bearer {token or account.token}"  # type: ignore[union-attr]
    if tenant_id or account:
        headers["x-tenant-id"] = tenant_id or account.tenant_id  # type: ignore[union-attr]
    return await client.post(
        "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
    )


async def _body(
    client: httpx.AsyncClient, query: str, variables: dict[str, Any] | None, **identity: Any
) -> dict[str, Any]:
    response = await post(client, query, variables, **identity)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def graphql(
    client: httpx.AsyncClient,
    query: str,
    variables: dict[str, Any] | None = None,
    **identity: Any,
) -> dict[str, Any]:
    """The body of a request that must succeed: no GraphQL errors at all."""
    body = await _body(client, query, variables, **identity)
    assert "errors" not in body, body["errors"]
    return body


async def graphql_refusal(
    client: httpx.AsyncClient,
    query: str,
    variables: dict[str, Any] | None = None,
    **identity: Any,
) -> dict[str, Any]:
    """The first error of a request that must be refused by a GraphQL error."""
    body = await _body(client, query, variables, **identity)
    assert body.get("errors"), body
    error: dict[str, Any] = body["errors"][0]
    return error


def unique_email(name: str = "person") -> str:
    return f"{name}.{next(_serial)}@example.com"


async def sign_up(
    client: httpx.AsyncClient,
    company: str = "Acme AS",
    email: str | None = None,
    default_region: str | None = None,
) -> Account:
    email = email or unique_email("owner")
    body = await graphql(
        client,
        SIGN_UP,
        {
            "input": {
                "companyName": company,
                "ownerName": "Owner Person",
                "email": email,
                "password": PASSWORD,
                "defaultRegion": default_region,
            }
        },
    )
    payload = body["data"]["signUp"]
    assert payload["errors"] == [], payload
    return Account(
        email=email,
        token=payload["token"],
        user_id=payload["user"]["id"],
        tenant_id=payload["tenant"]["id"],
    )


async def sign_up_in(
    work: UnitOfWork[Newcomer], settings: Settings, company: str, email: str | None = None
) -> service.SignUp:
    """Sign up through the service, as the newcomer founding the tenant."""
    form = service.SignUpForm(
        company_name=company,
        owner_name="Owner Person",
        email=email or unique_email("owner"),
        password=PASSWORD,
    )
    return await onboarding.sign_up(work, settings, form, client_address=None)


async def make_tenant(
    database: Database, settings: Settings, company: str = "Acme AS"
) -> service.SignUp:
    """A signed-up tenant with its owner and default funnel, committed."""
    async with unit_of_work(database, Newcomer(new_id())) as work, work.transaction():
        return await sign_up_in(work, settings, company)


def owner_of(signed_up: service.SignUp) -> Member:
    """The tenant's founder, acting as its owner."""
    return Member(signed_up.tenant.id, signed_up.user.id, Role.OWNER)


def system_job(tenant_id: uuid.UUID) -> SystemJob:
    """Work a test does in a tenant as the system, for no one in particular."""
    return SystemJob(tenant_id, "test")


INVITE = """
mutation Invite($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    invitation { id email role status }
    errors { field code message }
  }
}
"""

ACCEPT = """
mutation Accept($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    membership { id role user { id email } tenant { id } }
    token
    errors { field code message }
  }
}
"""


def sent_invitation_token(invitation_id: str) -> str:
    """The token in the invitation email job on the in-process broker (by global id)."""
    row_id = relay.GlobalID.from_id(invitation_id).node_id
    broker = dramatiq.get_broker()
    assert isinstance(broker, StubBroker)
    messages = [
        Message.decode(data) for queue in broker.queues.values() for data in list(queue.queue)
    ]
    tokens = [
        str(message.kwargs["token"])
        for message in messages
        if message.actor_name == "send_invitation_email"
        and message.kwargs["invitation_id"] == row_id
    ]
    assert tokens, f"no invitation email was enqueued for {invitation_id}"
    return tokens[-1]


async def join(
    client: httpx.AsyncClient, owner: Account, role: str, name: str = "member"
) -> Account:
    """A new person invited by ``owner`` with ``role``, who accepted as a new account."""
    email = unique_email(name)
    invited = await graphql(
        client, INVITE, {"input": {"email": email, "role": role}}, account=owner
    )
    invitation = invited["data"]["inviteMember"]
    assert invitation["errors"] == [], invited
    token = sent_invitation_token(invitation["invitation"]["id"])
    accepted = await graphql(
        client, ACCEPT, {"input": {"token": token, "name": name, "password": PASSWORD}}
    )
    payload = accepted["data"]["acceptInvitation"]
    assert payload["errors"] == [], payload
    return Account(
        email=email,
        token=payload["token"],
        user_id=payload["membership"]["user"]["id"],
        tenant_id=owner.tenant_id,
    )


async def make_lead(
    database: Database,
    account: Account,
    *,
    stage_id: str | None = None,
    source_id: str | None = None,
    name: str = "Lead Person",
) -> uuid.UUID:
    """A lead in the account's tenant through the service, in a stage (global id) or the first."""
    tenant_id = uuid.UUID(relay.GlobalID.from_id(account.tenant_id).node_id)
    async with unit_of_work(database, system_job(tenant_id)) as work, work.transaction():
        lead = await lead_service.create_lead(
            work,
            lead_service.LeadFields(name=name, source_id=_row_id(source_id)),
            stage_id=_row_id(stage_id),
        )
        return lead.id


def _row_id(global_id: str | None) -> uuid.UUID | None:
    return row_id(global_id) if global_id else None


def row_id(global_id: str) -> uuid.UUID:
    """The row id inside a global id."""
    return uuid.UUID(relay.GlobalID.from_id(global_id).node_id)
