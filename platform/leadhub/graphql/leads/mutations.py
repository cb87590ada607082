"""Mutations of the leads domain: leads, the funnel's stages and the lead sources."""

import uuid
from collections.abc import Awaitable, Callable
from datetime import date
from decimal import Decimal
from typing import Any

import strawberry
from strawberry.scalars import JSON

from leadhub.errors import Problems
from leadhub.graphql.context import Info
from leadhub.graphql.leads.types import (
    CustomField,
    DuplicateCandidate,
    Lead,
    LeadUserError,
    Source,
)
from leadhub.graphql.node import checked_row_id, global_id, optional_row_id, row_id, row_ids
from leadhub.graphql.partial import applied, clearable, given, kept
from leadhub.graphql.payloads import respond_in_tenant
from leadhub.graphql.permissions import (
    CanConfigureLeads,
    CanManageFunnel,
    CanManageSources,
    WritesLeads,
)
from leadhub.graphql.stages import FunnelStage
from leadhub.leads import custom_fields, dedupe, funnel, lifecycle, models, nurture, sources
from leadhub.leads import service as lead_service
from leadhub.leads.errors import invalid
from leadhub.principal import InTenant
from leadhub.work import UnitOfWork

_CHANGES = "The fields to change: a field left out stays as it is."


def _object(value: object, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise invalid("Give an object of values by field key.", field)
    return value


@strawberry.input
class CreateFunnelStageInput:
    name: str
    kind: models.StageKind = models.StageKind.OPEN
    win_probability: float = strawberry.field(description="From 0 to 1.")
    position: int | None = strawberry.field(default=None, description="1 is first; last if unset.")
    routes_leads: bool = strawberry.field(
        default=False,
        description="Whether a lead reaching it is routed; a lead a person gave to someone "
        "stays theirs.",
    )


@strawberry.input(description=_CHANGES)
class UpdateFunnelStageInput:
    stage_id: strawberry.ID
    name: strawberry.Maybe[str | None] = kept()
    kind: strawberry.Maybe[models.StageKind | None] = kept()
    win_probability: strawberry.Maybe[float | None] = kept("From 0 to 1.")
    routes_leads: strawberry.Maybe[bool | None] = kept(
        "Whether a lead reaching it is routed; a lead a person gave to someone stays theirs."
    )

    @staticmethod
    def service_values(changes: dict[str, Any]) -> dict[str, Any]:
        if "win_probability" in changes:
            return {**changes, "win_probability": _probability(changes["win_probability"])}
        return changes


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

    @classmethod
    def of(cls, stage: models.FunnelStage) -> "FunnelStagePayload":
        return cls(stage=FunnelStage.from_model(stage))


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


@strawberry.input(description=_CHANGES)
class SourceChangesInput:
    name: strawberry.Maybe[str | None] = kept()
    kind: strawberry.Maybe[models.SourceKind | None] = kept()
    campaign: strawberry.Maybe[str | None] = clearable()
    event_date: strawberry.Maybe[date | None] = clearable()
    cost: strawberry.Maybe[Decimal | None] = clearable()


@strawberry.input
class UpdateSourceInput:
    source_id: strawberry.ID
    source: SourceChangesInput


@strawberry.input
class DeleteSourceInput:
    source_id: strawberry.ID


@strawberry.type
class SourcePayload:
    source: Source | None = None
    errors: list[LeadUserError] = strawberry.field(default_factory=list)

    @classmethod
    def of(cls, source: models.Source) -> "SourcePayload":
        return cls(source=Source.from_model(source))


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
        return await respond_in_tenant(
            info,
            lambda work: funnel.create_stage(
                work,
                name=input.name,
                kind=input.kind,
                win_probability=_probability(input.win_probability),
                position=input.position,
                routes_leads=input.routes_leads,
            ),
            FunnelStagePayload.of,
        )

    @strawberry.mutation(permission_classes=[CanManageFunnel])
    async def update_funnel_stage(
        self, info: Info, input: UpdateFunnelStageInput
    ) -> FunnelStagePayload:
        async def update(work: UnitOfWork[InTenant]) -> models.FunnelStage:
            stage_id = row_id(input.stage_id, "FunnelStage", "stageId")
            return await applied(
                input,
                lambda changes: funnel.update_stage(
                    work, stage_id, **input.service_values(changes)
                ),
            )

        return await respond_in_tenant(info, update, FunnelStagePayload.of)

    @strawberry.mutation(permission_classes=[CanManageFunnel])
    async def reorder_funnel_stages(
        self, info: Info, input: ReorderFunnelStagesInput
    ) -> ReorderFunnelStagesPayload:
        return await respond_in_tenant(
            info,
            lambda work: funnel.reorder_stages(
                work, row_ids(input.stage_ids, "FunnelStage", "stageIds")
            ),
            lambda stages: ReorderFunnelStagesPayload(
                stages=[FunnelStage.from_model(stage) for stage in stages]
            ),
        )

    @strawberry.mutation(permission_classes=[CanManageFunnel])
    async def delete_funnel_stage(
        self, info: Info, input: DeleteFunnelStageInput
    ) -> DeleteFunnelStagePayload:
        return await respond_in_tenant(
            info,
            lambda work: funnel.delete_stage(
                work, row_id(input.stage_id, "FunnelStage", "stageId")
            ),
            lambda stage: DeleteFunnelStagePayload(
                deleted_stage_id=strawberry.ID(global_id("FunnelStage", stage.id))
            ),
        )


@strawberry.type
class SourceMutations:
    @strawberry.mutation(permission_classes=[CanManageSources])
    async def create_source(self, info: Info, input: SourceInput) -> SourcePayload:
        return await respond_in_tenant(
            info, lambda work: sources.create_source(work, input.fields()), SourcePayload.of
        )

    @strawberry.mutation(permission_classes=[CanManageSources])
    async def update_source(self, info: Info, input: UpdateSourceInput) -> SourcePayload:
        async def update(work: UnitOfWork[InTenant]) -> models.Source:
            source_id = row_id(input.source_id, "Source", "sourceId")
            return await applied(
                input.source, lambda changes: sources.update_source(work, source_id, changes)
            )

        return await respond_in_tenant(info, update, SourcePayload.of)

    @strawberry.mutation(permission_classes=[CanManageSources])
    async def delete_source(self, info: Info, input: DeleteSourceInput) -> DeleteSourcePayload:
        return await respond_in_tenant(
            info,
            lambda work: sources.delete_source(work, row_id(input.source_id, "Source", "sourceId")),
            lambda source: DeleteSourcePayload(
                deleted_source_id=strawberry.ID(global_id("Source", source.id))
            ),
        )


@strawberry.input
class ExternalIdInput:
    system: str = strawberry.field(description="The partner's system, such as hubspot.")
    external_id: str


# The references a lead's input names, by Python name: the node type and the API field.
_LEAD_REFERENCES = {
    "source_id": ("Source", "sourceId"),
    "referred_by_id": ("Lead", "referredById"),
    "owner_id": ("User", "ownerId"),
    "owner_team_id": ("Team", "ownerTeamId"),
}


def lead_values(values: dict[str, Any], problems: Problems) -> dict[str, Any]:
    """A lead input's values, by Python name, as the service takes them; an id that is
    not one of its kind is kept in ``problems`` as NOT_FOUND, and left out."""
    converted = dict(values)
    for name, (type_name, field) in _LEAD_REFERENCES.items():
        if name in values:
            converted[name] = checked_row_id(problems, values[name], type_name, field)
    if "tags" in values:
        converted["tags"] = tuple(values["tags"])
    if "external_ids" in values:
        converted["external_ids"] = tuple(
            (entry.system, entry.external_id) for entry in values["external_ids"]
        )
    if "custom_fields" in values:
        custom = values["custom_fields"]
        converted["custom_fields"] = _object({} if custom is None else custom, "customFields")
    return converted


_PHONE = "With its country code, or read in the lead's country, else the tenant's default region."
_REFERRER = "The customer (a won lead) who referred this one."
_TEMPERATURE = "Overrides the temperature the timeframe gives."


@strawberry.input
class LeadInput:
    name: str
    email: str | None = None
    phone: str | None = strawberry.field(default=None, description=_PHONE)
    title: str | None = None
    company: str | None = None
    website: str | None = None
    country: str | None = strawberry.field(default=None, description="ISO 3166-1 alpha-2.")
    region: str | None = None
    industry: str | None = None
    company_size: models.CompanySize | None = None
    source_id: strawberry.ID | None = None
    referred_by_id: strawberry.ID | None = strawberry.field(default=None, description=_REFERRER)
    owner_id: strawberry.ID | None = strawberry.field(
        default=None, description="A member's user id."
    )
    owner_team_id: strawberry.ID | None = None
    purchase_timeframe: models.PurchaseTimeframe = models.PurchaseTimeframe.UNKNOWN
    temperature: models.Temperature | None = strawberry.field(
        default=None, description=_TEMPERATURE
    )
    expected_value: Decimal | None = None
    tags: list[str] = strawberry.field(default_factory=list)
    external_ids: list[ExternalIdInput] = strawberry.field(default_factory=list)
    custom_fields: JSON | None = strawberry.field(
        default=None, description="Values by field key; a null value leaves one unset."
    )

    def fields(self, problems: Problems) -> lead_service.LeadFields:
        return lead_service.LeadFields(**lead_values(vars(self), problems))


@strawberry.input(description=_CHANGES)
class LeadChangesInput:
    name: strawberry.Maybe[str | None] = kept()
    email: strawberry.Maybe[str | None] = clearable()
    phone: strawberry.Maybe[str | None] = clearable(_PHONE)
    title: strawberry.Maybe[str | None] = clearable()
    company: strawberry.Maybe[str | None] = clearable()
    website: strawberry.Maybe[str | None] = clearable()
    country: strawberry.Maybe[str | None] = clearable("ISO 3166-1 alpha-2.")
    region: strawberry.Maybe[str | None] = clearable()
    industry: strawberry.Maybe[str | None] = clearable()
    company_size: strawberry.Maybe[models.CompanySize | None] = clearable()
    source_id: strawberry.Maybe[strawberry.ID | None] = clearable()
    referred_by_id: strawberry.Maybe[strawberry.ID | None] = clearable(_REFERRER)
    owner_id: strawberry.Maybe[strawberry.ID | None] = clearable("A member's user id.")
    owner_team_id: strawberry.Maybe[strawberry.ID | None] = clearable()
    purchase_timeframe: strawberry.Maybe[models.PurchaseTimeframe | None] = kept(
        "UNKNOWN says nobody knows."
    )
    temperature: strawberry.Maybe[models.Temperature | None] = clearable(
        _TEMPERATURE + " Cleared, it follows the timeframe again."
    )
    expected_value: strawberry.Maybe[Decimal | None] = clearable()
    tags: strawberry.Maybe[list[str] | None] = kept("All of its tags: [] removes them.")
    external_ids: strawberry.Maybe[list[ExternalIdInput] | None] = kept(
        "All of its external ids: [] removes them."
    )
    custom_fields: strawberry.Maybe[JSON | None] = kept(
        "Values by field key: a key left out stays as it is, a null value clears one."
    )

    def changes(self, problems: Problems) -> dict[str, Any]:
        return lead_values(given(self, problems), problems)


@strawberry.input
class CreateLeadInput:
    lead: LeadInput
    stage_id: strawberry.ID | None = strawberry.field(
        default=None, description="The funnel's first open stage if unset."
    )


@strawberry.input
class UpdateLeadInput:
    lead_id: strawberry.ID
    lead: LeadChangesInput


@strawberry.type
class LeadPayload:
    lead: Lead | None = None
    errors: list[LeadUserError] = strawberry.field(default_factory=list)

    @classmethod
    def of(cls, lead: models.Lead) -> "LeadPayload":
        return cls(lead=Lead.from_model(lead))


@strawberry.type
class SaveLeadPayload:
    lead: Lead | None = None
    duplicates: list[DuplicateCandidate] = strawberry.field(
        default_factory=list,
        description="Leads that look like the saved one: candidates for mergeLeads.",
    )
    errors: list[LeadUserError] = strawberry.field(default_factory=list)


SaveLead = Callable[[UnitOfWork[InTenant], Problems], Awaitable[models.Lead]]


async def _save_lead(info: Info, save: SaveLead) -> SaveLeadPayload:
    """Create or update a lead, and report the duplicates it has now; a refusal names
    every fault of the input, its ids' as well as its fields'."""

    async def run(work: UnitOfWork[InTenant]) -> tuple[models.Lead, list[dedupe.Candidate]]:
        problems = Problems()
        with problems:
            lead = await save(work, problems)
        problems.raise_if_any()
        return lead, await dedupe.duplicate_candidates(work, lead.id)

    return await respond_in_tenant(
        info,
        run,
        lambda saved: SaveLeadPayload(
            lead=Lead.from_model(saved[0]),
            duplicates=[DuplicateCandidate.from_candidate(found) for found in saved[1]],
        ),
    )


@strawberry.type
class LeadMutations:
    @strawberry.mutation(permission_classes=[WritesLeads])
    async def create_lead(self, info: Info, input: CreateLeadInput) -> SaveLeadPayload:
        return await _save_lead(
            info,
            lambda work, problems: lead_service.create_lead(
                work,
                input.lead.fields(problems),
                stage_id=checked_row_id(problems, input.stage_id, "FunnelStage", "stageId"),
            ),
        )

    @strawberry.mutation(permission_classes=[WritesLeads])
    async def update_lead(self, info: Info, input: UpdateLeadInput) -> SaveLeadPayload:
        return await _save_lead(
            info,
            lambda work, problems: lead_service.update_lead(
                work, row_id(input.lead_id, "Lead", "leadId"), input.lead.changes(problems)
            ),
        )


LeadOperation = Callable[[UnitOfWork[InTenant], uuid.UUID], Awaitable[models.Lead]]


async def _on_lead(info: Info, lead_id: strawberry.ID, operation: LeadOperation) -> LeadPayload:
    """Run a lifecycle operation on one lead, as its own all-or-nothing write."""
    return await respond_in_tenant(
        info, lambda work: operation(work, row_id(lead_id, "Lead", "leadId")), LeadPayload.of
    )


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
    @strawberry.mutation(permission_classes=[WritesLeads])
    async def move_lead(self, info: Info, input: MoveLeadInput) -> LeadPayload:
        return await _on_lead(
            info,
            input.lead_id,
            lambda work, lead: lifecycle.move(
                work, lead, row_id(input.stage_id, "FunnelStage", "stageId")
            ),
        )

    @strawberry.mutation(permission_classes=[WritesLeads])
    async def qualify_lead(self, info: Info, input: QualifyLeadInput) -> LeadPayload:
        return await _on_lead(
            info,
            input.lead_id,
            lambda work, lead: lifecycle.qualify(work, lead, input.milestone),
        )

    @strawberry.mutation(permission_classes=[WritesLeads])
    async def win_lead(self, info: Info, input: WinLeadInput) -> LeadPayload:
        return await _on_lead(
            info,
            input.lead_id,
            lambda work, lead: lifecycle.win(work, lead, input.amount),
        )

    @strawberry.mutation(permission_classes=[WritesLeads])
    async def lose_lead(self, info: Info, input: CloseLeadInput) -> LeadPayload:
        return await _on_lead(
            info,
            input.lead_id,
            lambda work, lead: lifecycle.lose(work, lead, input.reason),
        )

    @strawberry.mutation(permission_classes=[WritesLeads])
    async def disqualify_lead(self, info: Info, input: CloseLeadInput) -> LeadPayload:
        return await _on_lead(
            info,
            input.lead_id,
            lambda work, lead: lifecycle.disqualify(work, lead, input.reason),
        )

    @strawberry.mutation(permission_classes=[WritesLeads])
    async def reopen_lead(self, info: Info, input: ReopenLeadInput) -> LeadPayload:
        return await _on_lead(
            info,
            input.lead_id,
            lambda work, lead: lifecycle.reopen(
                work, lead, optional_row_id(input.stage_id, "FunnelStage", "stageId")
            ),
        )

    @strawberry.mutation(
        permission_classes=[WritesLeads],
        description="Set an open lead aside for nurture; it returns to its owner on the day.",
    )
    async def park_lead(self, info: Info, input: ParkLeadInput) -> LeadPayload:
        return await _on_lead(
            info,
            input.lead_id,
            lambda work, lead: nurture.park(work, lead, input.until),
        )

    @strawberry.mutation(
        permission_classes=[WritesLeads],
        description="Bring a lost lead back into the funnel's first stage, parked for nurture.",
    )
    async def recycle_lead(self, info: Info, input: RecycleLeadInput) -> LeadPayload:
        return await _on_lead(
            info,
            input.lead_id,
            lambda work, lead: nurture.recycle(
                work, lead, input.until, optional_row_id(input.source_id, "Source", "sourceId")
            ),
        )

    @strawberry.mutation(
        permission_classes=[WritesLeads], description="End a lead's nurture before its day."
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


@strawberry.input(
    description=f"{_CHANGES} A field's key and type stay, as leads and scoring rules use them."
)
class ChangeCustomFieldInput:
    field_id: strawberry.ID
    label: strawberry.Maybe[str | None] = kept()
    choices: strawberry.Maybe[list[str] | None] = kept(
        "A choice field's, all of them: one that leads have can't be taken away."
    )
    required: strawberry.Maybe[bool | None] = kept(
        "Asked of leads written from now on; leads without a value keep none."
    )


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
        return await respond_in_tenant(
            info,
            lambda work: custom_fields.define(work, definition),
            lambda field: CustomFieldPayload(field=CustomField.from_model(field)),
        )

    @strawberry.mutation(permission_classes=[CanConfigureLeads])
    async def change_custom_field(
        self, info: Info, input: ChangeCustomFieldInput
    ) -> CustomFieldPayload:
        async def change(work: UnitOfWork[InTenant]) -> models.CustomFieldDefinition:
            field_id = row_id(input.field_id, "CustomField", "fieldId")
            return await applied(
                input, lambda changes: custom_fields.change(work, field_id, **changes)
            )

        return await respond_in_tenant(
            info, change, lambda field: CustomFieldPayload(field=CustomField.from_model(field))
        )

    @strawberry.mutation(permission_classes=[CanConfigureLeads])
    async def remove_custom_field(
        self, info: Info, input: RemoveCustomFieldInput
    ) -> RemoveCustomFieldPayload:
        return await respond_in_tenant(
            info,
            lambda work: custom_fields.remove(
                work, row_id(input.field_id, "CustomField", "fieldId")
            ),
            lambda field: RemoveCustomFieldPayload(
                removed_field_id=strawberry.ID(global_id("CustomField", field.id))
            ),
        )


@strawberry.input
class MergeLeadsInput:
    survivor_id: strawberry.ID = strawberry.field(description="The lead that stays.")
    duplicate_id: strawberry.ID = strawberry.field(description="The lead folded into it.")


@strawberry.type
class DedupeMutations:
    @strawberry.mutation(permission_classes=[WritesLeads])
    async def merge_leads(self, info: Info, input: MergeLeadsInput) -> LeadPayload:
        return await respond_in_tenant(
            info,
            lambda work: dedupe.merge(
                work,
                survivor_id=row_id(input.survivor_id, "Lead", "survivorId"),
                duplicate_id=row_id(input.duplicate_id, "Lead", "duplicateId"),
            ),
            LeadPayload.of,
        )
