"""What people type in: names, emails and passwords, checked and normalized."""

from leadhub import contact
from leadhub.tenants.errors import TenantError, TenantErrorCode
from leadhub.tenants.passwords import MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH
from leadhub.text import has_forbidden_characters, single_line

MAX_NAME_LENGTH = 200


def normalize_email(email: str, field: str = "email") -> str:
    try:
        return contact.normalize_email(email)
    except contact.InvalidContact as error:
        raise TenantError(TenantErrorCode.EMAIL_INVALID, str(error), field) from None


def normalize_region(code: str, field: str) -> str:
    try:
        return contact.normalize_region(code)
    except contact.InvalidContact as error:
        raise TenantError(TenantErrorCode.INVALID, str(error), field) from None


def account_key(email: str) -> str:
    """The account an email means, also when it is malformed (for rate limits)."""
    try:
        return normalize_email(email)
    except TenantError:
        return " ".join(email.split()).casefold()


def clean_name(name: str, field: str) -> str:
    cleaned = single_line(name, MAX_NAME_LENGTH)
    if cleaned is None:
        raise TenantError(
            TenantErrorCode.INVALID,
            f"Give a name of 1 to {MAX_NAME_LENGTH} printable characters.",
            field,
        )
    return cleaned


def check_password(password: str, field: str = "password") -> None:
    if not MIN_PASSWORD_LENGTH <= len(password) <= MAX_PASSWORD_LENGTH:
        raise TenantError(
            TenantErrorCode.PASSWORD_TOO_WEAK,
            f"Use {MIN_PASSWORD_LENGTH} to {MAX_PASSWORD_LENGTH} characters.",
            field,
        )
    if has_forbidden_characters(password):
        raise TenantError(
            TenantErrorCode.INVALID, "Passwords cannot hold control characters.", field
        )
