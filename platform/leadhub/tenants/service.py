"""Sign-up, founding another tenant, login and logout, the tenant's settings, and the
people of a tenant: invitations, roles, removal.

Every function validates all of its input before it writes, and raises
``TenantError`` for what the caller can fix, so a refused operation writes nothing.
"""

import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import Select, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub.db import flush_or_refuse, utcnow
from leadhub.errors import Problems
from leadhub.principal import (
    AllTenantsSweep,
    InTenant,
    Member,
    Newcomer,
    Person,
    Role,
    SystemJob,
    Visitor,
)
from leadhub.scope import looking_up, widen_scope
from leadhub.settings import Settings
from leadhub.tenants.errors import TenantError, TenantErrorCode
from leadhub.tenants.locale import (
    default_currency,
    default_time_zone,
    normalize_currency,
    normalize_time_zone,
)
from leadhub.tenants.models import (
    AuditEvent,
    AuthSession,
    Invitation,
    InvitationStatus,
    Membership,
    Tenant,
    User,
)
from leadhub.tenants.passwords import hash_password, unknown_user_hash, verify_password
from leadhub.tenants.tokens import MAX_TOKEN_LENGTH, new_token, token_digest
from leadhub.tenants.validation import (
    check_password,
    clean_name,
    normalize_email,
    normalize_region,
)
from leadhub.work import UnitOfWork


@dataclass(frozen=True)
class Login:
    auth_session: AuthSession
    token: str


@dataclass(frozen=True)
class Authenticated:
    auth_session: AuthSession
    user: User
    memberships: list[Membership]  # in every tenant, oldest first
    tenants: dict[uuid.UUID, Tenant]  # those memberships' tenants, by id


@dataclass(frozen=True)
class SignUp:
    tenant: Tenant
    user: User
    membership: Membership
    login: Login


@dataclass(frozen=True)
class AcceptedInvitation:
    tenant: Tenant
    user: User
    membership: Membership
    login: Login | None  # set when accepting created the account


async def _user_by_email(session: AsyncSession, email: str) -> User | None:
    async with looking_up(session, email=email):
        return await session.scalar(select(User).where(User.email == email))


# -- sign-up and login ------------------------------------------------------------------


@dataclass(frozen=True)
class TenantForm:
    """A new tenant: its name, and where it works. A time zone or currency left out
    follows the region (``tenants.locale``)."""

    name: str
    # Where phone numbers written without a country code are read (ISO 3166-1).
    default_region: str | None = None
    time_zone: str | None = None
    currency: str | None = None


def _new_tenant(tenant_id: uuid.UUID, form: TenantForm, name_field: str) -> Tenant:
    """The tenant the form describes, or one refusal naming every fault of it."""
    problems = Problems()
    with problems:
        name = clean_name(form.name, name_field)
    with problems:
        region = (
            normalize_region(form.default_region, "defaultRegion") if form.default_region else None
        )
    with problems:
        time_zone = normalize_time_zone(form.time_zone) if form.time_zone else None
    with problems:
        currency = normalize_currency(form.currency) if form.currency else None
    problems.raise_if_any()
    return Tenant(
        id=tenant_id,
        name=name,
        default_region=region,
        time_zone=time_zone or default_time_zone(region),
        currency=currency or default_currency(region),
    )


@dataclass(frozen=True)
class SignUpForm:
    company_name: str
    owner_name: str
    email: str
    password: str
    default_region: str | None = None
    time_zone: str | None = None
    currency: str | None = None

    def tenant(self) -> TenantForm:
        return TenantForm(
            name=self.company_name,
            default_region=self.default_region,
            time_zone=self.time_zone,
            currency=self.currency,
        )


