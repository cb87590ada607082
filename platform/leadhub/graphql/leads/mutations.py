"""Mutations of the leads domain: leads, the funnel's stages and the lead sources."""

import uuid
from collections.abc import Awaitable, Callable
from datetime import date
from decimal import Decimal
from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.scalars import JSON

from leadhub.errors import DomainError
from leadhub.graphql.context import Info
from leadhub.graphql.errors import user_errors
from leadhub.graphql.leads.types import (
    CustomField,
    DuplicateCandidate,
    FunnelStage,
    Lead,
    LeadUserError,
    Source,
)
from leadhub.graphql.node import global_id, require_id
from leadhub.graphql.permissions import (
    CanConfigureLeads,
    CanManageFunnel,
    CanManageSources,
    IsTenantMember,
)
from leadhub.leads import custom_fields, dedupe, funnel, lifecycle, models, nurture, sources
from leadhub.leads import service as lead_service
from leadhub.leads.errors import invalid, not_found


def _object(value: object, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise invalid("Give an object of values by field key.", field)
    return value


def _row_id(value: str, type_name: str, field: str) -> uuid.UUID:
    return require_id(value, type_name, not_found(type_name, field))


@strawberry.input
class CreateFunnelStageInput:
    name: str
    kind: models.StageKind = models.StageKind.OPEN
    win_probability: float = strawberry.field(description="From 0 to 1.")
    position: int | None = strawberry.field(default=None, description="1 is first; last if unset.")


@strawberry.input
class UpdateFunnelStageInput:
    stage_id: strawberry.ID
    name: str
    kind: models.StageKind
    win_probability: float


@strawberry.input
class ReorderFunnelStagesInput:
    stage_ids: list[strawberry.ID] = strawberry.field(description="Every stage, in its new order.")


@strawberry.input
class DeleteFunnelStageInput:
    stage_id: strawberry.ID


@strawberry.type
class FunnelStagePayload:
    stage: FunnelStage | None = None
    errors: list[LeadUserError] = strawberry.field(default_factory=list)


@strawberry.type
class ReorderFunnelStagesPayload:
    stages: list[FunnelStage] | None = None
    errors: list[LeadUserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeleteFunnelStagePayload:
    deleted_stage_id: strawberry.ID | None = None
    errors: list[LeadUserError] = strawberry.field(default_factory=list)


@strawberry.input
class SourceInput:
    name: str
    kind: models.SourceKind
    campaign: str | None = None
    event_date: date | None = None
    cost: Decimal | None = None

    def fields(self) -> sources.SourceFields:
        return sources.SourceFields(
            name=self.name,
            kind=self.kind,
            campaign=self.campaign,
            event_date=self.event_date,
            cost=self.cost,
        )


@strawberry.input
class UpdateSourceInput:
    source_id: strawberry.ID
    source: SourceInput = strawberry.field(description="All of its fields, as they are to be.")


@strawberry.input
class DeleteSourceInput:
    source_id: strawberry.ID


@strawberry.type
class SourcePayload:
    source: Source | None = None
    errors: list[LeadUserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeleteSourcePayload:
    deleted_source_id: strawberry.ID | None = None
    errors: list[LeadUserError] = strawberry.field(default_factory=list)


def _probability(value: float) -> Decimal:
    return Decimal(repr(value))


@strawberry.type
class FunnelMutations:
    @strawberry.mutation(permission_classes=[CanManageFunnel])
    async def create_funnel_stage(
        self, info: Info, input: CreateFunnelStageInput
    ) -> FunnelStagePayload:
        async def create(session: AsyncSession) -> models.FunnelStage:
            return await funnel.create_stage(
                session,
                name=input.name,
                kind=input.kind,
                win_probability=_probability(input.win_probability),
                position=input.position,
            )

        result = await info.context.write(create)
        if isinstance(result, DomainError):
            return FunnelStagePayload(errors=user_errors(result, LeadUserError))
        return FunnelStagePayload(stage=FunnelStage.from_model(result))

    @strawberry.mutation(permission_classes=[CanManageFunnel])
    async def update_funnel_stage(
        self, info: Info, input: UpdateFunnelStageInput
    ) -> FunnelStagePayload:
        async def update(session: AsyncSession) -> models.FunnelStage:
            return await funnel.update_stage(
                session,
                _row_id(input.stage_id, "FunnelStage", "stageId"),
                name=input.name,
                kind=input.kind,
                win_probability=_probability(input.win_probability),
            )

        result = await info.context.write(update)
        if isinstance(result, DomainError):
            return FunnelStagePayload(errors=user_errors(result, LeadUserError))
        return FunnelStagePayload(stage=FunnelStage.from_model(result))

    @strawberry.mutation(permission_classes=[CanManageFunnel])
    async def reorder_funnel_stages(
        self, info: Info, input: ReorderFunnelStagesInput
    ) -> ReorderFunnelStagesPayload:
        async def reorder(session: AsyncSession) -> list[models.FunnelStage]:
            stage_ids = [_row_id(value, "FunnelStage", "stageIds") for value in input.stage_ids]
            return await funnel.reorder_stages(session, stage_ids)

        result = await info.context.write(reorder)
        if isinstance(result, DomainError):
            return ReorderFunnelStagesPayload(errors=user_errors(result, LeadUserError))
        return ReorderFunnelStagesPayload(stages=[FunnelStage.from_model(s) for s in result])

    @strawberry.mutation(permission_classes=[CanManageFunnel])
    async def delete_funnel_stage(
        self, info: Info, input: DeleteFunnelStageInput
    ) -> DeleteFunnelStagePayload:
        async def delete(session: AsyncSession) -> models.FunnelStage:
            stage_id = _row_id(input.stage_id, "FunnelStage", "stageId")
            return await funnel.delete_stage(session, stage_id)

        result = await info.context.write(delete)
        if isinstance(result, DomainError):
            return DeleteFunnelStagePayload(errors=user_errors(result, LeadUserError))
        return DeleteFunnelStagePayload(
            deleted_stage_id=strawberry.ID(global_id("FunnelStage", result.id))
        )


@strawberry.type
class SourceMutations:
    @strawberry.mutation(permission_classes=[CanManageSources])
    async def create_source(self, info: Info, input: SourceInput) -> SourcePayload:
        async def create(session: AsyncSession) -> models.Source:
            return await sources.create_source(session, input.fields())

        result = await info.context.write(create)
        if isinstance(result, DomainError):
            return SourcePayload(errors=user_errors(result, LeadUserError))
        return SourcePayload(source=Source.from_model(result))

    @strawberry.mutation(permission_classes=[CanManageSources])
    async def update_source(self, info: Info, input: UpdateSourceInput) -> SourcePayload:
        async def update(session: AsyncSession) -> models.Source:
            source_id = _row_id(input.source_id, "Source", "sourceId")
            return await sources.update_source(session, source_id, input.source.fields())

        result = await info.context.write(update)
        if isinstance(result, DomainError):
            return SourcePayload(errors=user_errors(result, LeadUserError))
        return SourcePayload(source=Source.from_model(result))

    @strawberry.mutation(permission_classes=[CanManageSources])
    async def delete_source(self, info: Info, input: DeleteSourceInput) -> DeleteSourcePayload:
        async def delete(session: AsyncSession) -> models.Source:
            source_id = _row_id(input.source_id, "Source", "sourceId")
            return await sources.delete_source(session, source_id)

        result = await info.context.write(delete)
        if isinstance(result, DomainError):
            return DeleteSourcePayload(errors=user_errors(result, LeadUserError))
        return DeleteSourcePayload(deleted_source_id=strawberry.ID(global_id("Source", result.id)))


@strawberry.input
class ExternalIdInput:
    system: str = strawberry.field(description="The partner's system, such as hubspot.")
    external_id: str


@strawberry.input
class LeadInput:
    name: str
    email: str | None = None
    phone: str | None = strawberry.field(
        default=None, description="With its country code, or in the tenant's default region."
    )
    title: str | None = None
    company: str | None = None
    website: str | None = None
    country: str | None = strawberry.field(default=None, description="ISO 3166-1 alpha-2.")
    region: str | None = None
    industry: str | None = None
    company_size: models.CompanySize | None = None
    source_id: strawberry.ID | None = None
    referred_by_id: strawberry.ID | None = strawberry.field(
        default=None, description="The customer (a won lead) who referred this one."
    )
    owner_id: strawberry.ID | None = strawberry.field(
        default=None, description="A member's user id."
    )
    owner_team_id: strawberry.ID | None = None
    purchase_timeframe: models.PurchaseTimeframe = models.PurchaseTimeframe.UNKNOWN
    temperature: models.Temperature | None = strawberry.field(
        default=None, description="Overrides the temperature the timeframe gives."
    )
    expected_value: Decimal | None = None
    tags: list[str] = strawberry.field(default_factory=list)
    external_ids: list[ExternalIdInput] = strawberry.field(default_factory=list)
    custom_fields: JSON | None = strawberry.field(
        default=None, description="Values by field key; a null value clears one."
    )

    def fields(self) -> lead_service.LeadFields:
        """The service's fields; raises NOT_FOUND for an id of the wrong kind."""
        return lead_service.LeadFields(
            name=self.name,
            email=self.email,
            phone=self.phone,
            title=self.title,
            company=self.company,
            website=self.website,
            country=self.country,
            region=self.region,
            industry=self.industry,
            company_size=self.company_size,
            source_id=_row_id(self.source_id, "Source", "sourceId") if self.source_id else None,
            referred_by_id=(
                _row_id(self.referred_by_id, "Lead", "referredById")
                if self.referred_by_id
                else None
            ),
            owner_id=_row_id(self.owner_id, "User", "ownerId") if self.owner_id else None,
            owner_team_id=(
                _row_id(self.owner_team_id, "Team", "ownerTeamId") if self.owner_team_id else None
            ),
            purchase_timeframe=self.purchase_timeframe,
            temperature=self.temperature,
            expected_value=self.expected_value,
            tags=tuple(self.tags),
            external_ids=tuple((entry.system, entry.external_id) for entry in self.external_ids),
            custom_fields=_object(
                {} if self.custom_fields is None else self.custom_fields, "customFields"
            ),
        )


@strawberry.input
class CreateLeadInput:
    lead: LeadInput
    stage_id: strawberry.ID | None = strawberry.field(
        default=None, description="The funnel's first open stage if unset."
    )


@strawberry.input
class UpdateLeadInput:
    lead_id: strawberry.ID
    lead: LeadInput = strawberry.field(description="All of its fields, as they are to be.")


@strawberry.type
class LeadPayload:
    lead: Lead | None = None
    errors: list[LeadUserError] = strawberry.field(default_factory=list)


@strawberry.type
class SaveLeadPayload:
    lead: Lead | None = None
    duplicates: list[DuplicateCandidate] = strawberry.field(
        default_factory=list,
        description="Leads that look like the saved one: candidates for mergeLeads.",
    )
    errors: list[LeadUserError] = strawberry.field(default_factory=list)


SaveLead = Callable[[AsyncSession, uuid.UUID], Awaitable[models.Lead]]


async def _save_lead(info: Info, save: SaveLead) -> SaveLeadPayload:
    """Create or update a lead, and report the duplicates it has now."""
    context = info.context

    async def run(session: AsyncSession) -> tuple[models.Lead, list[dedupe.Candidate]]:
        lead = await save(session, context.actor.user_id)
        return lead, await dedupe.duplicate_candidates(session, lead.id)

    result = await context.write(run)
    if isinstance(result, DomainError):
        return SaveLeadPayload(errors=user_errors(result, LeadUserError))
    lead, candidates = result
    return SaveLeadPayload(
        lead=Lead.from_model(lead),
        duplicates=[DuplicateCandidate.from_candidate(found) for found in candidates],
    )


@strawberry.type
class LeadMutations:
    @strawberry.mutation(permission_classes=[IsTenantMember])
    async def create_lead(self, info: Info, input: CreateLeadInput) -> SaveLeadPayload:
        async def create(session: AsyncSession, actor_id: uuid.UUID) -> models.Lead:
            stage_id = _row_id(input.stage_id, "FunnelStage", "stageId") if input.stage_id else None
            return await lead_service.create_lead(
                session, actor_id, input.lead.fields(), stage_id=stage_id
            )

        return await _save_lead(info, create)

    @strawberry.mutation(permission_classes=[IsTenantMember])
    async def update_lead(self, info: Info, input: UpdateLeadInput) -> SaveLeadPayload:
        async def update(session: AsyncSession, actor_id: uuid.UUID) -> models.Lead:
            lead_id = _row_id(input.lead_id, "Lead", "leadId")
            return await lead_service.update_lead(session, actor_id, lead_id, input.lead.fields())

        return await _save_lead(info, update)


LeadOperation = Callable[[AsyncSession, uuid.UUID, uuid.UUID], Awaitable[models.Lead]]


async def _on_lead(info: Info, lead_id: strawberry.ID, operation: LeadOperation) -> LeadPayload:
    """Run a lifecycle operation on one lead, as its own all-or-nothing write."""
    context = info.context

    async def run(session: AsyncSession) -> models.Lead:
        return await operation(session, context.actor.user_id, _row_id(lead_id, "Lead", "leadId"))

    result = await context.write(run)
    if isinstance(result, DomainError):
        return LeadPayload(errors=user_errors(result, LeadUserError))
    return LeadPayload(lead=Lead.from_model(result))


@strawberry.input
class MoveLeadInput:
    lead_id: strawberry.ID
    stage_id: strawberry.ID = strawberry.field(description="An open stage.")


@strawberry.input
class QualifyLeadInput:
    lead_id: strawberry.ID
    milestone: models.Milestone = strawberry.field(description="MQL or SQL.")


@strawberry.input
class WinLeadInput:
    lead_id: strawberry.ID
    amount: Decimal


@strawberry.input
class CloseLeadInput:
    lead_id: strawberry.ID
    reason: str


@strawberry.input
class ReopenLeadInput:
    lead_id: strawberry.ID
    stage_id: strawberry.ID | None = strawberry.field(
        default=None, description="An open stage; the first if unset."
    )


@strawberry.input
class ParkLeadInput:
    lead_id: strawberry.ID
    until: date = strawberry.field(description="The day it returns to its owner; after today.")


@strawberry.input
class RecycleLeadInput:
    lead_id: strawberry.ID
    until: date = strawberry.field(description="The day it returns to its owner; after today.")
    source_id: strawberry.ID | None = strawberry.field(
        default=None, description="A source of the RECYCLED kind to credit, if any."
    )


@strawberry.input
class UnparkLeadInput:
    lead_id: strawberry.ID


@strawberry.type
class LifecycleMutations:
    @strawberry.mutation(permission_classes=[IsTenantMember])
    async def move_lead(self, info: Info, input: MoveLeadInput) -> LeadPayload:
        return await _on_lead(
            info,
            input.lead_id,
            lambda session, actor, lead: lifecycle.move(
                session, actor, lead, _row_id(input.stage_id, "FunnelStage", "stageId")
            ),
        )

    @strawberry.mutation(permission_classes=[IsTenantMember])
    async def qualify_lead(self, info: Info, input: QualifyLeadInput) -> LeadPayload:
        return await _on_lead(
            info,
            input.lead_id,
            lambda session, actor, lead: lifecycle.qualify(session, actor, lead, input.milestone),
        )

    @strawberry.mutation(permission_classes=[IsTenantMember])
    async def win_lead(self, info: Info, input: WinLeadInput) -> LeadPayload:
        return await _on_lead(
            info,
            input.lead_id,
            lambda session, actor, lead: lifecycle.win(session, actor, lead, input.amount),
        )

    @strawberry.mutation(permission_classes=[IsTenantMember])
    async def lose_lead(self, info: Info, input: CloseLeadInput) -> LeadPayload:
        return await _on_lead(
            info,
            input.lead_id,
            lambda session, actor, lead: lifecycle.lose(session, actor, lead, input.reason),
        )

    @strawberry.mutation(permission_classes=[IsTenantMember])
    async def disqualify_lead(self, info: Info, input: CloseLeadInput) -> LeadPayload:
        return await _on_lead(
            info,
            input.lead_id,
            lambda session, actor, lead: lifecycle.disqualify(session, actor, lead, input.reason),
        )

    @strawberry.mutation(permission_classes=[IsTenantMember])
    async def reopen_lead(self, info: Info, input: ReopenLeadInput) -> LeadPayload:
        stage_id = input.stage_id
        return await _on_lead(
            info,
            input.lead_id,
            lambda session, actor, lead: lifecycle.reopen(
                session,
                actor,
                lead,
                _row_id(stage_id, "FunnelStage", "stageId") if stage_id else None,
            ),
        )

    @strawberry.mutation(
        permission_classes=[IsTenantMember],
        description="Set an open lead aside for nurture; it returns to its owner on the day.",
    )
    async def park_lead(self, info: Info, input: ParkLeadInput) -> LeadPayload:
        return await _on_lead(
            info,
            input.lead_id,
            lambda session, actor, lead: nurture.park(session, actor, lead, input.until),
        )

    @strawberry.mutation(
        permission_classes=[IsTenantMember],
        description="Bring a lost lead back into the funnel's first stage, parked for nurture.",
    )
    async def recycle_lead(self, info: Info, input: RecycleLeadInput) -> LeadPayload:
        source_id = input.source_id
        return await _on_lead(
            info,
            input.lead_id,
            lambda session, actor, lead: nurture.recycle(
                session,
                actor,
                lead,
                input.until,
                _row_id(source_id, "Source", "sourceId") if source_id else None,
            ),
        )

    @strawberry.mutation(
        permission_classes=[IsTenantMember], description="End a lead's nurture before its day."
    )
    async def unpark_lead(self, info: Info, input: UnparkLeadInput) -> LeadPayload:
        return await _on_lead(info, input.lead_id, nurture.unpark)


@strawberry.input
class DefineCustomFieldInput:
    key: str = strawberry.field(description="a-z, then a-z, 0-9 and _; 50 at most.")
    label: str
    type: models.FieldType
    choices: list[str] = strawberry.field(default_factory=list)
    required: bool = False


@strawberry.input
class RemoveCustomFieldInput:
    field_id: strawberry.ID


@strawberry.type
class CustomFieldPayload:
    field: CustomField | None = None
    errors: list[LeadUserError] = strawberry.field(default_factory=list)


@strawberry.type
class RemoveCustomFieldPayload:
    removed_field_id: strawberry.ID | None = None
    errors: list[LeadUserError] = strawberry.field(default_factory=list)


@strawberry.type
class CustomFieldMutations:
    @strawberry.mutation(permission_classes=[CanConfigureLeads])
    async def define_custom_field(
        self, info: Info, input: DefineCustomFieldInput
    ) -> CustomFieldPayload:
        definition = custom_fields.FieldDefinition(
            key=input.key,
            label=input.label,
            type=input.type,
            choices=tuple(input.choices),
            required=input.required,
        )
        result = await info.context.write(lambda session: custom_fields.define(session, definition))
        if isinstance(result, DomainError):
            return CustomFieldPayload(errors=user_errors(result, LeadUserError))
        return CustomFieldPayload(field=CustomField.from_model(result))

    @strawberry.mutation(permission_classes=[CanConfigureLeads])
    async def remove_custom_field(
        self, info: Info, input: RemoveCustomFieldInput
    ) -> RemoveCustomFieldPayload:
        async def remove(session: AsyncSession) -> models.CustomFieldDefinition:
            field_id = _row_id(input.field_id, "CustomField", "fieldId")
            return await custom_fields.remove(session, field_id)

        result = await info.context.write(remove)
        if isinstance(result, DomainError):
            return RemoveCustomFieldPayload(errors=user_errors(result, LeadUserError))
        return RemoveCustomFieldPayload(
            removed_field_id=strawberry.ID(global_id("CustomField", result.id))
        )


@strawberry.input
class MergeLeadsInput:
    survivor_id: strawberry.ID = strawberry.field(description="The lead that stays.")
    duplicate_id: strawberry.ID = strawberry.field(description="The lead folded into it.")


@strawberry.type
class DedupeMutations:
    @strawberry.mutation(permission_classes=[IsTenantMember])
    async def merge_leads(self, info: Info, input: MergeLeadsInput) -> LeadPayload:
        context = info.context

        async def merge(session: AsyncSession) -> models.Lead:
            return await dedupe.merge(
                session,
                context.actor.user_id,
                survivor_id=_row_id(input.survivor_id, "Lead", "survivorId"),
                duplicate_id=_row_id(input.duplicate_id, "Lead", "duplicateId"),
            )

        result = await context.write(merge)
        if isinstance(result, DomainError):
            return LeadPayload(errors=user_errors(result, LeadUserError))
        return LeadPayload(lead=Lead.from_model(result))
