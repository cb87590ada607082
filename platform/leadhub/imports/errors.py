"""Why an import, or a file given to one, was refused."""

from enum import StrEnum

from leadhub.errors import DomainError


class ImportErrorCode(StrEnum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    EMPTY_FILE = "empty_file"
    NO_HEADER = "no_header"
    NOT_A_TABLE = "not_a_table"  # binary, or a format we do not read
    TOO_LARGE = "too_large"
    TOO_MANY_ROWS = "too_many_rows"
    WRONG_ENCODING = "wrong_encoding"
    ALREADY_STARTED = "already_started"
    ALREADY_ENDED = "already_ended"
    NAME_TAKEN = "name_taken"


class LeadImportError(DomainError):
    code: ImportErrorCode


def invalid(message: str, field: str) -> LeadImportError:
    return LeadImportError(ImportErrorCode.INVALID, message, field)
