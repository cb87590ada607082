"""Partners' API clients, the codes people grant them, and the tokens they are issued.

Every secret (a client's, a code, an access or refresh token) is kept as a keyed
digest only (``leadhub.tenants.tokens``): a copy of the database yields none.
"""

import uuid
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, ForeignKeyConstraint, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from leadhub.db import Base, TenantOwned, new_id, utcnow


class OAuthClient(TenantOwned, Base):
    """A partner's application, registered by a tenant's owner or admin, acting for
    that tenant alone."""

    __tablename__ = "oauth_clients"
    # Revoking a client ends what its tokens act as at once.
    identity_writes = frozenset(("update", "delete"))

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100))
    # Confidential clients hold a secret; public ones (a browser or mobile app) cannot.
    confidential: Mapped[bool]
    secret_hash: Mapped[str | None] = mapped_column(String(64))
    # Compared whole, character for character (RFC 9700 2.1): no patterns, no prefixes.
    redirect_uris: Mapped[list[str]] = mapped_column(JSON)
    # The most any of its tokens may hold.
    scopes: Mapped[list[str]] = mapped_column(JSON)
    # Whose role caps a client-credentials token: it acts as installed by them.
    registered_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    secret_rotated_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]


class OAuthCode(TenantOwned, Base):
    """An authorization code: what a person allowed a client on the consent page,
    redeemed once for tokens with the PKCE verifier."""

    __tablename__ = "oauth_codes"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "client_id"], ["oauth_clients.tenant_id", "oauth_clients.id"]
        ),
        UniqueConstraint("tenant_id", "code_hash"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    code_hash: Mapped[str] = mapped_column(String(64))
    client_id: Mapped[uuid.UUID]
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    # As the app asked for it; None if it left it out, and then it must at redemption.
    redirect_uri: Mapped[str | None] = mapped_column(String(2000))
    scope: Mapped[str] = mapped_column(String(1000))
    code_challenge: Mapped[str] = mapped_column(String(128))
    expires_at: Mapped[datetime]
    # A code redeemed twice was stolen: the tokens of its first use are revoked.
    used_at: Mapped[datetime | None]
    family_id: Mapped[uuid.UUID | None]


class OAuthToken(TenantOwned, Base):
    """An access token, with the refresh token issued beside it, if any.

    Refreshing rotates: the refresh token is spent (``OAuthSpentRefresh``) and a new
    pair issued in the same family. A spent refresh token presented again was
    copied, so its whole family is revoked (RFC 9700 4.14.2).
    """

    __tablename__ = "oauth_tokens"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "client_id"], ["oauth_clients.tenant_id", "oauth_clients.id"]
        ),
        UniqueConstraint("tenant_id", "access_hash"),
        UniqueConstraint("tenant_id", "refresh_hash"),
        Index(None, "tenant_id", "family_id"),
        Index(None, "tenant_id", "client_id"),  # a client revoked revokes its tokens
    )
    # A revoked token must stop working in every process at once. Its rows change
    # only so: refreshing inserts, as changing what a login acts as must be rare.
    identity_writes = frozenset(("update", "delete"))

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    client_id: Mapped[uuid.UUID]
    family_id: Mapped[uuid.UUID]
    # Whose role caps the token: who allowed the app, or registered the client.
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    access_hash: Mapped[str] = mapped_column(String(64))
    refresh_hash: Mapped[str | None] = mapped_column(String(64))
    scope: Mapped[str] = mapped_column(String(1000))
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    access_expires_at: Mapped[datetime]
    refresh_expires_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]


class OAuthSpentRefresh(TenantOwned, Base):
    """A refresh token used once, kept apart from its token so that spending one
    (every refresh) changes no identity."""

    __tablename__ = "oauth_spent_refreshes"
    __table_args__ = (
        ForeignKeyConstraint(
            ["tenant_id", "token_id"],
            ["oauth_tokens.tenant_id", "oauth_tokens.id"],
            ondelete="CASCADE",
        ),
    )

    token_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    spent_at: Mapped[datetime] = mapped_column(default=utcnow)
