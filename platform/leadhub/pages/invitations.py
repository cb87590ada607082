"""The page an invitation email links to: a new person joins with a name and a
password, through the service the acceptInvitation mutation calls."""

from starlette.requests import Request
from starlette.responses import Response

from leadhub.errors import DomainError
from leadhub.pages.html import form, page, read_form
from leadhub.principal import Newcomer
from leadhub.runtime import runtime
from leadhub.tenants import service
from leadhub.tenants.errors import TenantError
from leadhub.work import unit_of_work

TITLE = "Join your team on Leadhub"
FIELDS = (("name", "Your name", "text"), ("password", "Choose a password", "password"))


def _form(token: str, problems: list[str] | None = None) -> Response:
    status = 400 if problems else 200
    return page(
        TITLE,
        "Already have a Leadhub account? Log in in the app, then accept the invitation there.",
        form_html=form(token=token, fields=FIELDS, submit="Join", problems=problems or []),
        status_code=status,
    )


async def accept_invitation(request: Request) -> Response:
    if request.method == "GET":
        return _form(request.query_params.get("token", ""))
    fields = await read_form(request)
    if isinstance(fields, Response):
        return fields
    token = fields.get("token", "")
    app = runtime(request)
    try:
        tenant_id = service.invitation_tenant(token)
    except TenantError as error:
        return _form(token, [error.message])
    async with unit_of_work(app.database, Newcomer(tenant_id)) as work:
        result = await work.run(
            lambda work: service.accept_invitation(
                work,
                app.settings,
                token=token,
                user=None,
                name=fields.get("name", ""),
                password=fields.get("password", ""),
                client_address=request.client.host if request.client else None,
                log_in=False,  # the person logs in to the app, as the page says
            )
        )
    if isinstance(result, DomainError):
        return _form(token, [problem.message for problem in result.problems])
    return page(
        f"Welcome to {result.tenant.name}",
        f"You joined {result.tenant.name} as {result.membership.role.value.replace('_', ' ')}.",
        "Log in to the app with your email and the password you chose.",
    )
