"""Why a leads, funnel or source operation was refused."""

from enum import StrEnum

from leadhub.errors import DomainError


class LeadErrorCode(StrEnum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    NAME_TAKEN = "name_taken"
    STAGE_HAS_LEADS = "stage_has_leads"
    STAGE_HAS_HISTORY = "stage_has_history"
    LAST_OPEN_STAGE = "last_open_stage"
    TOO_MANY_STAGES = "too_many_stages"
    MEASURED_BY_GOAL = "measured_by_goal"
    ORDER_MISMATCH = "order_mismatch"
    SOURCE_IN_USE = "source_in_use"
    ILLEGAL_MOVE = "illegal_move"
    NO_SUCH_MILESTONE = "no_such_milestone"
    EXTERNAL_ID_TAKEN = "external_id_taken"
    FIELD_IN_USE = "field_in_use"
    CHOICE_IN_USE = "choice_in_use"  # a custom field's choice, which leads have
    NOT_ALLOWED = "not_allowed"
    TOO_MANY = "too_many"  # saved views of one person


class LeadError(DomainError):
    code: LeadErrorCode


def invalid(message: str, field: str) -> LeadError:
    return LeadError(LeadErrorCode.INVALID, message, field)


def not_found(what: str, field: str) -> LeadError:
    return LeadError(LeadErrorCode.NOT_FOUND, f"No such {what}.", field)


def measured_by_goal(what: str, field: str) -> LeadError:
    """The refusal to remove what a goal measures (a source, a stage)."""
    return LeadError(
        LeadErrorCode.MEASURED_BY_GOAL,
        f"A goal measures this {what}: change or remove the goal first.",
        field,
    )
