"""Password hashing with argon2id, off the event loop (hashing is deliberately slow)."""

import asyncio
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from leadhub.settings import Settings

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 256


@cache
def _hasher(time_cost: int, memory_kib: int) -> PasswordHasher:
    return PasswordHasher(time_cost=time_cost, memory_cost=memory_kib)  # argon2id by default


def hasher(settings: Settings) -> PasswordHasher:
    return _hasher(settings.password_hash_time_cost, settings.password_hash_memory_kib)


async def hash_password(settings: Settings, password: str) -> str:
    return await asyncio.to_thread(hasher(settings).hash, password)


@cache
def _unknown_user_hash(time_cost: int, memory_kib: int) -> str:
    return _hasher(time_cost, memory_kib).hash("the password of nobody")


async def unknown_user_hash(settings: Settings) -> str:
    """A hash to verify against when no such user exists, so timing tells nothing."""
    return await asyncio.to_thread(
        _unknown_user_hash, settings.password_hash_time_cost, settings.password_hash_memory_kib
    )


async def verify_password(settings: Settings, password_hash: str, password: str) -> bool:
    def verify() -> bool:
        try:
            return hasher(settings).verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    return await asyncio.to_thread(verify)
