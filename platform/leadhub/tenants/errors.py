"""Why a tenant, people or login operation was refused."""

from enum import StrEnum

from leadhub.errors import DomainError


class TenantErrorCode(StrEnum):
    INVALID = "invalid"
    EMAIL_INVALID = "email_invalid"
    PASSWORD_TOO_WEAK = "password_too_weak"
    EMAIL_TAKEN = "email_taken"
    INVALID_CREDENTIALS = "invalid_credentials"
    RATE_LIMITED = "rate_limited"
    ALREADY_MEMBER = "already_member"
    INVITATION_INVALID = "invitation_invalid"
    INVITATION_EMAIL_MISMATCH = "invitation_email_mismatch"
    PASSWORD_RESET_INVALID = "password_reset_invalid"
    NOT_FOUND = "not_found"
    LAST_OWNER = "last_owner"
    ROLE_NOT_ALLOWED = "role_not_allowed"


class TenantError(DomainError):
    code: TenantErrorCode
