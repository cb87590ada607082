"""Who owns a lead: a member, a team, or both; a sales rep keeps leads in reach."""

import uuid
from dataclasses import dataclass

from leadhub.leads.errors import LeadError, LeadErrorCode, not_found
from leadhub.principal import InTenant, reach_of
from leadhub.teams import service as teams
from leadhub.tenants.service import membership_of_user
from leadhub.work import UnitOfWork


@dataclass(frozen=True)
class Owners:
    user_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None


async def checked_owners(
    work: UnitOfWork[InTenant], owners: Owners, current: Owners | None = None
) -> Owners:
    """``owners`` if they exist in the tenant and a sales rep may hand the lead to them.

    A sales rep may keep a lead's ``current`` owners, or name themselves and their
    own teams; the lead must stay in their reach (their own, or their teams'). A
    lead they give no owner at all becomes theirs.
    """
    rep = reach_of(work.principal)
    if rep is not None:
        kept = current or Owners()
        if owners.user_id not in (None, rep.user_id, kept.user_id):
            raise _not_allowed("Sales reps own the leads they work on.", "ownerId")
        if owners.team_id not in (None, kept.team_id, *rep.team_ids):
            raise _not_allowed("Sales reps give leads only to their own teams.", "ownerTeamId")
        if owners == Owners():
            return Owners(user_id=rep.user_id)
        if owners.user_id != rep.user_id and owners.team_id not in rep.team_ids:
            raise _not_allowed("The lead would leave your reach: keep it or its team.", "ownerId")
        return owners
    if owners.user_id is not None and await membership_of_user(work, owners.user_id) is None:
        raise not_found("member", "ownerId")
    if owners.team_id is not None and not await teams.find_team(work, owners.team_id):
        raise not_found("team", "ownerTeamId")
    return owners


def _not_allowed(message: str, field: str) -> LeadError:
    return LeadError(LeadErrorCode.NOT_ALLOWED, message, field)
