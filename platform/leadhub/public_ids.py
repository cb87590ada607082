"""The ids the API shows: a type's name and a row's id, in base64 (Relay's global ids).

Everything a partner is given (GraphQL answers, webhook events) names objects this
way, so an id from one can be looked up with the other.
"""

import base64
import uuid


def public_id(type_name: str, row_id: uuid.UUID) -> str:
    return base64.b64encode(f"{type_name}:{row_id}".encode()).decode()
