"""Teams: create, rename and delete them, and choose who is on each.

A team may own leads; a sales rep on it then sees and works them (see
``reach_of``). Every change is in the tenant's audit trail.
"""

import uuid
from collections.abc import Collection, Mapping
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub.db import flush_or_refuse
from leadhub.principal import InTenant, Member, Reach, Role
from leadhub.teams.errors import TeamError, TeamErrorCode, not_found
from leadhub.teams.models import MAX_CAPACITY, MAX_WEIGHT, Team, TeamKind, TeamMember
from leadhub.tenants.service import audit, membership_of_user, roles_of
from leadhub.text import single_line
from leadhub.work import UnitOfWork

# Who may manage a team, and so be named its manager. A manager later given
# another role keeps the flag (tenants cannot reach teams) but manages no more:
# whoever reads it asks for the role too (``manages``).
MANAGING_ROLES = frozenset({Role.OWNER, Role.ADMIN, Role.SALES_MANAGER})


def manages(member: TeamMember, role: Role) -> bool:
    """Whether the member, whose role in the tenant is ``role``, manages the team."""
    return member.manages and role in MANAGING_ROLES


def teams(tenant_id: uuid.UUID) -> Select[Team]:
    return select(Team).where(Team.tenant_id == tenant_id)


def member_ids(team_id: uuid.UUID) -> Select[uuid.UUID]:
    """The ids of the team's members, for a query to take in (a team's feed)."""
    return select(TeamMember.user_id).where(TeamMember.team_id == team_id)


async def reach_of(work: UnitOfWork[InTenant], user_id: uuid.UUID) -> Reach:
    """A sales rep's reach: their own leads and those of the teams they are on."""
    rows = await work.session.scalars(
        select(TeamMember.team_id).where(TeamMember.user_id == user_id)
    )
    return Reach(user_id, frozenset(rows))


async def create_team(work: UnitOfWork[Member], name: str, kind: TeamKind = TeamKind.SALES) -> Team:
    team = Team(name=await _free_name(work.session, name, None), kind=kind)
    work.session.add(team)
    await flush_or_refuse(work.session, _name_taken())
    audit(work, action="team.created", details={"team": team.name, "kind": kind.value})
    return team


async def update_team(
    work: UnitOfWork[Member], team_id: uuid.UUID, changes: Mapping[str, Any]
) -> Team:
    """Rename the team, or make it sales or marketing, as ``changes`` (``name``,
    ``kind``) says; what it leaves out stays."""
    team = await _team(work, team_id)
    if "name" in changes:
        await rename_team(work, team.id, changes["name"])
    if "kind" in changes:
        await set_team_kind(work, team.id, changes["kind"])
    return team


async def set_team_kind(work: UnitOfWork[Member], team_id: uuid.UUID, kind: TeamKind) -> Team:
    team = await _team(work, team_id)
    if team.kind != kind:
        audit(work, action="team.kind_changed", details={"team": team.name, "to": kind.value})
        team.kind = kind
    return team


async def rename_team(work: UnitOfWork[Member], team_id: uuid.UUID, name: str) -> Team:
    team = await _team(work, team_id)
    before, team.name = team.name, await _free_name(work.session, name, team.id)
    await flush_or_refuse(work.session, _name_taken())
    if team.name != before:
        audit(work, action="team.renamed", details={"from": before, "to": team.name})
    return team


async def delete_team(work: UnitOfWork[Member], team_id: uuid.UUID) -> Team:
    """Remove a team that owns no leads; its members stay in the tenant."""
    team = await _team(work, team_id)
    await work.session.delete(team)
    # The leads' foreign key refuses it while the team owns any (teams know no leads).
    await flush_or_refuse(
        work.session, _owns_leads("The team owns leads: give them to someone else first.")
    )
    audit(work, action="team.deleted", details={"team": team.name})
    return team


async def add_member(work: UnitOfWork[Member], team_id: uuid.UUID, user_id: uuid.UUID) -> Team:
    session = work.session
    team = await _team(work, team_id)
    if await membership_of_user(work, user_id) is None:
        raise not_found("member", "userId")
    if await _membership(session, team.id, user_id) is None:
        session.add(TeamMember(team_id=team.id, user_id=user_id))
        await flush_or_refuse(session, _already_on(team))
        audit(
            work,
            action="team.member_added",
            subject_user_id=user_id,
            details={"team": team.name},
        )
    return team


async def remove_member(work: UnitOfWork[Member], team_id: uuid.UUID, user_id: uuid.UUID) -> Team:
    team = await _team(work, team_id)
    membership = await _membership(work.session, team.id, user_id)
    if membership is None:
        raise not_found("member of this team", "userId")
    await work.session.delete(membership)
    audit(
        work,
        action="team.member_removed",
        subject_user_id=user_id,
        details={"team": team.name},
    )
    return team


