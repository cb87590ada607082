"""Who may call what, declared on fields and mutations as classes, never in resolvers.

Each class names the roles whose members may, and the OAuth scope a partner's
token needs (``scope``; None: people alone). A partner's token is allowed what its
scope allows and its installer's role would (``leadhub.oauth.scopes``).
"""

from typing import Any, ClassVar

from strawberry.permission import BasePermission

from graphql import GraphQLError
from leadhub.graphql.context import Viewer, ViewerInfo
from leadhub.imports.service import IMPORTING_ROLES
from leadhub.principal import Member, PartnerClient, Role
from leadhub.teams.service import MANAGING_ROLES

LOG_IN_FIRST = "Log in first: send the token from logIn as 'Authorization: Bearer <token>'."
LOG_IN_AGAIN = "That login has ended or was never valid: log in again."
# A scope every token of the tenant has: what the token itself acts in.
ANY_SCOPE = "*"


class NotAuthenticated(GraphQLError):
    """No valid login: refused before any question of tenant or role."""

    def __init__(self, viewer: Viewer) -> None:
        message = LOG_IN_AGAIN if viewer.token_rejected else LOG_IN_FIRST
        super().__init__(message, extensions={"code": "UNAUTHENTICATED"})


class InsufficientScope(GraphQLError):
    """A partner's token without the scope a field needs (RFC 6750 3.1's error)."""

    def __init__(self, scope: str | None) -> None:
        if scope is None:
            message = "This is for people, not API clients: no OAuth scope allows it."
        else:
            message = f"This token lacks the scope {scope!r}: ask the tenant to allow it."
        super().__init__(message, extensions={"code": "INSUFFICIENT_SCOPE", "scope": scope})


class IsAuthenticated(BasePermission):
    def has_permission(self, source: Any, info: ViewerInfo, **kwargs: Any) -> bool:
        if info.context.user is None:
            raise NotAuthenticated(info.context)
        return True


def has_role(viewer: Viewer, roles: frozenset[Role]) -> bool:
    """Whether the viewer is a member of its tenant holding one of ``roles``."""
    principal = viewer.principal
    return isinstance(principal, Member) and principal.role in roles


def has_scope(partner: PartnerClient, scope: str | None) -> bool:
    return scope is not None and (scope == ANY_SCOPE or scope in partner.scopes)


class IsTenantMember(BasePermission):
    message = (
        "Choose a tenant you belong to: send its id in the 'X-Tenant-ID' header"
        " (needed when you belong to several)."
    )
    error_extensions = {"code": "FORBIDDEN"}  # noqa: RUF012 (read per instance)
    roles: ClassVar[frozenset[Role]] = frozenset(Role)
    scope: ClassVar[str | None] = None

    def has_permission(self, source: Any, info: ViewerInfo, **kwargs: Any) -> bool:
        return self.allows(info.context)

    @classmethod
    def allows(cls, viewer: Viewer) -> bool:
        """Whether the viewer may; a partner's token without the scope, or a request
        without a login, is refused with why."""
        principal = viewer.principal
        if isinstance(principal, PartnerClient):
            if not has_scope(principal, cls.scope):
                raise InsufficientScope(cls.scope)
        elif viewer.user is None:
            raise NotAuthenticated(viewer)
        return cls.admits(viewer)

    @classmethod
    def admits(cls, viewer: Viewer) -> bool:
        """Whether the viewer may, without saying why not (an object by its id)."""
        principal = viewer.principal
        if isinstance(principal, PartnerClient):
            return has_scope(principal, cls.scope) and principal.installer_role in cls.roles
        return has_role(viewer, cls.roles)


class PartnersNeedScope(BasePermission):
    """A field people see wherever they see its object, and a partner's token only
    with ``scope``: what its object shows of another domain."""

    scope: ClassVar[str]

    def has_permission(self, source: Any, info: ViewerInfo, **kwargs: Any) -> bool:
        principal = info.context.principal
        if isinstance(principal, PartnerClient) and not has_scope(principal, self.scope):
            raise InsufficientScope(self.scope)
        return True


class SeesMembersEmails(PartnersNeedScope):
    scope = "members:read"


class SeesRoutingTeams(PartnersNeedScope):
    scope = "routing:read"


class ReadsTenant(IsTenantMember):
    """What any token of the tenant may read: the tenant itself."""

    scope = ANY_SCOPE


class ReadsLeads(IsTenantMember):
    scope = "leads:read"


class WritesLeads(IsTenantMember):
    scope = "leads:write"


class ReadsActivity(IsTenantMember):
    scope = "activity:read"


class LogsActivity(IsTenantMember):
    scope = "activity:write"


class ReadsAnalytics(IsTenantMember):
    scope = "analytics:read"


class ReadsRouting(IsTenantMember):
    scope = "routing:read"


class ReadsMembers(IsTenantMember):
    scope = "members:read"


class CanManageMembers(IsTenantMember):
    message = "Only owners and admins manage the members of a tenant."
    roles = frozenset({Role.OWNER, Role.ADMIN})


class CanManageFunnel(IsTenantMember):
    message = "Only owners, admins and sales managers change the funnel."
    scope = "settings:write"
    roles = frozenset({Role.OWNER, Role.ADMIN, Role.SALES_MANAGER})


class CanManageGoals(IsTenantMember):
    message = "Only owners, admins, sales managers and marketing set goals."
    roles = frozenset({Role.OWNER, Role.ADMIN, Role.SALES_MANAGER, Role.MARKETING})


class CanManageTeams(IsTenantMember):
    message = "Only owners, admins and sales managers manage teams."
    roles = MANAGING_ROLES  # the teams domain's rule, which names managers too


class CanManageRouting(IsTenantMember):
    message = "Only owners, admins and sales managers route leads and set routing rules."
    roles = MANAGING_ROLES


class CanManageSources(IsTenantMember):
    message = "Only owners, admins and marketing manage lead sources."
    scope = "settings:write"
    roles = frozenset({Role.OWNER, Role.ADMIN, Role.MARKETING})


class CanManageScoring(IsTenantMember):
    message = "Only owners, admins and marketing set how leads are scored."
    scope = "settings:write"
    roles = frozenset({Role.OWNER, Role.ADMIN, Role.MARKETING})


class CanDeleteLeads(IsTenantMember):
    message = "Sales reps do not delete leads; owners, admins, managers and marketing do."
    scope = "leads:write"
    roles = frozenset({Role.OWNER, Role.ADMIN, Role.SALES_MANAGER, Role.MARKETING})


class CanConfigureLeads(IsTenantMember):
    message = "Only owners and admins define the fields of leads."
    scope = "settings:write"
    roles = frozenset({Role.OWNER, Role.ADMIN})


class CanImportLeads(IsTenantMember):
    message = "Sales reps do not import lists; owners, admins, managers and marketing do."
    scope = "imports:write"
    roles = IMPORTING_ROLES


class CanRouteLeads(CanManageRouting):
    """Routing leads now, by the rules: what a partner's routing:write allows."""

    scope = "routing:write"


class PreviewsRouting(CanManageRouting):
    """Asking who would get a lead, and why: a read."""

    scope = "routing:read"


class CanManageApiClients(IsTenantMember):
    message = "Only owners and admins register and revoke API clients."
    roles = frozenset({Role.OWNER, Role.ADMIN})


class ManagesWebhooks(IsTenantMember):
    message = "Only owners and admins manage webhooks."
    roles = frozenset({Role.OWNER, Role.ADMIN})
    scope = "webhooks:manage"
