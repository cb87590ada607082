"""Mutations of the tenants domain: thin, each loads, calls the service, returns a payload."""

from datetime import datetime

import strawberry

from leadhub.db import new_id
from leadhub.graphql.context import Info
from leadhub.graphql.node import global_id, row_id
from leadhub.graphql.partial import applied, clearable, kept
from leadhub.graphql.payloads import answer, refusal, respond
from leadhub.graphql.permissions import CanManageMembers, IsAuthenticated
from leadhub.graphql.tenants.types import (
    InvitationNode,
    Me,
    MembershipNode,
    TenantNode,
    TenantUserError,
)
from leadhub.graphql.users import UserNode
from leadhub.onboarding import service as onboarding
from leadhub.principal import Newcomer, Person, Role, Visitor
from leadhub.tenants import password_reset, service
from leadhub.tenants.errors import TenantError
from leadhub.tenants.models import Language, User
from leadhub.work import UnitOfWork

REGION = "ISO 3166-1 country where phone numbers without a country code are read, such as NO."
TIME_ZONE = "IANA time zone the tenant's days (KPIs) are counted in, such as Europe/Oslo."
CURRENCY = "ISO 4217 code of the currency amounts are in, such as NOK."
NEW_TIME_ZONE = f"{TIME_ZONE} Left out: the region's, if it has one, else Europe/Oslo."
NEW_CURRENCY = f"{CURRENCY} Left out: the region's, else NOK."


@strawberry.input
class SignUpInput:
    company_name: str
    owner_name: str
    email: str
    password: str
    default_region: str | None = strawberry.field(default=None, description=REGION)
    time_zone: str | None = strawberry.field(default=None, description=NEW_TIME_ZONE)
    currency: str | None = strawberry.field(default=None, description=NEW_CURRENCY)

    def form(self) -> service.SignUpForm:
        return service.SignUpForm(
            company_name=self.company_name,
            owner_name=self.owner_name,
            email=self.email,
            password=self.password,
            default_region=self.default_region,
            time_zone=self.time_zone,
            currency=self.currency,
        )


@strawberry.input
class CreateTenantInput:
    name: str
    default_region: str | None = strawberry.field(default=None, description=REGION)
    time_zone: str | None = strawberry.field(default=None, description=NEW_TIME_ZONE)
    currency: str | None = strawberry.field(default=None, description=NEW_CURRENCY)

    def form(self) -> service.TenantForm:
        return service.TenantForm(
            name=self.name,
            default_region=self.default_region,
            time_zone=self.time_zone,
            currency=self.currency,
        )


@strawberry.type
class CreateTenantPayload:
    tenant: TenantNode | None = strawberry.field(
        default=None,
        description="Act in it with the same token, sending its id as 'X-Tenant-ID'.",
    )
    membership: MembershipNode | None = strawberry.field(default=None, description="Yours: owner.")
    errors: list[TenantUserError] = strawberry.field(default_factory=list)


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
    role: Role


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
    role: Role


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
class RequestPasswordResetInput:
    email: str


@strawberry.type
class RequestPasswordResetPayload:
    errors: list[TenantUserError] = strawberry.field(default_factory=list)


@strawberry.input
class ResetPasswordInput:
    token: str = strawberry.field(description="From the link in the password reset email.")
    new_password: str


@strawberry.type
class ResetPasswordPayload:
    user: UserNode | None = strawberry.field(
        default=None, description="Every login of theirs has ended: log in with the new password."
    )
    errors: list[TenantUserError] = strawberry.field(default_factory=list)


@strawberry.input(description="The settings to change: a setting left out stays as it is.")
class UpdateTenantSettingsInput:
    name: strawberry.Maybe[str | None] = kept("The tenant's name.")
    default_region: strawberry.Maybe[str | None] = clearable(
        f"{REGION} Without one, numbers need their country code."
    )
    time_zone: strawberry.Maybe[str | None] = kept(TIME_ZONE)
    currency: strawberry.Maybe[str | None] = kept(CURRENCY)
    reps_see_all_leads: strawberry.Maybe[bool | None] = kept(
        "Whether sales reps see every lead, not only their own."
    )


@strawberry.type
class UpdateTenantSettingsPayload:
    tenant: TenantNode | None = None
    errors: list[TenantUserError] = strawberry.field(default_factory=list)


