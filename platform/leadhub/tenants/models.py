"""Tenants, users, their memberships and roles, invitations, login sessions, audit.

``tenants``, ``users``, ``auth_sessions`` and ``password_resets`` are global: a user can belong to
several tenants. Memberships, invitations and audit events belong to a tenant.
Global rows are still scoped (``scope_criteria``, mirrored by the row-level
security policies of the migrations): a session sees the people of its tenant,
its own user and logins, and the one user or login that authentication looks up.
"""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    ForeignKey,
    Index,
    String,
    UniqueConstraint,
    false,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from leadhub.db import EVERY_WRITE, Base, TenantOwned, enum_column, new_id, utcnow
from leadhub.principal import Role
from leadhub.scope import Scope
from leadhub.tenants.locale import DEFAULT_CURRENCY, DEFAULT_TIME_ZONE


class Tenant(Base):
    __tablename__ = "tenants"
    identity_writes = EVERY_WRITE  # its settings decide a rep's reach; `tenant` shows it

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    # Where phone numbers written without a country code are read (ISO 3166-1).
    default_region: Mapped[str | None] = mapped_column(String(2))
    # The day of KPIs and reminders is the day here (an IANA name).
    time_zone: Mapped[str] = mapped_column(String(64), server_default=DEFAULT_TIME_ZONE)
    # What amounts (won deals, source costs) are in (ISO 4217).
    currency: Mapped[str] = mapped_column(String(3), server_default=DEFAULT_CURRENCY)
    # Off by default: a sales rep sees and changes only the leads they own.
    reps_see_all_leads: Mapped[bool] = mapped_column(default=False)
    # A suspect whose score reaches this becomes a marketing qualified lead.
    mql_score_threshold: Mapped[int | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    @classmethod
    def scope_criteria(cls, scope: Scope) -> ColumnElement[bool]:
        # Inside a tenant, that tenant; outside any, the ones the user belongs to,
        # or every one for a sweep.
        if scope.all_tenants:
            return true()
        if scope.tenant_id:
            return cls.id == scope.tenant_id
        if scope.user_id:
            memberships = Membership.__table__.c
            return cls.id.in_(
                select(memberships.tenant_id).where(memberships.user_id == scope.user_id)
            )
        return false()

    @classmethod
    def scope_write_criteria(cls, scope: Scope) -> ColumnElement[bool]:
        return cls.id == scope.tenant_id if scope.tenant_id else false()

    def writable_in(self, scope: Scope, *, new: bool) -> bool:
        return scope.tenant_id is not None and self.id == scope.tenant_id


class Language(StrEnum):
    """A language the web app speaks."""

    NB = "nb"  # Norwegian bokmål
    EN = "en"


class User(Base):
    __tablename__ = "users"
    identity_writes = EVERY_WRITE

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    # The web app's language for them; None: their browser's.
    language: Mapped[Language | None] = mapped_column(enum_column(Language, "language"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    @classmethod
    def scope_criteria(cls, scope: Scope) -> ColumnElement[bool]:
        terms = []
        if scope.user_id:
            terms.append(cls.id == scope.user_id)
        if scope.lookup_email:
            terms.append(cls.email == scope.lookup_email)
        if scope.tenant_id:
            # Core columns, not ORM ones: these subqueries must not be scoped again.
            memberships, audit = Membership.__table__.c, AuditEvent.__table__.c
            terms.append(
                cls.id.in_(
                    select(memberships.user_id).where(memberships.tenant_id == scope.tenant_id)
                )
            )
            terms += [
                cls.id.in_(select(column).where(audit.tenant_id == scope.tenant_id))
                for column in (audit.actor_id, audit.subject_user_id)
            ]
        return or_(false(), *terms)

    @classmethod
    def scope_write_criteria(cls, scope: Scope) -> ColumnElement[bool]:
        return cls.id == scope.user_id if scope.user_id else false()

    def writable_in(self, scope: Scope, *, new: bool) -> bool:
        # A new person is created under the email the session looked up for them;
        # afterwards, only they change their own row.
        if new:
            return scope.lookup_email is not None and self.email == scope.lookup_email
        return scope.user_id is not None and self.id == scope.user_id


def _theirs(user_id: Mapped[uuid.UUID], scope: Scope) -> ColumnElement[bool]:
    return user_id == scope.user_id if scope.user_id else false()


def _theirs_or_named_by_token(
    user_id: Mapped[uuid.UUID], token_hash: Mapped[str], scope: Scope
) -> ColumnElement[bool]:
    """A person's rows held by a token (a login, a reset link): theirs, or the one
    the token being looked up names."""
    terms = []
    if scope.user_id:
        terms.append(user_id == scope.user_id)
    if scope.lookup_token:
        terms.append(token_hash == scope.lookup_token)
    return or_(false(), *terms)


class AuthSession(Base):
    """A login: the bearer token's hash, so a stolen database yields no tokens."""

    __tablename__ = "auth_sessions"
    # A new login changes no other; ending one must end it everywhere at once.
    identity_writes = frozenset(("update", "delete"))

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    client_address: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]

    user: Mapped[User] = relationship(lazy="raise")

    @classmethod
    def scope_criteria(cls, scope: Scope) -> ColumnElement[bool]:
        return _theirs_or_named_by_token(cls.user_id, cls.token_hash, scope)

    @classmethod
    def scope_write_criteria(cls, scope: Scope) -> ColumnElement[bool]:
        return _theirs(cls.user_id, scope)

    def writable_in(self, scope: Scope, *, new: bool) -> bool:
        return scope.user_id is not None and self.user_id == scope.user_id


class PasswordReset(Base):
    """A password reset link sent by email: only its token's hash, when and from where
    it was asked for, and when it was used (the account's record of resets)."""

    __tablename__ = "password_resets"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    email: Mapped[str] = mapped_column(String(320))  # where the link was sent
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    requested_from: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    used_from: Mapped[str | None] = mapped_column(String(64))

    @classmethod
    def scope_criteria(cls, scope: Scope) -> ColumnElement[bool]:
        return _theirs_or_named_by_token(cls.user_id, cls.token_hash, scope)

    @classmethod
    def scope_write_criteria(cls, scope: Scope) -> ColumnElement[bool]:
        return _theirs(cls.user_id, scope)

    def writable_in(self, scope: Scope, *, new: bool) -> bool:
        # Asked for by whoever knows the email, for the person it looked up; used
        # by that person once the token proved them.
        if new:
            return scope.lookup_email is not None and self.email == scope.lookup_email
        return scope.user_id is not None and self.user_id == scope.user_id


class Membership(TenantOwned, Base):
    __tablename__ = "memberships"
    identity_writes = EVERY_WRITE
    __table_args__ = (UniqueConstraint("tenant_id", "user_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    user: Mapped[User] = relationship(lazy="raise")

    @classmethod
    def scope_criteria(cls, scope: Scope) -> ColumnElement[bool]:
        if scope.tenant_id:
            return super().scope_criteria(scope)
        # Outside a tenant, a user sees their own memberships, to choose one.
        return cls.user_id == scope.user_id if scope.user_id else false()


class InvitationStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REVOKED = "revoked"
    EXPIRED = "expired"


class Invitation(TenantOwned, Base):
    __tablename__ = "invitations"
    __table_args__ = (UniqueConstraint("tenant_id", "token_hash"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    email: Mapped[str] = mapped_column(String(320))
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"))
    token_hash: Mapped[str] = mapped_column(String(64))
    invited_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    accepted_at: Mapped[datetime | None]
    accepted_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    revoked_at: Mapped[datetime | None]

    def status(self, now: datetime) -> InvitationStatus:
        if self.accepted_at is not None:
            return InvitationStatus.ACCEPTED
        if self.revoked_at is not None:
            return InvitationStatus.REVOKED
        if self.expires_at <= now:
            return InvitationStatus.EXPIRED
        return InvitationStatus.PENDING


class AuditEvent(TenantOwned, Base):
    """Who changed the tenant's people and when: invitations, roles, removals."""

    __tablename__ = "audit_events"
    # Scoping a person looks them up in the audit trail (see User.scope_criteria).
    __table_args__ = (
        Index("ix_audit_events_tenant_id_actor_id", "tenant_id", "actor_id"),
        Index("ix_audit_events_tenant_id_subject_user_id", "tenant_id", "subject_user_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(50))
    subject_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
