"""upsertLeads: a partner's leads in at once, each created or changed to what it says,
all or none, every fault of every lead named by its place."""

from decimal import Decimal

import strawberry
from strawberry.scalars import JSON

from leadhub.errors import Problems
from leadhub.graphql.context import Info
from leadhub.graphql.leads.mutations import lead_values
from leadhub.graphql.leads.types import Lead, LeadUserError
from leadhub.graphql.payloads import respond_in_tenant
from leadhub.graphql.permissions import WritesLeads
from leadhub.leads import models, upserts
from leadhub.leads.errors import invalid
from leadhub.leads.service import LeadFields

strawberry.enum(
    upserts.MatchOn, name="UpsertMatch", description="What makes a lead one the tenant has."
)


@strawberry.input(description="A lead as the partner's system has it.")
class UpsertLeadInput:
    name: str
    email: str | None = None
    phone: str | None = None
    title: str | None = None
    company: str | None = None
    website: str | None = None
    country: str | None = strawberry.field(default=None, description="ISO 3166-1 alpha-2.")
    region: str | None = None
    industry: str | None = None
    company_size: models.CompanySize | None = None
    source_id: strawberry.ID | None = None
    owner_id: strawberry.ID | None = strawberry.field(
        default=None, description="A member's user id."
    )
    expected_value: Decimal | None = None
    tags: list[str] = strawberry.field(default_factory=list, description="Added to the lead's own.")
    custom_fields: JSON | None = strawberry.field(
        default=None, description="Values by field key, set on the lead; others stay."
    )
    external_id: str | None = strawberry.field(
        default=None, description="Its id in the system the call names: EXTERNAL_ID matches by it."
    )

    def upsert(self, problems: Problems) -> upserts.Upsert:
        values = vars(self).copy()
        external_id = values.pop("external_id")
        return upserts.Upsert(LeadFields(**lead_values(values, problems)), external_id)


@strawberry.input
class UpsertLeadsInput:
    match_on: upserts.MatchOn
    system: str | None = strawberry.field(
        default=None,
        description="The partner's system whose ids the leads' externalId are, such as"
        " hubspot; needed to match by EXTERNAL_ID.",
    )
    leads: list[UpsertLeadInput] = strawberry.field(description=f"1 to {upserts.MAX_LEADS}.")


@strawberry.type
class UpsertedLead:
    lead: Lead
    created: bool = strawberry.field(description="False: it matched a lead, now changed.")


@strawberry.type
class UpsertLeadsPayload:
    leads: list[UpsertedLead] = strawberry.field(
        default_factory=list, description="In the order given."
    )
    errors: list[LeadUserError] = strawberry.field(
        default_factory=list, description="Each naming its lead by place: leads.3.email."
    )


def _upserts(input: UpsertLeadsInput) -> list[upserts.Upsert]:
    """Each lead of the input, its ids decoded; a malformed one refuses the call."""
    if len(input.leads) > upserts.MAX_LEADS:  # before decoding a flood of ids
        raise invalid(f"Send 1 to {upserts.MAX_LEADS} leads.", "leads")
    problems = Problems()
    found = []
    for place, lead in enumerate(input.leads):
        decoded = Problems()
        found.append(lead.upsert(decoded))
        problems.add_within(decoded, f"leads.{place}")
    problems.raise_if_any()
    return found


@strawberry.type
class UpsertMutations:
    @strawberry.mutation(
        permission_classes=[WritesLeads],
        description="Create each lead, or change the one it matches to what it says: all or"
        " none of them, and the same call again changes nothing more.",
    )
    async def upsert_leads(self, info: Info, input: UpsertLeadsInput) -> UpsertLeadsPayload:
        return await respond_in_tenant(
            info,
            lambda work: upserts.upsert_leads(work, _upserts(input), input.match_on, input.system),
            lambda upserted: UpsertLeadsPayload(
                leads=[
                    UpsertedLead(lead=Lead.from_model(each.lead), created=each.created)
                    for each in upserted
                ]
            ),
        )