@dataclass(frozen=True)
class MemberPart:
    """A member's part in a team's routing (see ``TeamMember``)."""

    active: bool = True
    manages: bool = False
    capacity: int | None = None
    weight: int = 1


_PART_NAMES = frozenset(field.name for field in fields(MemberPart))


async def set_member_part(
    work: UnitOfWork[Member], team_id: uuid.UUID, user_id: uuid.UUID, changes: Mapping[str, Any]
) -> TeamMember:
    """Change what ``changes`` names (by ``MemberPart``'s names) of a team member's
    part; the rest stays. Only an owner, admin or sales manager manages a team."""
    team = await _team(work, team_id)
    member = await _membership(work.session, team.id, user_id)
    if member is None:
        raise not_found("member of this team", "userId")
    unknown = changes.keys() - _PART_NAMES
    if unknown:
        raise ValueError(f"not parts of a team member: {sorted(unknown)}")
    wanted = replace(_part_of(member), **changes)
    if wanted.weight not in range(1, MAX_WEIGHT + 1):
        raise TeamError(TeamErrorCode.INVALID, f"A weight from 1 to {MAX_WEIGHT}.", "weight")
    if wanted.capacity is not None and wanted.capacity not in range(MAX_CAPACITY + 1):
        message = f"A capacity from 0 to {MAX_CAPACITY:,}, or none for no limit."
        raise TeamError(TeamErrorCode.INVALID, message, "capacity")
    if changes.get("manages") is True:
        membership = await membership_of_user(work, user_id)
        if membership is None or membership.role not in MANAGING_ROLES:
            message = "Only an owner, admin or sales manager manages a team."
            raise TeamError(TeamErrorCode.INVALID, message, "manages")
    changed = {
        name: value for name, value in asdict(wanted).items() if getattr(member, name) != value
    }
    for name, value in changed.items():
        setattr(member, name, value)
    if changed:
        audit(
            work,
            action="team.member_changed",
            subject_user_id=user_id,
            details={"team": team.name, **changed},
        )
    return member


@dataclass(frozen=True)
class RosterEntry:
    """A member of a team as routing weighs them."""

    user_id: uuid.UUID
    part: MemberPart
    manager: bool  # manages the team, in a role that may (``manages``)


async def rosters(
    work: UnitOfWork[InTenant], team_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, list[RosterEntry]]:
    """Each of the teams' members, by user id; a team that is gone is left out."""
    found: dict[uuid.UUID, list[RosterEntry]] = {
        team_id: []
        for team_id in await work.session.scalars(select(Team.id).where(Team.id.in_(team_ids)))
    }
    members = list(
        await work.session.scalars(
            select(TeamMember)
            .where(TeamMember.team_id.in_(team_ids))
            .order_by(TeamMember.team_id, TeamMember.user_id)
        )
    )
    roles = await roles_of(work, {member.user_id for member in members})
    for member in members:
        role = roles.get(member.user_id)
        found[member.team_id].append(
            RosterEntry(
                member.user_id,
                _part_of(member),
                manager=role is not None and manages(member, role),
            )
        )
    return found


def _part_of(member: TeamMember) -> MemberPart:
    return MemberPart(
        active=member.active, manages=member.manages, capacity=member.capacity, weight=member.weight
    )


async def find_team(work: UnitOfWork[InTenant], team_id: uuid.UUID) -> Team | None:
    """The team, if the tenant has it."""
    return await work.session.get(Team, (work.tenant_id, team_id))


async def _team(work: UnitOfWork[InTenant], team_id: uuid.UUID) -> Team:
    team = await find_team(work, team_id)
    if team is None:
        raise not_found("team", "teamId")
    return team


async def _membership(
    session: AsyncSession, team_id: uuid.UUID, user_id: uuid.UUID
) -> TeamMember | None:
    return await session.scalar(
        select(TeamMember).where(TeamMember.team_id == team_id, TeamMember.user_id == user_id)
    )


async def _free_name(session: AsyncSession, name: str, team_id: uuid.UUID | None) -> str:
    cleaned = single_line(name, 100)
    if cleaned is None:
        raise TeamError(TeamErrorCode.INVALID, "Give 1 to 100 printable characters.", "name")
    clash = await session.scalar(select(Team.id).where(Team.name == cleaned, Team.id != team_id))
    if clash is not None:
        raise _name_taken()
    return cleaned


def _name_taken() -> TeamError:
    return TeamError(TeamErrorCode.NAME_TAKEN, "Another team has that name.", "name")


def _owns_leads(message: str) -> TeamError:
    return TeamError(TeamErrorCode.TEAM_OWNS_LEADS, message, "teamId")


def _already_on(team: Team) -> TeamError:
    return TeamError(TeamErrorCode.INVALID, f"Already on {team.name}.", "userId")
