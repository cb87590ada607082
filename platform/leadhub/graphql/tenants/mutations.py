"""Mutations of the tenants domain: thin, each loads, calls the service, returns a payload."""

import uuid
from datetime import datetime

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub.db import new_id
from leadhub.errors import DomainError
from leadhub.graphql.context import Info
from leadhub.graphql.errors import user_errors
from leadhub.graphql.node import global_id, require_id
from leadhub.graphql.permissions import CanManageMembers, IsAuthenticated
from leadhub.graphql.tenants.types import (
    InvitationNode,
    MembershipNode,
    TenantNode,
    TenantUserError,
    UserNode,
)
from leadhub.tenants import models, service
from leadhub.tenants.errors import TenantError, TenantErrorCode
from leadhub.tenants.models import Invitation, Membership, User


@strawberry.input
class SignUpInput:
    company_name: str
    owner_name: str
    email: str
    password: str
    default_region: str | None = strawberry.field(
        default=None,
        description="ISO 3166-1 country where phone numbers without a country code are read.",
    )


@strawberry.type
class SignUpPayload:
    token: str | None = strawberry.field(default=None, description="Send as a Bearer token.")
    token_expires_at: datetime | None = None
    user: UserNode | None = None
    tenant: TenantNode | None = None
    errors: list[TenantUserError] = strawberry.field(default_factory=list)


@strawberry.input
class LogInInput:
    email: str
    password: str


@strawberry.type
class LogInPayload:
    token: str | None = None
    token_expires_at: datetime | None = None
    user: UserNode | None = None
    errors: list[TenantUserError] = strawberry.field(default_factory=list)


@strawberry.input
class LogOutInput:
    everywhere: bool = strawberry.field(default=False, description="End every login of yours.")


@strawberry.type
class LogOutPayload:
    ended_sessions: int = 0
    errors: list[TenantUserError] = strawberry.field(default_factory=list)


@strawberry.input
class InviteMemberInput:
    email: str
    role: models.Role


@strawberry.type
class InviteMemberPayload:
    invitation: InvitationNode | None = None
    errors: list[TenantUserError] = strawberry.field(default_factory=list)


@strawberry.input
class RevokeInvitationInput:
    invitation_id: strawberry.ID


@strawberry.type
class RevokeInvitationPayload:
    invitation: InvitationNode | None = None
    errors: list[TenantUserError] = strawberry.field(default_factory=list)


@strawberry.input
class AcceptInvitationInput:
    token: str
    name: str | None = strawberry.field(default=None, description="For a new account.")
    password: str | None = strawberry.field(default=None, description="For a new account.")


@strawberry.type
class AcceptInvitationPayload:
    membership: MembershipNode | None = None
    token: str | None = strawberry.field(
        default=None, description="Set when accepting created your account: you are logged in."
    )
    errors: list[TenantUserError] = strawberry.field(default_factory=list)


@strawberry.input
class ChangeMemberRoleInput:
    membership_id: strawberry.ID
    role: models.Role


@strawberry.type
class ChangeMemberRolePayload:
    membership: MembershipNode | None = None
    errors: list[TenantUserError] = strawberry.field(default_factory=list)


@strawberry.input
class RemoveMemberInput:
    membership_id: strawberry.ID


@strawberry.type
class RemoveMemberPayload:
    removed_membership_id: strawberry.ID | None = None
    errors: list[TenantUserError] = strawberry.field(default_factory=list)


@strawberry.input
class UpdateTenantSettingsInput:
    reps_see_all_leads: bool


@strawberry.type
class UpdateTenantSettingsPayload:
    tenant: TenantNode | None = None
    errors: list[TenantUserError] = strawberry.field(default_factory=list)


def _row_id(value: str, type_name: str, field: str) -> uuid.UUID:
    missing = TenantError(TenantErrorCode.NOT_FOUND, f"No such {type_name.lower()}.", field)
    return require_id(value, type_name, missing)


