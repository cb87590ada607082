"""Who may call what, declared on fields and mutations as classes, never in resolvers."""

from typing import Any, ClassVar

from strawberry.permission import BasePermission

from graphql import GraphQLError
from leadhub.graphql.context import Viewer, ViewerInfo
from leadhub.imports.service import IMPORTING_ROLES
from leadhub.principal import Member, Role
from leadhub.teams.service import MANAGING_ROLES

LOG_IN_FIRST = "Log in first: send the token from logIn as 'Authorization: Bearer <token>'."
LOG_IN_AGAIN = "That login has ended or was never valid: log in again."


class NotAuthenticated(GraphQLError):
    """No valid login: refused before any question of tenant or role."""

    def __init__(self, viewer: Viewer) -> None:
        message = LOG_IN_AGAIN if viewer.token_rejected else LOG_IN_FIRST
        super().__init__(message, extensions={"code": "UNAUTHENTICATED"})


class IsAuthenticated(BasePermission):
    def has_permission(self, source: Any, info: ViewerInfo, **kwargs: Any) -> bool:
        if info.context.user is None:
            raise NotAuthenticated(info.context)
        return True


def has_role(viewer: Viewer, roles: frozenset[Role]) -> bool:
    """Whether the viewer is a member of its tenant holding one of ``roles``."""
    principal = viewer.principal
    return isinstance(principal, Member) and principal.role in roles


class IsTenantMember(BasePermission):
    message = (
        "Choose a tenant you belong to: send its id in the 'X-Tenant-ID' header"
        " (needed when you belong to several)."
    )
    error_extensions = {"code": "FORBIDDEN"}  # noqa: RUF012 (read per instance)
    roles: ClassVar[frozenset[Role]] = frozenset(Role)

    def has_permission(self, source: Any, info: ViewerInfo, **kwargs: Any) -> bool:
        return self.allows(info.context)

    @classmethod
    def allows(cls, viewer: Viewer) -> bool:
        if viewer.user is None:
            raise NotAuthenticated(viewer)
        return has_role(viewer, cls.roles)


class CanManageMembers(IsTenantMember):
    message = "Only owners and admins manage the members of a tenant."
    roles = frozenset({Role.OWNER, Role.ADMIN})


class CanManageFunnel(IsTenantMember):
    message = "Only owners, admins and sales managers change the funnel."
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
    roles = frozenset({Role.OWNER, Role.ADMIN, Role.MARKETING})


class CanManageScoring(IsTenantMember):
    message = "Only owners, admins and marketing set how leads are scored."
    roles = frozenset({Role.OWNER, Role.ADMIN, Role.MARKETING})


class CanDeleteLeads(IsTenantMember):
    message = "Sales reps do not delete leads; owners, admins, managers and marketing do."
    roles = frozenset({Role.OWNER, Role.ADMIN, Role.SALES_MANAGER, Role.MARKETING})


class CanConfigureLeads(IsTenantMember):
    message = "Only owners and admins define the fields of leads."
    roles = frozenset({Role.OWNER, Role.ADMIN})


class CanImportLeads(IsTenantMember):
    message = "Sales reps do not import lists; owners, admins, managers and marketing do."
    roles = IMPORTING_ROLES
