"""A cap on the size of request bodies, declared or streamed: 413 beyond it.

Uploads (``multipart/form-data``, a lead list for an import) have a cap of
their own, the largest file an import takes and a little for the rest of the form.
"""

from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

DEFAULT_MAX_BYTES = 1_048_576
# What an upload's form holds beside its file: the operation and the map.
UPLOAD_FORM_BYTES = 64 * 1024


class _BodyTooLarge(Exception):
    """Raised to the app by ``receive`` instead of the chunk that crosses the limit."""


class BodySizeLimitMiddleware:
    """Answer 413 to an HTTP request whose body exceeds ``max_bytes``.

    A Content-Length above the limit is refused before the app runs. A body
    without one is counted as it streams in, and the app never receives more
    than the limit: the chunk that would cross it raises in the app instead.
    """

    def __init__(
        self,
        app: ASGIApp,
        max_bytes: int = DEFAULT_MAX_BYTES,
        upload_max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.upload_max_bytes = upload_max_bytes + UPLOAD_FORM_BYTES

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        max_bytes = self.upload_max_bytes if _is_upload(scope) else self.max_bytes
        declared = _content_length(scope)
        if declared is not None and declared > max_bytes:
            await _too_large(max_bytes)(scope, receive, send)
            return
        received = 0
        exceeded = False
        response_started = False

        async def receive_within_limit() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > max_bytes:
                    exceeded = True
                    raise _BodyTooLarge
            return message

        async def send_unless_refused(message: Message) -> None:
            nonlocal response_started
            if exceeded and not response_started:
                return  # the app answers a body it never got whole; the 413 replaces that
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, receive_within_limit, send_unless_refused)
        except Exception:
            # The app may let _BodyTooLarge out wrapped or replaced; what counts is
            # that the body was refused before any response began.
            if not exceeded or response_started:
                raise
        if exceeded and not response_started:
            await _too_large(max_bytes)(scope, receive, send)


def _is_upload(scope: Scope) -> bool:
    """A form carrying a file, sent with a login (nobody uploads without one)."""
    headers = dict(scope["headers"])
    media_type: bytes = headers.get(b"content-type", b"").partition(b";")[0].strip().lower()
    return media_type == b"multipart/form-data" and b"authorization" in headers


def _content_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None  # the server refuses a malformed length; counting still applies
    return None


def _too_large(max_bytes: int) -> PlainTextResponse:
    # Closing the connection: the rest of the body is never read.
    return PlainTextResponse(
        f"Request body too large; the limit is {max_bytes} bytes.",
        status_code=413,
        headers={"connection": "close"},
    )