async def sign_up(
    work: UnitOfWork[Newcomer], settings: Settings, form: SignUpForm, client_address: str | None
) -> SignUp:
    """Create the newcomer's tenant and its owner, logged in (the onboarding adds the
    rest of a new company's set-up)."""
    session = work.session
    problems = Problems()
    with problems:
        tenant = _new_tenant(work.tenant_id, form.tenant(), "companyName")
    with problems:
        owner_name = clean_name(form.owner_name, "ownerName")
    with problems:
        email = normalize_email(form.email)
    with problems:
        check_password(form.password)
    problems.raise_if_any()
    email_taken = TenantError(
        TenantErrorCode.EMAIL_TAKEN, "That email has an account; log in instead.", "email"
    )
    if await _user_by_email(session, email) is not None:
        raise email_taken
    await widen_scope(session, lookup_email=email)  # the person this session creates
    user = User(
        email=email, name=owner_name, password_hash=await hash_password(settings, form.password)
    )
    session.add_all([tenant, user])
    await flush_or_refuse(session, email_taken)
    membership = Membership(user_id=user.id, role=Role.OWNER)
    session.add(membership)
    audit(work, actor_id=user.id, action="tenant.signed_up", subject_user_id=user.id)
    login = await _start_session(session, settings, user, client_address)
    return SignUp(tenant=tenant, user=user, membership=membership, login=login)


@dataclass(frozen=True)
class FoundedTenant:
    tenant: Tenant
    membership: Membership  # the founder's, as owner


async def create_tenant(work: UnitOfWork[Newcomer], form: TenantForm) -> FoundedTenant:
    """Another tenant, founded by the logged-in person the newcomer is, as its owner.

    Their login is not tied to a tenant: they act in the new one by naming it in
    X-Tenant-ID, as in any other tenant of theirs.
    """
    founder_id = work.user_id
    assert founder_id is not None, "a tenant is founded by a logged-in person"
    tenant = _new_tenant(work.tenant_id, form, "name")
    work.session.add(tenant)
    await work.session.flush()
    membership = Membership(user_id=founder_id, role=Role.OWNER)
    work.session.add(membership)
    audit(work, action="tenant.created", subject_user_id=founder_id)
    return FoundedTenant(tenant=tenant, membership=membership)


async def log_in(
    work: UnitOfWork[Visitor],
    settings: Settings,
    *,
    email: str,
    password: str,
    client_address: str | None,
) -> tuple[User, Login]:
    user = await proven_user(work, settings, email=email, password=password)
    return user, await _start_session(work.session, settings, user, client_address)


async def proven_user(
    work: UnitOfWork[Visitor], settings: Settings, *, email: str, password: str
) -> User:
    """The user whose email and password these are, without logging them in (a page
    that asks for both to confirm who acts, as OAuth's consent page does)."""
    refused = TenantError(TenantErrorCode.INVALID_CREDENTIALS, "Wrong email or password.")
    try:
        email = normalize_email(email)
    except TenantError:
        raise refused from None
    user = await _user_by_email(work.session, email)
    stored_hash = user.password_hash if user else await unknown_user_hash(settings)
    if not await verify_password(settings, stored_hash, password) or user is None:
        raise refused
    return user


async def _start_session(
    session: AsyncSession, settings: Settings, user: User, client_address: str | None
) -> Login:
    await widen_scope(session, user_id=user.id)  # a login is written as its user
    token = new_token()
    auth_session = AuthSession(
        user_id=user.id,
        token_hash=token_digest(settings.resolved_secret_key, token),
        client_address=client_address,
        expires_at=utcnow() + timedelta(hours=settings.session_lifetime_hours),
    )
    session.add(auth_session)
    return Login(auth_session=auth_session, token=token)


