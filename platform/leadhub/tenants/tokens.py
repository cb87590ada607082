"""Opaque secrets handed to people (login and invitation tokens), kept only as digests."""

import hashlib
import hmac
import secrets


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(secret_key: str, token: str) -> str:
    """A keyed digest: a copy of the database alone cannot even check a guessed token.

    A fast hash is right here: the token has 256 random bits, nothing to brute-force.
    """
    return hmac.new(secret_key.encode(), token.encode(), hashlib.sha256).hexdigest()
