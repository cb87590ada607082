"""The page a password reset email links to: a new password, through the service
the resetPassword mutation calls."""

from starlette.requests import Request
from starlette.responses import Response

from leadhub.errors import DomainError
from leadhub.pages.html import form, page, read_form
from leadhub.principal import Visitor
from leadhub.runtime import runtime
from leadhub.tenants import password_reset
from leadhub.work import unit_of_work

TITLE = "Choose a new Leadhub password"
FIELDS = (("newPassword", "New password", "password"),)


def _form(token: str, problems: list[str] | None = None) -> Response:
    return page(
        TITLE,
        "Setting it logs you out everywhere.",
        form_html=form(token=token, fields=FIELDS, submit="Set password", problems=problems or []),
        status_code=400 if problems else 200,
    )


async def reset_password(request: Request) -> Response:
    if request.method == "GET":
        return _form(request.query_params.get("token", ""))
    fields = await read_form(request)
    if isinstance(fields, Response):
        return fields
    token = fields.get("token", "")
    app = runtime(request)
    async with unit_of_work(app.database, Visitor()) as work:
        result = await work.run(
            lambda work: password_reset.reset_password(
                work,
                app.settings,
                token=token,
                new_password=fields.get("newPassword", ""),
                client_address=request.client.host if request.client else None,
            )
        )
    if isinstance(result, DomainError):
        return _form(token, [problem.message for problem in result.problems])
    return page("Your password is set", "Log in to the app with your new password.")