@strawberry.input(description="Your account's details to change: one left out stays as it is.")
class UpdateProfileInput:
    name: strawberry.Maybe[str | None] = kept("Your name, as your teams see it.")
    language: strawberry.Maybe[Language | None] = clearable(
        "The language the web app shows you; null: your browser's."
    )


@strawberry.type
class UpdateProfilePayload:
    me: Me | None = None
    errors: list[TenantUserError] = strawberry.field(default_factory=list)


@strawberry.type
class TenantMutations:
    @strawberry.mutation(description="Create a company (tenant), its owner, and log in.")
    async def sign_up(self, info: Info, input: SignUpInput) -> SignUpPayload:
        context = info.context

        async def sign_up(work: UnitOfWork[Newcomer]) -> service.SignUp:
            await context.rate_limits.check_sign_up(context.client_address)
            return await onboarding.sign_up(
                work, context.settings, input.form(), context.client_address
            )

        result = await context.run_as(Newcomer(new_id()), sign_up)
        return answer(
            info,
            result,
            lambda signed_up: SignUpPayload(
                token=signed_up.login.token,
                token_expires_at=signed_up.login.auth_session.expires_at,
                user=UserNode.from_model(signed_up.user),
                tenant=TenantNode.from_model(signed_up.tenant),
            ),
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Found another company (tenant), of which you become the owner.",
    )
    async def create_tenant(self, info: Info, input: CreateTenantInput) -> CreateTenantPayload:
        context = info.context
        assert context.user is not None  # IsAuthenticated

        async def create_tenant(work: UnitOfWork[Newcomer]) -> service.FoundedTenant:
            await context.rate_limits.check_sign_up(context.client_address)
            return await onboarding.create_tenant(work, input.form())

        result = await context.run_as(Newcomer(new_id(), context.user.id), create_tenant)

        def created(founded: service.FoundedTenant) -> CreateTenantPayload:
            # The request itself is not in that tenant: hand its row to the loader.
            context.loaders.tenant.prime(founded.tenant.id, founded.tenant)
            return CreateTenantPayload(
                tenant=TenantNode.from_model(founded.tenant),
                membership=MembershipNode.from_model(founded.membership),
            )

        return answer(info, result, created)

    @strawberry.mutation
    async def log_in(self, info: Info, input: LogInInput) -> LogInPayload:
        context = info.context

        async def log_in(work: UnitOfWork[Visitor]) -> tuple[User, service.Login]:
            await context.rate_limits.check_login(context.client_address, input.email)
            return await service.log_in(
                work,
                context.settings,
                email=input.email,
                password=input.password,
                client_address=context.client_address,
            )

        result = await context.run_as(Visitor(), log_in)
        return answer(
            info,
            result,
            lambda logged_in: LogInPayload(
                token=logged_in[1].token,
                token_expires_at=logged_in[1].auth_session.expires_at,
                user=UserNode.from_model(logged_in[0]),
            ),
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def log_out(self, info: Info, input: LogOutInput) -> LogOutPayload:
        auth_session = info.context.auth_session
        assert auth_session is not None  # IsAuthenticated
        result = await info.context.run_as(
            Person(auth_session.user_id),
            lambda work: service.log_out(work, auth_session, everywhere=input.everywhere),
        )
        return answer(info, result, lambda ended: LogOutPayload(ended_sessions=ended))

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def update_profile(self, info: Info, input: UpdateProfileInput) -> UpdateProfilePayload:
        context = info.context
        assert context.user is not None  # IsAuthenticated
        result = await context.run_as(
            Person(context.user.id),
            lambda work: applied(input, lambda changes: service.update_profile(work, changes)),
        )
        return answer(
            info,
            result,
            lambda user: UpdateProfilePayload(
                me=Me.of(user, context.memberships, context.membership)
            ),
        )

    @strawberry.mutation(
        description="Email a password reset link to the account of this email, if there is"
        " one; the answer is the same either way."
    )
    async def request_password_reset(
        self, info: Info, input: RequestPasswordResetInput
    ) -> RequestPasswordResetPayload:
        context = info.context

        async def request_reset(work: UnitOfWork[Visitor]) -> None:
            await context.rate_limits.check_password_reset(context.client_address, input.email)
            await password_reset.request_password_reset(
                work, context.settings, email=input.email, client_address=context.client_address
            )

        result = await context.run_as(Visitor(), request_reset)
        return answer(info, result, lambda _: RequestPasswordResetPayload())

    @strawberry.mutation(description="Set a new password with a reset link's token.")
    async def reset_password(self, info: Info, input: ResetPasswordInput) -> ResetPasswordPayload:
        context = info.context
        result = await context.run_as(
            Visitor(),
            lambda work: password_reset.reset_password(
                work,
                context.settings,
                token=input.token,
                new_password=input.new_password,
                client_address=context.client_address,
            ),
        )
        return answer(
            info, result, lambda user: ResetPasswordPayload(user=UserNode.from_model(user))
        )

    @strawberry.mutation(permission_classes=[CanManageMembers])
    async def invite_member(self, info: Info, input: InviteMemberInput) -> InviteMemberPayload:
        return await respond(
            info,
            lambda work: service.invite_member(
                work, info.context.settings, email=input.email, role=input.role
            ),
            lambda invitation: InviteMemberPayload(
                invitation=InvitationNode.from_model(invitation)
            ),
        )

    @strawberry.mutation(permission_classes=[CanManageMembers])
    async def revoke_invitation(
        self, info: Info, input: RevokeInvitationInput
    ) -> RevokeInvitationPayload:
        return await respond(
            info,
            lambda work: service.revoke_invitation(
                work, row_id(input.invitation_id, "Invitation", "invitationId")
            ),
            lambda invitation: RevokeInvitationPayload(
                invitation=InvitationNode.from_model(invitation)
            ),
        )

    @strawberry.mutation(description="Join a tenant: logged in, or as a new account.")
    async def accept_invitation(
        self, info: Info, input: AcceptInvitationInput
    ) -> AcceptInvitationPayload:
        context = info.context
        try:
            tenant_id = service.invitation_tenant(input.token)
        except TenantError as error:
            return refusal(info, error)  # type: ignore[no-any-return]
        user = context.user
        result = await context.run_as(
            Newcomer(tenant_id, user.id if user else None),
            lambda work: service.accept_invitation(
                work,
                context.settings,
                token=input.token,
                user=user,
                name=input.name,
                password=input.password,
                client_address=context.client_address,
            ),
        )

        def accepted(joined: service.AcceptedInvitation) -> AcceptInvitationPayload:
            # The request itself is not in that tenant: hand its rows to the loaders.
            context.loaders.tenant.prime(joined.tenant.id, joined.tenant)
            context.loaders.user.prime(joined.user.id, joined.user)
            return AcceptInvitationPayload(
                membership=MembershipNode.from_model(joined.membership),
                token=joined.login.token if joined.login else None,
            )

        return answer(info, result, accepted)

    @strawberry.mutation(permission_classes=[CanManageMembers])
    async def change_member_role(
        self, info: Info, input: ChangeMemberRoleInput
    ) -> ChangeMemberRolePayload:
        return await respond(
            info,
            lambda work: service.change_role(
                work,
                membership_id=row_id(input.membership_id, "Membership", "membershipId"),
                role=input.role,
            ),
            lambda membership: ChangeMemberRolePayload(
                membership=MembershipNode.from_model(membership)
            ),
        )

    @strawberry.mutation(permission_classes=[CanManageMembers])
    async def remove_member(self, info: Info, input: RemoveMemberInput) -> RemoveMemberPayload:
        return await respond(
            info,
            lambda work: service.remove_member(
                work, membership_id=row_id(input.membership_id, "Membership", "membershipId")
            ),
            lambda membership: RemoveMemberPayload(
                removed_membership_id=strawberry.ID(global_id("Membership", membership.id))
            ),
        )

    @strawberry.mutation(permission_classes=[CanManageMembers])
    async def update_tenant_settings(
        self, info: Info, input: UpdateTenantSettingsInput
    ) -> UpdateTenantSettingsPayload:
        return await respond(
            info,
            lambda work: applied(input, lambda changes: service.update_settings(work, changes)),
            lambda tenant: UpdateTenantSettingsPayload(tenant=TenantNode.from_model(tenant)),
        )
