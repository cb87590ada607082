"""The strings partners hold: client ids, client secrets, codes and tokens.

Each names its kind and its tenant before its random part (``lhat.<tenant>.<random>``):
a credential is looked up inside its tenant, where row-level security lets any
lookup look, and the kind tells an access token from a person's login token.
Only a keyed digest of the whole string is kept.
"""

import uuid
from dataclasses import dataclass
from enum import StrEnum

from leadhub.tenants.tokens import new_token, token_digest

# Longer than any credential handed out (a kind, two dots, 32 and 43 characters).
MAX_CREDENTIAL_LENGTH = 96


class Kind(StrEnum):
    CLIENT_ID = "lhc"  # public: its random part is the client's own id
    CLIENT_SECRET = "lhcs"
    CODE = "lhac"
    ACCESS_TOKEN = "lhat"
    REFRESH_TOKEN = "lhrt"


@dataclass(frozen=True)
class Credential:
    kind: Kind
    tenant_id: uuid.UUID
    text: str

    def digest(self, secret_key: str) -> str:
        return token_digest(secret_key, self.text)


def issue(kind: Kind, tenant_id: uuid.UUID) -> Credential:
    """A new secret credential of ``kind`` for ``tenant_id``: 256 random bits."""
    return Credential(kind, tenant_id, f"{kind}.{tenant_id.hex}.{new_token()}")


def client_id_of(tenant_id: uuid.UUID, client_id: uuid.UUID) -> str:
    """The client id partners send: the client's own id, inside its tenant."""
    return f"{Kind.CLIENT_ID}.{tenant_id.hex}.{client_id.hex}"


def parse(text: str | None, kind: Kind) -> Credential | None:
    """``text`` read as a credential of ``kind``, or None if it is not one."""
    if not text or len(text) > MAX_CREDENTIAL_LENGTH:
        return None
    named_kind, _, rest = text.partition(".")
    tenant_hex, _, random_part = rest.partition(".")
    if named_kind != kind or not random_part:
        return None
    try:
        tenant_id = uuid.UUID(hex=tenant_hex)
    except ValueError:
        return None
    return Credential(kind, tenant_id, text)


def client_row_id(credential: Credential) -> uuid.UUID | None:
    """The row id a client id names, or None if its random part is no id."""
    try:
        return uuid.UUID(hex=credential.text.rsplit(".", 1)[1])
    except ValueError:
        return None
