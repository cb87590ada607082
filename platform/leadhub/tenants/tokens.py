"""Opaque secrets handed to people (login and invitation tokens), kept only as digests."""

import hashlib
import hmac
import secrets

# Longer than any token handed out (an invitation's: a tenant id, a dot, 43 characters).
MAX_TOKEN_LENGTH = 128


def new_token() -> str:
    """256 random bits in base64url (A-Z, a-z, 0-9, - and _): safe in a URL as it is,
    and never escaped by quoted-printable, so a token survives any email."""
    return secrets.token_urlsafe(32)


def token_digest(secret_key: str, token: str) -> str:
    """A keyed digest: a copy of the database alone cannot even check a guessed token.

    A fast hash is right here: the token has 256 random bits, nothing to brute-force.
    """
    return hmac.new(secret_key.encode(), token.encode(), hashlib.sha256).hexdigest()
