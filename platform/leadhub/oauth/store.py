"""What the authorization server reads and writes, inside the tenant a credential names.

The server (``leadhub.oauth.server``) runs Authlib's synchronous core in a thread
and calls these on the event loop, all in the unit of work of one request.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select, update

from leadhub.db import utcnow
from leadhub.oauth import scopes
from leadhub.oauth.credentials import Credential
from leadhub.oauth.models import OAuthClient, OAuthCode, OAuthSpentRefresh, OAuthToken
from leadhub.principal import Role, SystemJob
from leadhub.settings import Settings
from leadhub.tenants import service as tenants
from leadhub.work import UnitOfWork

OAuthWork = UnitOfWork[SystemJob]


@dataclass(frozen=True)
class Installer:
    """Whom a token acts as installed by: its scopes never exceed their role's."""

    user_id: uuid.UUID
    role: Role

    def capped(self, asked: frozenset[str]) -> frozenset[str]:
        return asked & scopes.granted_by(self.role)


async def client(work: OAuthWork, client_id: uuid.UUID) -> OAuthClient | None:
    """The tenant's live client with this id, if any."""
    found = await work.session.get(OAuthClient, (work.tenant_id, client_id))
    return found if found is not None and found.revoked_at is None else None


async def installer(work: OAuthWork, user_id: uuid.UUID | None) -> Installer | None:
    """The person as a member of the tenant now, or None if they no longer are one
    (or, for a client whose registrant's account is gone, there is nobody)."""
    if user_id is None:
        return None
    membership = await tenants.membership_of_user(work, user_id)
    return None if membership is None else Installer(user_id, membership.role)


async def save_code(
    work: OAuthWork,
    code: OAuthCode,
) -> None:
    work.session.add(code)
    await work.session.flush()


async def code(work: OAuthWork, digest: str) -> OAuthCode | None:
    """The code with this digest, locked until the request's transaction ends: two
    redemptions of one code take turns, and the second finds it used."""
    found: OAuthCode | None = await work.session.scalar(
        select(OAuthCode).where(OAuthCode.code_hash == digest).with_for_update()
    )
    return found


async def token_by_refresh(work: OAuthWork, digest: str) -> OAuthToken | None:
    """The token whose refresh token has this digest, locked as ``code`` is."""
    found: OAuthToken | None = await work.session.scalar(
        select(OAuthToken).where(OAuthToken.refresh_hash == digest).with_for_update()
    )
    return found


async def token_by_access(work: OAuthWork, digest: str) -> OAuthToken | None:
    found: OAuthToken | None = await work.session.scalar(
        select(OAuthToken).where(OAuthToken.access_hash == digest)
    )
    return found


@dataclass(frozen=True)
class NewTokens:
    access: Credential
    refresh: Credential | None
    scope: str
    expires_in: timedelta


async def save_tokens(
    work: OAuthWork,
    settings: Settings,
    *,
    client_id: uuid.UUID,
    family_id: uuid.UUID,
    installer: Installer,
    tokens: NewTokens,
) -> OAuthToken:
    secret_key = settings.resolved_secret_key
    now = utcnow()
    token = OAuthToken(
        client_id=client_id,
        family_id=family_id,
        user_id=installer.user_id,
        access_hash=tokens.access.digest(secret_key),
        refresh_hash=tokens.refresh.digest(secret_key) if tokens.refresh else None,
        scope=tokens.scope,
        issued_at=now,
        access_expires_at=now + tokens.expires_in,
        refresh_expires_at=(
            now + timedelta(days=settings.oauth_refresh_token_days) if tokens.refresh else None
        ),
    )
    work.session.add(token)
    await work.session.flush()
    return token


async def spend_refresh_token(work: OAuthWork, token: OAuthToken) -> None:
    work.session.add(OAuthSpentRefresh(token_id=token.id))
    await work.session.flush()


async def refresh_spent(work: OAuthWork, token: OAuthToken) -> bool:
    """Whether the token's refresh token was used already."""
    spent = await work.session.get(OAuthSpentRefresh, (work.tenant_id, token.id))
    return spent is not None


async def revoke_family(work: OAuthWork, family_id: uuid.UUID) -> None:
    """Every token of the family, the grant a person made and all its refreshes."""
    await work.session.execute(
        update(OAuthToken)
        .where(OAuthToken.family_id == family_id, OAuthToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


async def revoke_token(work: OAuthWork, token: OAuthToken, *, refresh: bool) -> None:
    """RFC 7009: revoking a refresh token ends its family; an access token, its pair
    (the access token and the refresh token issued beside it)."""
    if refresh:
        await revoke_family(work, token.family_id)
    else:
        token.revoked_at = utcnow()
    await work.session.flush()


async def use_code(work: OAuthWork, code: OAuthCode, family_id: uuid.UUID) -> None:
    code.used_at = utcnow()
    code.family_id = family_id
    await work.session.flush()


def is_live(token: OAuthToken, now: datetime) -> bool:
    return token.revoked_at is None and token.access_expires_at > now


# Kept a day past their end: a code or refresh token presented again within it is
# still known for the copy it is, and its family revoked.
KEPT_AFTER_END = timedelta(days=1)


async def forget_spent(work: OAuthWork, now: datetime) -> dict[str, int]:
    """Delete the codes and tokens no one can use any more; how many of each."""
    before = now - KEPT_AFTER_END
    codes = await work.session.execute(delete(OAuthCode).where(OAuthCode.expires_at < before))
    tokens = await work.session.execute(
        delete(OAuthToken).where(
            OAuthToken.access_expires_at < before,
            or_(OAuthToken.refresh_expires_at.is_(None), OAuthToken.refresh_expires_at < before),
        )
    )
    return {"codes": codes.rowcount, "tokens": tokens.rowcount}  # type: ignore[attr-defined]
