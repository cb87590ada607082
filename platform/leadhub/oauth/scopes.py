"""What a partner's token may do: its OAuth scopes, and which roles may grant each.

A token holds the scopes its client may have, that were asked for, and that the
role of the person who installed it allows; every request then checks that role
again, so a token loses what its installer loses, when they do.
"""

from collections.abc import Iterable

from leadhub.imports.service import IMPORTING_ROLES
from leadhub.principal import Role
from leadhub.teams.service import MANAGING_ROLES

EVERY_ROLE = frozenset(Role)

# Each scope, what it lets a partner do (the README and the server's metadata list
# them), and the roles whose members may grant it.
SCOPES: dict[str, tuple[str, frozenset[Role]]] = {
    "leads:read": (
        "Read leads with their scores, stages, sources, custom fields and duplicates.",
        EVERY_ROLE,
    ),
    "leads:write": ("Create, change, move, merge, tag, assign and delete leads.", EVERY_ROLE),
    "activity:read": ("Read the activity feed and each lead's timeline.", EVERY_ROLE),
    "activity:write": ("Log calls, emails, meetings and notes on leads.", EVERY_ROLE),
    "analytics:read": ("Read the KPIs, the funnel and the goals.", EVERY_ROLE),
    "imports:write": ("Import lists of leads, and export leads.", IMPORTING_ROLES),
    "routing:read": (
        "Read teams, their members' availability, routing rules and routing decisions.",
        EVERY_ROLE,
    ),
    "routing:write": ("Route leads by the tenant's rules.", MANAGING_ROLES),
    "members:read": ("Read the tenant's members: their names, emails and roles.", EVERY_ROLE),
    "webhooks:manage": (
        "Subscribe the app's own endpoints to events, and read their delivery logs.",
        frozenset({Role.OWNER, Role.ADMIN}),
    ),
    "settings:write": (
        "Change lead sources, funnel stages, scoring rules and custom fields.",
        frozenset({Role.OWNER, Role.ADMIN, Role.SALES_MANAGER, Role.MARKETING}),
    ),
}
MAX_SCOPE_LENGTH = 1000  # all of them, space-separated, fit well within it


def granted_by(role: Role) -> frozenset[str]:
    """The scopes a member with ``role`` may grant a partner."""
    return frozenset(scope for scope, (_, roles) in SCOPES.items() if role in roles)


def unknown(scopes: Iterable[str]) -> list[str]:
    """Those of ``scopes`` that are none of Leadhub's, in their order."""
    return [scope for scope in scopes if scope not in SCOPES]


def as_text(scopes: Iterable[str]) -> str:
    """Scopes as OAuth writes them: space-separated, here in one order."""
    return " ".join(sorted(set(scopes)))


def of_text(text: str | None) -> frozenset[str]:
    return frozenset((text or "").split())
