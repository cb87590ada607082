"""Requests the endpoint refuses before running them, answered as GraphQL errors.

Strawberry answers its own refusals (``HTTPException``) in plain text; a GraphQL
client reads ``errors`` instead, so every refusal gets the shape of a request error,
``{"errors": [{"message": ..., "extensions": {"code": ...}}]}``, with its status.
"""

from enum import StrEnum
from http import HTTPStatus

from cross_web import HTTPException
from starlette.responses import JSONResponse


class RefusalCode(StrEnum):
    """What was wrong with the request, for a client to act on."""

    BAD_REQUEST = "BAD_REQUEST"
    INVALID_JSON = "INVALID_JSON"
    INVALID_ENCODING = "INVALID_ENCODING"
    NUMBER_OUT_OF_RANGE = "NUMBER_OUT_OF_RANGE"
    NESTED_TOO_DEEPLY = "NESTED_TOO_DEEPLY"
    METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"
    NOT_ACCEPTABLE = "NOT_ACCEPTABLE"
    UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE"
    RATE_LIMITED = "RATE_LIMITED"  # a partner's token spent its budget: see Retry-After


class Refusal(HTTPException):
    """An ``HTTPException`` that names its code and the headers its status asks for."""

    def __init__(
        self,
        status_code: int,
        reason: str,
        code: RefusalCode = RefusalCode.BAD_REQUEST,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(status_code, reason)
        self.code = code
        self.headers = headers or {}


def refusal_response(refusal: HTTPException, media_type: str) -> JSONResponse:
    """The GraphQL-shaped answer to a refusal, strawberry's own ones included."""
    if isinstance(refusal, Refusal):
        code, headers = refusal.code.value, refusal.headers
    else:
        code, headers = HTTPStatus(refusal.status_code).name, {}
    return JSONResponse(
        {"errors": [{"message": refusal.reason, "extensions": {"code": code}}]},
        status_code=refusal.status_code,
        headers=headers,
        media_type=media_type,
    )
