"""Structured logs: one JSON line per event on stderr, and one access line per request.

structlog and the standard library (uvicorn, SQLAlchemy, Dramatiq) share one
handler and one formatter on the root logger. ``RequestLogMiddleware`` gives each
request an id; ``bind_tenant`` and ``bind_user`` add the caller once it is known, so
every later line of the request, and its access line, carry them.
"""

import logging
import re
import sys
import time
import uuid
from contextvars import ContextVar

import structlog
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from structlog.typing import Processor

from leadhub.settings import Settings

REQUEST_ID_HEADER = "X-Request-ID"

# An incoming id is reused only if it cannot forge or bloat a log line.
_SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")

_SHARED_PROCESSORS: list[Processor] = [
    structlog.contextvars.merge_contextvars,
    structlog.stdlib.add_log_level,
    structlog.stdlib.add_logger_name,
    structlog.stdlib.PositionalArgumentsFormatter(),
    structlog.processors.TimeStamper(fmt="iso", utc=True),
]

# Loggers that libraries may have given handlers of their own: their lines go
# through the root handler instead, in the same format.
_LIBRARY_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access", "sqlalchemy", "dramatiq")

# What was bound during the current request. A mutable dict in a context variable is
# shared with the tasks and threads the request spawns (they copy the context, not
# the dict), so a tenant bound in a threaded endpoint still reaches the access line.
_request_fields: ContextVar[dict[str, str] | None] = ContextVar("request_fields", default=None)

_access_log = structlog.stdlib.get_logger("leadhub.access")


class _StderrHandler(logging.Handler):
    """Writes to the current ``sys.stderr``, so later redirections of it are followed."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
            sys.stderr.flush()
        except Exception:
            self.handleError(record)


def configure_logging(settings: Settings) -> None:
    """Route structlog and stdlib logging to stderr; calling it again replaces, not adds."""
    # Settings validated the name already.
    level = logging.getLevelNamesMapping()[settings.log_level]
    structlog.configure(
        processors=[
            structlog.stdlib.filter_by_level,
            *_SHARED_PROCESSORS,
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        # Safe to cache: the level lives on the stdlib loggers and the renderer on
        # the handler, so reconfiguring still reaches loggers already in use.
        cache_logger_on_first_use=True,
    )
    rendering: list[Processor] = (
        [structlog.processors.format_exc_info, structlog.processors.JSONRenderer()]
        if settings.log_json
        else [structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())]
    )
    handler = _StderrHandler()
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=_SHARED_PROCESSORS,
            processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, *rendering],
        )
    )
    root = logging.getLogger()
    # Only our own handler is replaced: others (pytest's capture, for one) stay.
    for previous in [h for h in root.handlers if isinstance(h, _StderrHandler)]:
        root.removeHandler(previous)
    root.addHandler(handler)
    root.setLevel(level)
    for name in _LIBRARY_LOGGERS:
        library_logger = logging.getLogger(name)
        library_logger.handlers.clear()
        library_logger.propagate = True
    # RequestLogMiddleware writes the access line, with the request id and tenant.
    logging.getLogger("uvicorn.access").setLevel(logging.WARNING)


def bind_tenant(tenant_id: uuid.UUID) -> None:
    """Tag the rest of this request's log lines, and its access line, with the tenant."""
    _bind(tenant_id=str(tenant_id))


def bind_user(user_id: uuid.UUID) -> None:
    """Tag the rest of this request's log lines, and its access line, with the user."""
    _bind(user_id=str(user_id))


class RequestLogMiddleware:
    """Give each HTTP request an id and write one access line when it ends."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _incoming_request_id(scope) or uuid.uuid4().hex
        fields = {"request_id": request_id}
        fields_token = _request_fields.set(fields)
        # Cleared on entry and exit: a server may run several requests in one context.
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(request_id=request_id)
        status = 500  # if the app raises before it responds, the server answers 500
        started = time.perf_counter()

        async def send_with_request_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message)[REQUEST_ID_HEADER] = request_id
            await send(message)

        try:
            await self.app(scope, receive, send_with_request_id)
        finally:
            _access_log.log(
                logging.ERROR if status >= 500 else logging.INFO,
                "request",
                method=scope["method"],
                path=scope["path"],
                status=status,
                duration_ms=round((time.perf_counter() - started) * 1000, 2),
                **fields,
            )
            structlog.contextvars.clear_contextvars()
            _request_fields.reset(fields_token)


def _bind(**fields: str) -> None:
    structlog.contextvars.bind_contextvars(**fields)
    request_fields = _request_fields.get()
    if request_fields is not None:
        request_fields.update(fields)


def _incoming_request_id(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"x-request-id":
            candidate = value.decode("latin-1")
            return candidate if _SANE_REQUEST_ID.fullmatch(candidate) else None
    return None
