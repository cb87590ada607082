"""Typed user errors for payloads, and masking of unexpected errors."""

import uuid

import strawberry
import structlog
from strawberry.extensions import MaskErrors

from graphql import GraphQLError

log = structlog.get_logger(__name__)


@strawberry.interface(description="Why a mutation was refused; nothing was written.")
class UserError:
    field: str | None = strawberry.field(description="The input field at fault, if one is.")
    message: str


class UserInputError(GraphQLError):
    """A malformed argument to a query (a bad cursor, say): not a bug, not masked."""

    def __init__(self, message: str, field: str | None = None) -> None:
        extensions = {"code": "BAD_USER_INPUT", **({"field": field} if field else {})}
        super().__init__(message, extensions=extensions)


def _is_expected(error: GraphQLError) -> bool:
    original = error.original_error
    # Validation, permission and input errors are addressed to the client.
    return original is None or isinstance(original, GraphQLError)


class MaskInternalErrors(MaskErrors):
    """Replace a bug's message with an id that the log line of its traceback carries."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=lambda error: not _is_expected(error))

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        error_id = uuid.uuid4().hex
        log.error(
            "graphql.internal_error",
            error_id=error_id,
            path=error.path,
            exc_info=error.original_error,
        )
        return GraphQLError(
            f"Internal server error (id {error_id}).",
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            extensions={"code": "INTERNAL_SERVER_ERROR", "errorId": error_id},
        )
