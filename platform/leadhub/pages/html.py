"""The pages' HTML: one plain layout, every value escaped, and a form's fields read."""

from collections.abc import Iterable
from html import escape
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
HEADERS = {
    # Nothing loads from anywhere, no one frames the page, forms post only here.
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"
    ),
    # The token is in the address: no other site may be told it.
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
}
STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}"
    "label{display:block;margin:1rem 0}input{display:block;width:100%;padding:.4rem}"
    ".problem{color:#a00}"
)


def page(
    title: str,
    *paragraphs: str,
    form_html: str = "",
    status_code: int = 200,
    form_may_lead_to: str | None = None,
    language: str = "en",
) -> HTMLResponse:
    """A page of plain text paragraphs (escaped here) and an optional form (built by
    ``form``, which escapes its own values). A form whose answer redirects elsewhere
    names where (``form_may_lead_to``, a CSP source): browsers hold the redirect
    after a post to ``form-action`` too."""
    headers = dict(HEADERS)
    if form_may_lead_to is not None:
        headers["Content-Security-Policy"] = headers["Content-Security-Policy"].replace(
            "form-action 'self'", f"form-action 'self' {form_may_lead_to}"
        )
    body = "".join(f"<p>{escape(text)}</p>" for text in paragraphs)
    return HTMLResponse(
        f'<!doctype html><html lang="{escape(language)}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)} · Leadhub</title><style>{STYLE}</style></head>"
        f"<body><h1>{escape(title)}</h1>{body}{form_html}</body></html>",
        status_code=status_code,
        headers=headers,
    )


def problems_list(messages: Iterable[str]) -> str:
    items = "".join(f"<li>{escape(message)}</li>" for message in messages)
    return f'<ul class="problem">{items}</ul>' if items else ""


async def read_form(request: Request) -> dict[str, str] | Response:
    """The fields of a posted form (the first value of each), or the response refusing
    a body that is not a form."""
    content_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if content_type != FORM_CONTENT_TYPE:
        return PlainTextResponse(f"Send the form as {FORM_CONTENT_TYPE}.", status_code=415)
    try:
        text = (await request.body()).decode()
    except UnicodeDecodeError:
        return PlainTextResponse("The form is not valid UTF-8.", status_code=400)
    return {name: values[0] for name, values in parse_qs(text).items()}
