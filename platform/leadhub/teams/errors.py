"""Why a team operation was refused."""

from enum import StrEnum

from leadhub.errors import DomainError


class TeamErrorCode(StrEnum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    NAME_TAKEN = "name_taken"
    TEAM_OWNS_LEADS = "team_owns_leads"


class TeamError(DomainError):
    code: TeamErrorCode


def not_found(what: str, field: str) -> TeamError:
    return TeamError(TeamErrorCode.NOT_FOUND, f"No such {what}.", field)