async def authenticate(work: UnitOfWork[Visitor], digest: str) -> Authenticated | None:
    """The live login whose bearer token has ``digest`` (``token_digest``), its user,
    and where the user is a member (a visitor's session may read all of it once the
    token is proven)."""
    session = work.session
    async with looking_up(session, token=digest):
        auth_session = await session.scalar(
            select(AuthSession).where(
                AuthSession.token_hash == digest,
                AuthSession.revoked_at.is_(None),
                AuthSession.expires_at > utcnow(),
            )
        )
    if auth_session is None:
        return None
    await widen_scope(session, user_id=auth_session.user_id)
    # The user with their memberships and tenants in one statement: every request
    # authenticates.
    result = await session.execute(
        select(User, Membership, Tenant)
        .outerjoin(Membership, Membership.user_id == User.id)
        .outerjoin(Tenant, Tenant.id == Membership.tenant_id)
        .where(User.id == auth_session.user_id)
        .order_by(Membership.created_at)
    )
    rows = result.all()
    return Authenticated(
        auth_session=auth_session,
        user=rows[0][0],  # a login's user row cascades with it
        memberships=[membership for _, membership, _ in rows if membership],
        tenants={tenant.id: tenant for _, _, tenant in rows if tenant},
    )


async def log_out(work: UnitOfWork[Person], auth_session: AuthSession, *, everywhere: bool) -> int:
    """Revoke this login (or every login of its user); returns how many ended."""
    condition = (
        AuthSession.user_id == auth_session.user_id
        if everywhere
        else AuthSession.id == auth_session.id
    )
    result = await work.session.execute(
        update(AuthSession)
        .where(condition, AuthSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


async def update_profile(work: UnitOfWork[Person], changes: Mapping[str, Any]) -> User:
    """Change what ``changes`` names of the person's own account: ``name`` (kept
    clean) and ``language`` (None follows their browser)."""
    user = await work.session.get_one(User, work.principal.user_id)
    if "name" in changes:
        user.name = clean_name(changes["name"], "name")
    if "language" in changes:
        user.language = changes["language"]
    return user


# -- listings: statements the API orders and pages --------------------------------------


def memberships(tenant_id: uuid.UUID) -> Select[Membership]:
    return select(Membership).where(Membership.tenant_id == tenant_id)


def invitations(tenant_id: uuid.UUID) -> Select[Invitation]:
    return select(Invitation).where(Invitation.tenant_id == tenant_id)


def audit_trail(tenant_id: uuid.UUID) -> Select[AuditEvent]:
    return select(AuditEvent).where(AuditEvent.tenant_id == tenant_id)


def members_among(user_ids: list[uuid.UUID]) -> Select[User]:
    """Those of the users who are members of the session's tenant."""
    return select(User).join(Membership, Membership.user_id == User.id).where(User.id.in_(user_ids))


async def every_tenant(work: UnitOfWork[AllTenantsSweep]) -> list[uuid.UUID]:
    """Every tenant's id, for a sweep to visit each."""
    return list(await work.session.scalars(select(Tenant.id)))


# -- settings -----------------------------------------------------------------------------


def sees_only_own_leads(role: Role, tenant: Tenant) -> bool:
    """Whether a member with ``role``, or a partner's token they installed, sees only
    the leads they or their teams own: a sales rep's, unless the tenant lets reps see all."""
    return role is Role.SALES_REP and not tenant.reps_see_all_leads


def _checked_settings(changes: Mapping[str, Any]) -> dict[str, object]:
    """The new values by column, or one refusal naming every fault of the changes."""
    problems = Problems()
    values: dict[str, object] = {}
    with problems:
        if "name" in changes:
            values["name"] = clean_name(changes["name"], "name")
    with problems:
        if "default_region" in changes:
            region = changes["default_region"]
            values["default_region"] = normalize_region(region, "defaultRegion") if region else None
    with problems:
        if "time_zone" in changes:
            values["time_zone"] = normalize_time_zone(changes["time_zone"])
    with problems:
        if "currency" in changes:
            values["currency"] = normalize_currency(changes["currency"])
    if "reps_see_all_leads" in changes:
        values["reps_see_all_leads"] = bool(changes["reps_see_all_leads"])
    problems.raise_if_any()
    return values


async def update_settings(work: UnitOfWork[Member], changes: Mapping[str, Any]) -> Tenant:
    """Change the settings ``changes`` names (by column; only the region can be
    cleared, with None), and audit what really changed."""
    values = _checked_settings(changes)
    tenant = await current_tenant(work)
    changed = {
        column: {"from": getattr(tenant, column), "to": value}
        for column, value in values.items()
        if getattr(tenant, column) != value
    }
    for column, change_of_column in changed.items():
        setattr(tenant, column, change_of_column["to"])
    if changed:
        audit(work, action="tenant.settings_changed", details=changed)
    return tenant


async def set_mql_score_threshold(work: UnitOfWork[InTenant], threshold: int | None) -> None:
    """Store the score at which the tenant's suspects become MQLs (scoring checks it)."""
    tenant = await current_tenant(work)
    tenant.mql_score_threshold = threshold


# -- membership ---------------------------------------------------------------------------


async def current_tenant(work: UnitOfWork[InTenant]) -> Tenant:
    """The tenant the work is done in, with its settings. Held by the session, so
    that its identity map keeps it and asking again sends no statement (creating
    a lead asks twice: for the default region and the MQL threshold)."""
    tenant = await work.session.get_one(Tenant, work.tenant_id)
    work.session.info[_CURRENT_TENANT] = tenant
    return tenant


_CURRENT_TENANT = "leadhub.current_tenant"


async def member(work: UnitOfWork[InTenant], user_id: uuid.UUID) -> User | None:
    """The person, while they are a member of the tenant."""
    return await work.session.scalar(members_among([user_id]))


async def emails_of_roles(work: UnitOfWork[InTenant], roles: Collection[Role]) -> list[str]:
    """The email address of every member whose role is one of ``roles``."""
    found = await work.session.scalars(
        select(User.email)
        .join(Membership, Membership.user_id == User.id)
        .where(Membership.role.in_(roles))
        .order_by(User.email)
    )
    return list(found)


async def member_ids_by_email(work: UnitOfWork[InTenant]) -> dict[str, uuid.UUID]:
    """Every member's id, by their email address (as stored: normalized)."""
    rows = await work.session.execute(
        select(User.email, User.id).join(Membership, Membership.user_id == User.id)
    )
    return {email: user_id for email, user_id in rows}


async def membership_of_user(
    work: UnitOfWork[InTenant | Newcomer], user_id: uuid.UUID
) -> Membership | None:
    """The user's membership in the tenant, if any."""
    return await work.session.scalar(select(Membership).where(Membership.user_id == user_id))


async def roles_of(
    work: UnitOfWork[InTenant], user_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, Role]:
    """The role of each of the users who is a member of the tenant."""
    rows = await work.session.execute(
        select(Membership.user_id, Membership.role).where(Membership.user_id.in_(user_ids))
    )
    return {user_id: role for user_id, role in rows}


async def _membership(work: UnitOfWork[Member], membership_id: uuid.UUID) -> Membership:
    membership = await work.session.get(Membership, (work.tenant_id, membership_id))
    if membership is None:
        raise TenantError(TenantErrorCode.NOT_FOUND, "No such member.", "membershipId")
    return membership


def _check_may_grant(actor: Member, role: Role, field: str = "role") -> None:
    if role is Role.OWNER and actor.role is not Role.OWNER:
        raise TenantError(
            TenantErrorCode.ROLE_NOT_ALLOWED, "Only an owner can make someone an owner.", field
        )


async def _owner_count(session: AsyncSession) -> int:
    """How many owners the tenant has, locking them until this transaction ends.

    Two owners demoting each other at once would otherwise both count two owners
    and leave none; the second now waits, then counts again.
    """
    owners = await session.scalars(
        select(Membership.id).where(Membership.role == Role.OWNER).with_for_update()
    )
    return len(owners.all())


async def invite_member(
    work: UnitOfWork[Member], settings: Settings, *, email: str, role: Role
) -> Invitation:
    """Invite someone by email; the invitation email is sent once this commits."""
    session = work.session
    email = normalize_email(email)
    _check_may_grant(work.principal, role)
    member = await session.scalar(
        select(Membership.id).join(User, User.id == Membership.user_id).where(User.email == email)
    )
    if member is not None:
        raise TenantError(TenantErrorCode.ALREADY_MEMBER, "They are a member already.", "email")
    # A new invitation replaces any pending one, so only the latest link works.
    await session.execute(
        update(Invitation)
        .where(
            Invitation.email == email,
            Invitation.accepted_at.is_(None),
            Invitation.revoked_at.is_(None),
        )
        .values(revoked_at=utcnow())
    )
    secret = new_token()
    invitation = Invitation(
        email=email,
        role=role,
        token_hash=token_digest(settings.resolved_secret_key, secret),
        invited_by_id=work.principal.user_id,
        expires_at=utcnow() + timedelta(hours=settings.invitation_lifetime_hours),
    )
    session.add(invitation)
    await session.flush()
    audit(work, action="member.invited", details={"email": email})
    work.after_commit(
        "send_invitation_email",
        tenant_id=str(invitation.tenant_id),
        invitation_id=str(invitation.id),
        token=invitation_token(invitation.tenant_id, secret),
    )
    return invitation


def invitation_token(tenant_id: uuid.UUID, secret: str) -> str:
    # The tenant travels in the token: the invitee is not a member yet, and the
    # invitation can only be looked up inside its tenant.
    return f"{tenant_id}.{secret}"


def invitation_tenant(token: str) -> uuid.UUID:
    """The tenant an invitation token belongs to, or INVITATION_INVALID."""
    tenant, _, _secret = token.partition(".")
    try:
        return uuid.UUID(tenant)
    except ValueError:
        raise TenantError(
            TenantErrorCode.INVITATION_INVALID, "This invitation link is not valid.", "token"
        ) from None


async def accept_invitation(
    work: UnitOfWork[Newcomer],
    settings: Settings,
    *,
    token: str,
    user: User | None,
    name: str | None,
    password: str | None,
    client_address: str | None,
) -> AcceptedInvitation:
    """Join the invitation's tenant as the logged-in ``user``, or as a new account,
    logged in."""
    session = work.session
    invalid = TenantError(
        TenantErrorCode.INVITATION_INVALID,
        "This invitation is not valid: it expired, was used or was withdrawn.",
        "token",
    )
    if len(token) > MAX_TOKEN_LENGTH:
        raise invalid
    _, _, secret = token.partition(".")
    invitation = await session.scalar(
        select(Invitation).where(
            Invitation.token_hash == token_digest(settings.resolved_secret_key, secret)
        )
    )
    if invitation is None or invitation.status(utcnow()) is not InvitationStatus.PENDING:
        raise invalid
    login = None
    if user is None:
        user = await _new_invitee(session, settings, invitation, name=name, password=password)
        login = await _start_session(session, settings, user, client_address)
    elif user.email != invitation.email:
        raise TenantError(
            TenantErrorCode.INVITATION_EMAIL_MISMATCH,
            "This invitation was sent to another email address.",
            "token",
        )
    elif await membership_of_user(work, user.id) is not None:
        raise TenantError(TenantErrorCode.ALREADY_MEMBER, "You are a member already.", "token")
    membership = Membership(user_id=user.id, role=invitation.role)
    invitation.accepted_at = utcnow()
    invitation.accepted_by_id = user.id
    session.add(membership)
    audit(
        work,
        actor_id=user.id,
        action="member.joined",
        subject_user_id=user.id,
        details={"role": invitation.role.value},
    )
    # A concurrent acceptance of the same invitation may have won the race.
    await flush_or_refuse(session, invalid)
    tenant = await session.get_one(Tenant, invitation.tenant_id)
    return AcceptedInvitation(tenant=tenant, user=user, membership=membership, login=login)


async def _new_invitee(
    session: AsyncSession,
    settings: Settings,
    invitation: Invitation,
    *,
    name: str | None,
    password: str | None,
) -> User:
    has_account = TenantError(
        TenantErrorCode.INVITATION_EMAIL_MISMATCH,
        "That email has an account: log in, then accept the invitation.",
        "token",
    )
    if await _user_by_email(session, invitation.email) is not None:
        raise has_account
    problems = Problems()
    with problems:
        name = clean_name(name or "", "name")
    with problems:
        check_password(password or "")
    problems.raise_if_any()
    await widen_scope(session, lookup_email=invitation.email)  # the person it creates
    user = User(
        email=invitation.email,
        name=name,
        password_hash=await hash_password(settings, password or ""),
    )
    session.add(user)
    await flush_or_refuse(session, has_account)
    return user


async def pending_invitation(
    work: UnitOfWork[SystemJob], invitation_id: uuid.UUID
) -> tuple[Invitation, Tenant] | None:
    """The invitation and its tenant while it still awaits its invitee, else None."""
    invitation = await work.session.get(Invitation, (work.tenant_id, invitation_id))
    if invitation is None or invitation.status(utcnow()) is not InvitationStatus.PENDING:
        return None
    return invitation, await work.session.get_one(Tenant, invitation.tenant_id)


async def revoke_invitation(work: UnitOfWork[Member], invitation_id: uuid.UUID) -> Invitation:
    invitation = await work.session.get(Invitation, (work.tenant_id, invitation_id))
    if invitation is None or invitation.accepted_at is not None:
        raise TenantError(TenantErrorCode.NOT_FOUND, "No such pending invitation.", "invitationId")
    invitation.revoked_at = invitation.revoked_at or utcnow()
    audit(
        work,
        action="member.invitation_revoked",
        details={"email": invitation.email},
    )
    return invitation


async def change_role(
    work: UnitOfWork[Member], *, membership_id: uuid.UUID, role: Role
) -> Membership:
    membership = await _membership(work, membership_id)
    _check_may_grant(work.principal, role)
    if membership.role is Role.OWNER:
        _check_may_grant(work.principal, Role.OWNER, "membershipId")
        if role is not Role.OWNER and await _owner_count(work.session) == 1:
            raise TenantError(
                TenantErrorCode.LAST_OWNER, "A tenant needs at least one owner.", "role"
            )
    previous = membership.role
    membership.role = role
    audit(
        work,
        action="member.role_changed",
        subject_user_id=membership.user_id,
        details={"from": previous.value, "to": role.value},
    )
    return membership


async def remove_member(work: UnitOfWork[Member], *, membership_id: uuid.UUID) -> Membership:
    membership = await _membership(work, membership_id)
    if membership.role is Role.OWNER:
        _check_may_grant(work.principal, Role.OWNER, "membershipId")
        if await _owner_count(work.session) == 1:
            raise TenantError(
                TenantErrorCode.LAST_OWNER, "The last owner cannot be removed.", "membershipId"
            )
    await work.session.delete(membership)
    audit(
        work,
        action="member.removed",
        subject_user_id=membership.user_id,
        details={"role": membership.role.value},
    )
    return membership


def audit(
    work: UnitOfWork[InTenant | Newcomer],
    *,
    action: str,
    subject_user_id: uuid.UUID | None = None,
    details: dict[str, Any] | None = None,
    actor_id: uuid.UUID | None = None,
) -> None:
    """Record a change in the tenant's audit trail, credited to ``actor_id`` or else
    to whom the work is done for."""
    work.session.add(
        AuditEvent(
            actor_id=actor_id or work.user_id,
            action=action,
            subject_user_id=subject_user_id,
            details=details or {},
        )
    )
