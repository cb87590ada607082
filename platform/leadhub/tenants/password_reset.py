"""Resetting a forgotten password by email: a one-time link with a short life.

Asking answers the same whether or not the email has an account. The link's token
is stored only as a keyed digest, like a login's; using it sets the new password,
spends every open link of that person, and ends every login of theirs. The
``password_resets`` rows are the account's record: when and from where a reset
was asked for, and when and from where it was used.
"""

from datetime import timedelta

from sqlalchemy import select, update

from leadhub.db import utcnow
from leadhub.errors import Problems
from leadhub.principal import Visitor
from leadhub.scope import looking_up, widen_scope
from leadhub.settings import Settings
from leadhub.tenants.errors import TenantError, TenantErrorCode
from leadhub.tenants.models import AuthSession, PasswordReset, User
from leadhub.tenants.passwords import hash_password
from leadhub.tenants.tokens import MAX_TOKEN_LENGTH, new_token, token_digest
from leadhub.tenants.validation import check_password, normalize_email
from leadhub.work import UnitOfWork

SEND_EMAIL = "send_password_reset_email"


async def request_password_reset(
    work: UnitOfWork[Visitor], settings: Settings, *, email: str, client_address: str | None
) -> None:
    """Email a reset link if the email has an account; do nothing otherwise."""
    session = work.session
    try:
        email = normalize_email(email)
    except TenantError:
        return
    async with looking_up(session, email=email):
        user_id = await session.scalar(select(User.id).where(User.email == email))
    if user_id is None:
        return
    await widen_scope(session, lookup_email=email)  # the person this reset is for
    token = new_token()
    reset = PasswordReset(
        user_id=user_id,
        email=email,
        token_hash=token_digest(settings.resolved_secret_key, token),
        requested_from=client_address,
        expires_at=utcnow() + timedelta(minutes=settings.password_reset_lifetime_minutes),
    )
    session.add(reset)
    work.after_commit(SEND_EMAIL, email=email, token=token, expires_at=reset.expires_at.isoformat())


async def reset_password(
    work: UnitOfWork[Visitor],
    settings: Settings,
    *,
    token: str,
    new_password: str,
    client_address: str | None,
) -> User:
    """Set the password of the person the token was sent to, once, and log them out
    everywhere; returns that person."""
    session = work.session
    invalid = TenantError(
        TenantErrorCode.PASSWORD_RESET_INVALID,
        "This reset link is not valid: it expired or was used. Ask for a new one.",
        "token",
    )
    problems = Problems()
    with problems:
        reset = await _live_reset(work, settings, token.strip(), invalid)
    with problems:
        check_password(new_password, "newPassword")
    problems.raise_if_any()
    now = utcnow()
    await widen_scope(session, user_id=reset.user_id)  # the token proved who this is
    # Spent here, unless a concurrent use of the same link spent it first.
    spent = await session.execute(
        update(PasswordReset)
        .where(PasswordReset.id == reset.id, PasswordReset.used_at.is_(None))
        .values(used_at=now, used_from=client_address)
    )
    if spent.rowcount != 1:  # type: ignore[attr-defined]
        raise invalid
    user = await session.get_one(User, reset.user_id)
    user.password_hash = await hash_password(settings, new_password)
    # Any other link sent before is spent too, and whoever held a login is out.
    await session.execute(
        update(PasswordReset)
        .where(PasswordReset.user_id == user.id, PasswordReset.used_at.is_(None))
        .values(used_at=now)
    )
    await session.execute(
        update(AuthSession)
        .where(AuthSession.user_id == user.id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    return user


async def _live_reset(
    work: UnitOfWork[Visitor], settings: Settings, token: str, invalid: TenantError
) -> PasswordReset:
    if not token or len(token) > MAX_TOKEN_LENGTH:
        raise invalid
    digest = token_digest(settings.resolved_secret_key, token)
    async with looking_up(work.session, token=digest):
        reset = await work.session.scalar(
            select(PasswordReset).where(PasswordReset.token_hash == digest)
        )
    if reset is None or reset.used_at is not None or reset.expires_at <= utcnow():
        raise invalid
    return reset