@strawberry.type
class TenantMutations:
    @strawberry.mutation(description="Create a company (tenant), its owner, and log in.")
    async def sign_up(self, info: Info, input: SignUpInput) -> SignUpPayload:
        context = info.context

        async def sign_up(session: AsyncSession) -> service.SignUp:
            await context.rate_limits.check_sign_up(context.client_address)
            return await service.sign_up(
                session,
                context.settings,
                company_name=input.company_name,
                owner_name=input.owner_name,
                email=input.email,
                password=input.password,
                client_address=context.client_address,
                default_region=input.default_region,
            )

        async with context.database.tenant_session(new_id()) as session:
            result = await context.write(sign_up, session)
        if isinstance(result, DomainError):
            return SignUpPayload(errors=user_errors(result, TenantUserError))
        return SignUpPayload(
            token=result.login.token,
            token_expires_at=result.login.auth_session.expires_at,
            user=UserNode.from_model(result.user),
            tenant=TenantNode.from_model(result.tenant),
        )

    @strawberry.mutation
    async def log_in(self, info: Info, input: LogInInput) -> LogInPayload:
        context = info.context

        async def log_in(session: AsyncSession) -> tuple[User, service.Login]:
            await context.rate_limits.check_login(context.client_address, input.email)
            return await service.log_in(
                session,
                context.settings,
                email=input.email,
                password=input.password,
                client_address=context.client_address,
            )

        async with context.database.identity_session() as session:
            result = await context.write(log_in, session)
        if isinstance(result, DomainError):
            return LogInPayload(errors=user_errors(result, TenantUserError))
        user, login = result
        return LogInPayload(
            token=login.token,
            token_expires_at=login.auth_session.expires_at,
            user=UserNode.from_model(user),
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def log_out(self, info: Info, input: LogOutInput) -> LogOutPayload:
        context = info.context
        auth_session = context.auth_session
        assert auth_session is not None

        async def log_out(session: AsyncSession) -> int:
            return await service.log_out(session, auth_session, everywhere=input.everywhere)

        async with context.database.identity_session(auth_session.user_id) as session:
            result = await context.write(log_out, session)
        if isinstance(result, DomainError):
            return LogOutPayload(errors=user_errors(result, TenantUserError))
        return LogOutPayload(ended_sessions=result)

    @strawberry.mutation(permission_classes=[CanManageMembers])
    async def invite_member(self, info: Info, input: InviteMemberInput) -> InviteMemberPayload:
        context = info.context

        async def invite(session: AsyncSession) -> Invitation:
            return await service.invite_member(
                session, context.settings, context.actor, email=input.email, role=input.role
            )

        result = await context.write(invite)
        if isinstance(result, DomainError):
            return InviteMemberPayload(errors=user_errors(result, TenantUserError))
        return InviteMemberPayload(invitation=InvitationNode.from_model(result))

    @strawberry.mutation(permission_classes=[CanManageMembers])
    async def revoke_invitation(
        self, info: Info, input: RevokeInvitationInput
    ) -> RevokeInvitationPayload:
        context = info.context

        async def revoke(session: AsyncSession) -> Invitation:
            invitation_id = _row_id(input.invitation_id, "Invitation", "invitationId")
            return await service.revoke_invitation(session, context.actor, invitation_id)

        result = await context.write(revoke)
        if isinstance(result, DomainError):
            return RevokeInvitationPayload(errors=user_errors(result, TenantUserError))
        return RevokeInvitationPayload(invitation=InvitationNode.from_model(result))

    @strawberry.mutation(description="Join a tenant: logged in, or as a new account.")
    async def accept_invitation(
        self, info: Info, input: AcceptInvitationInput
    ) -> AcceptInvitationPayload:
        context = info.context

        async def accept(session: AsyncSession) -> service.AcceptedInvitation:
            return await service.accept_invitation(
                session,
                context.settings,
                token=input.token,
                user=context.user,
                name=input.name,
                password=input.password,
                client_address=context.client_address,
            )

        try:
            tenant_id = service.invitation_tenant(input.token)
        except TenantError as error:
            return AcceptInvitationPayload(errors=user_errors(error, TenantUserError))
        user_id = context.user.id if context.user else None
        async with context.database.tenant_session(tenant_id, user_id) as session:
            result = await context.write(accept, session)
        if isinstance(result, DomainError):
            return AcceptInvitationPayload(errors=user_errors(result, TenantUserError))
        # The request itself is not in that tenant yet: hand its rows to the loaders.
        context.loaders.tenant.prime(result.tenant.id, result.tenant)
        context.loaders.user.prime(result.user.id, result.user)
        return AcceptInvitationPayload(
            membership=MembershipNode.from_model(result.membership),
            token=result.login.token if result.login else None,
        )

    @strawberry.mutation(permission_classes=[CanManageMembers])
    async def change_member_role(
        self, info: Info, input: ChangeMemberRoleInput
    ) -> ChangeMemberRolePayload:
        context = info.context

        async def change(session: AsyncSession) -> Membership:
            membership_id = _row_id(input.membership_id, "Membership", "membershipId")
            return await service.change_role(
                session, context.actor, membership_id=membership_id, role=input.role
            )

        result = await context.write(change)
        if isinstance(result, DomainError):
            return ChangeMemberRolePayload(errors=user_errors(result, TenantUserError))
        return ChangeMemberRolePayload(membership=MembershipNode.from_model(result))

    @strawberry.mutation(permission_classes=[CanManageMembers])
    async def remove_member(self, info: Info, input: RemoveMemberInput) -> RemoveMemberPayload:
        context = info.context

        async def remove(session: AsyncSession) -> Membership:
            membership_id = _row_id(input.membership_id, "Membership", "membershipId")
            return await service.remove_member(session, context.actor, membership_id=membership_id)

        result = await context.write(remove)
        if isinstance(result, DomainError):
            return RemoveMemberPayload(errors=user_errors(result, TenantUserError))
        return RemoveMemberPayload(
            removed_membership_id=strawberry.ID(global_id("Membership", result.id))
        )

    @strawberry.mutation(permission_classes=[CanManageMembers])
    async def update_tenant_settings(
        self, info: Info, input: UpdateTenantSettingsInput
    ) -> UpdateTenantSettingsPayload:
        context = info.context

        async def update(session: AsyncSession) -> models.Tenant:
            return await service.update_settings(
                session, context.actor, reps_see_all_leads=input.reps_see_all_leads
            )

        result = await context.write(update)
        if isinstance(result, DomainError):
            return UpdateTenantSettingsPayload(errors=user_errors(result, TenantUserError))
        return UpdateTenantSettingsPayload(tenant=TenantNode.from_model(result))
