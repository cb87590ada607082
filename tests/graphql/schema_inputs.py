"""The schema's inputs, filled from the schema: valid values for every required
field, and one object of every node type to name by id. Shared by the tests that
walk every mutation (outsiders, extremes)."""

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from graphql.pyutils import Undefined

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    build_schema,
)
from leadhub.db import Database
from leadhub.graphql.schema import schema
from leadhub.settings import Settings
from tests.builders import Account, graphql, unique_email
from tests.imports.lists import run_export_jobs, run_import_jobs, uploaded_list

SDL = build_schema(schema.as_str())
MUTATIONS = SDL.mutation_type.fields if SDL.mutation_type else {}

# The node type each id argument names; a new id argument must be added here.
ID_TYPES = {
    "leadId": "Lead",
    "leadIds": "Lead",
    "survivorId": "Lead",
    "duplicateId": "Lead",
    "referredById": "Lead",
    "stageId": "FunnelStage",
    "stageIds": "FunnelStage",
    "sourceId": "Source",
    "teamId": "Team",
    "ownerTeamId": "Team",
    "userId": "User",
    "ownerId": "User",
    "membershipId": "Membership",
    "invitationId": "Invitation",
    "fieldId": "CustomField",
    "ruleId": "ScoringRule",
    "routingRuleId": "RoutingRule",
    "routingRuleIds": "RoutingRule",
    "ownerIds": "User",
    "teamIds": "Team",
    "sourceIds": "Source",
    "importId": "LeadImport",
    "templateId": "ImportTemplate",
    "goalId": "Goal",
    "fromStageId": "FunnelStage",
    "apiClientId": "ApiClient",
    "webhookEndpointId": "WebhookEndpoint",
    "webhookDeliveryId": "WebhookDelivery",
    "leadViewId": "LeadView",
}
IN_A_MONTH = (datetime.now(UTC) + timedelta(days=30)).date().isoformat()
AN_HOUR_AGO = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
# Valid values for required fields, by name; other strings are "X".
VALUES: dict[str, Any] = {
    "until": IN_A_MONTH,
    "amount": "10",
    "points": 1,
    "winProbability": 0.5,
    "kind": "NOTE",  # logActivity's; other enums take their first value
    "milestone": "SQL",
    "role": "MARKETING",
    "everywhere": False,
    "repsSeeAllLeads": False,
    "routesLeads": False,  # a funnel stage's
    "sticky": False,
    "withinWorkingHours": False,
    "dryRun": False,
    "reassign": False,
    "target": "5",  # a goal's
    "firstDay": IN_A_MONTH,
    "required": False,  # a custom field's
    "confidential": True,  # an API client's
    "scopes": "leads:read",  # each of an API client's
    "url": "https://hooks.example/leadhub",  # a webhook endpoint's
    "descending": True,  # a saved view's
    "shared": False,  # a saved view's
}


def unwrap(field_type: Any) -> Any:
    while isinstance(field_type, GraphQLNonNull | GraphQLList):
        field_type = field_type.of_type
    return field_type


def input_type_of(mutation: str) -> GraphQLInputObjectType:
    argument = MUTATIONS[mutation].args["input"]
    input_type = unwrap(argument.type)
    assert isinstance(input_type, GraphQLInputObjectType)
    return input_type


async def _first_in_tenant(client: httpx.AsyncClient, account: Account, connection: str) -> str:
    """The id of the first node of one of the Tenant node's connections (its name, and
    maybe its arguments)."""
    body = await graphql(
        client,
        f"query {{ tenant {{ {connection} {{ edges {{ node {{ id }} }} }} }} }}",
        account=account,
    )
    name = connection.partition("(")[0]
    return str(body["data"]["tenant"][name]["edges"][0]["node"]["id"])


# The node types of imports: made (an import run, an export written) only for the
# tests that name them, as they cost a list's import and export each.
LIST_TYPES = frozenset({"LeadImport", "FailedImportRow", "ImportTemplate", "LeadExport"})


def names_lists(mutation: str) -> bool:
    """Whether the mutation's input names an object of the imports' node types."""

    def names(input_type: GraphQLInputObjectType) -> bool:
        for name, field in input_type.fields.items():
            inner = unwrap(field.type)
            if isinstance(inner, GraphQLInputObjectType) and names(inner):
                return True
            if ID_TYPES.get(name) in LIST_TYPES:
                return True
        return False

    return names(input_type_of(mutation))


async def objects_in(
    client: httpx.AsyncClient,
    owner: Account,
    team_member: Account | None,
    database: Database,
    settings: Settings,
    *,
    lists: bool = True,
) -> dict[str, str]:
    """One object of every node type in the owner's tenant: a team (with the member
    on it), a lead it owns, a source, a custom field, rules, an invitation, a saved
    view; and, if ``lists``, an import (run, with a failed row), an export and a
    template."""

    async def create(mutation: str, input_type: str, fields: dict[str, Any], result: str) -> str:
        body = await graphql(
            client,
            f"mutation($input: {input_type}!) {{ {mutation}(input: $input) {{"
            f" {result} {{ id }} errors {{ field code }} }} }}",
            {"input": fields},
            account=owner,
        )
        payload = body["data"][mutation]
        assert payload["errors"] == [], payload
        return str(payload[result]["id"])

    objects = {"Tenant": owner.tenant_id, "User": owner.user_id}
    objects["Team"] = await create("createTeam", "CreateTeamInput", {"name": "North"}, "team")
    if team_member is not None:
        member_input = {"teamId": objects["Team"], "userId": team_member.user_id}
        await create("addTeamMember", "TeamMemberInput", member_input, "team")
        objects["User"] = team_member.user_id
    lead = {"lead": {"name": "Kari Nordmann", "ownerTeamId": objects["Team"]}}
    objects["Lead"] = await create("createLead", "CreateLeadInput", lead, "lead")
    source = {"name": "Recycled", "kind": "RECYCLED"}
    objects["Source"] = await create("createSource", "SourceInput", source, "source")
    field = {"key": "seats", "label": "Seats", "type": "NUMBER"}
    objects["CustomField"] = await create(
        "defineCustomField", "DefineCustomFieldInput", field, "field"
    )
    rule = {"name": "Calls", "points": 5, "engagement": {"activityKind": "CALL", "halfLifeDays": 7}}
    objects["ScoringRule"] = await create("createScoringRule", "ScoringRuleInput", rule, "rule")
    routing_rule = {"name": "Alle", "target": {"kind": "TEAM", "teamId": objects["Team"]}}
    objects["RoutingRule"] = await create(
        "createRoutingRule", "CreateRoutingRuleInput", {"rule": routing_rule}, "rule"
    )
    invitation = {"email": unique_email("invitee"), "role": "MARKETING"}
    objects["Invitation"] = await create(
        "inviteMember", "InviteMemberInput", invitation, "invitation"
    )
    goal = {
        "name": "Nye leads",
        "metric": "LEAD_VOLUME",
        "target": "100",
        "period": "MONTH",
        "firstDay": IN_A_MONTH,
        "teamIds": [objects["Team"]],
    }
    objects["Goal"] = await create("createGoal", "GoalInput", goal, "goal")
    api_client = {"name": "Partner", "confidential": True, "scopes": ["leads:read"]}
    objects["ApiClient"] = await create(
        "registerApiClient", "RegisterApiClientInput", api_client, "apiClient"
    )
    endpoint = {"url": "https://hooks.example/leadhub", "eventTypes": ["LEAD_CREATED"]}
    objects["WebhookEndpoint"] = await create(
        "createWebhookEndpoint", "CreateWebhookEndpointInput", endpoint, "webhookEndpoint"
    )
    objects["WebhookDelivery"] = await create(
        "testWebhook",
        "WebhookEndpointInput",
        {"webhookEndpointId": objects["WebhookEndpoint"]},
        "webhookDelivery",
    )
    objects["LeadView"] = await create(
        "saveLeadView", "SaveLeadViewInput", {"name": "Varme", "shared": True}, "leadView"
    )
    gone = await create("createLead", "CreateLeadInput", {"lead": {"name": "Gone"}}, "lead")
    deleted = await graphql(
        client,
        "mutation($ids: [ID!]!) { deleteLeads(input: {leadIds: $ids}) { errors { code } } }",
        {"ids": [gone]},
        account=owner,
    )
    assert deleted["data"]["deleteLeads"]["errors"] == [], deleted
    objects["DeletedLead"] = await _first_in_tenant(
        client, owner, f'deletedLeads(since: "{AN_HOUR_AGO}")'
    )
    objects["FunnelStage"] = await _first_in_tenant(client, owner, "funnelStages")
    objects["Membership"] = await _first_in_tenant(client, owner, "members")
    objects["AuditEvent"] = await _first_in_tenant(client, owner, "auditEvents")
    feed = await graphql(
        client,
        "query($id: ID!) { lead(id: $id) { activities { edges { node { id } } } } }",
        {"id": objects["Lead"]},
        account=owner,
    )
    objects["Activity"] = feed["data"]["lead"]["activities"]["edges"][0]["node"]["id"]
    if not lists:
        return objects
    lead_import = await uploaded_list(client, owner, b"Navn,E-post\nKari,kari@\n")
    objects["LeadImport"] = lead_import["id"]
    started = await graphql(
        client,
        "mutation($input: LeadImportInput!) { startLeadImport(input: $input) { errors { code } } }",
        {"input": {"importId": lead_import["id"]}},
        account=owner,
    )
    assert started["data"]["startLeadImport"]["errors"] == [], started
    await run_import_jobs(database, settings)
    failed = await graphql(
        client,
        "query($id: ID!) { node(id: $id) { ... on LeadImport {"
        " failedRows { edges { node { id } } } } } }",
        {"id": lead_import["id"]},
        account=owner,
    )
    objects["FailedImportRow"] = failed["data"]["node"]["failedRows"]["edges"][0]["node"]["id"]
    exported = await graphql(
        client,
        "mutation { exportLeads(input: {}) { leadExport { id } errors { code } } }",
        account=owner,
    )
    objects["LeadExport"] = exported["data"]["exportLeads"]["leadExport"]["id"]
    await run_export_jobs(database, settings)
    template = {"importId": lead_import["id"], "name": "Messe"}
    objects["ImportTemplate"] = await create(
        "saveImportTemplate", "SaveImportTemplateInput", template, "template"
    )
    return objects


def _value(
    field_type: GraphQLInputType,
    name: str,
    ids: dict[str, str],
    tested: tuple[str, ...],
    path: tuple[str, ...],
) -> Any:
    """A valid value for a field; an id is the object of ``ids`` of its node type."""
    inner = unwrap(field_type)
    many = isinstance(field_type, GraphQLList) or (
        isinstance(field_type, GraphQLNonNull) and isinstance(field_type.of_type, GraphQLList)
    )
    if isinstance(inner, GraphQLScalarType) and inner.name == "ID":
        assert name in ID_TYPES, f"{name}: say in ID_TYPES which node type it names"
        value: Any = ids[ID_TYPES[name]]
    elif isinstance(inner, GraphQLInputObjectType):
        value = valid_input(inner, ids, tested, path)
    elif isinstance(inner, GraphQLEnumType):
        value = VALUES.get(name, next(iter(inner.values)))
        value = value if value in inner.values else next(iter(inner.values))
    else:
        value = VALUES.get(name, "X")
    return [value] if many else value


def valid_input(
    input_type: GraphQLInputObjectType,
    ids: dict[str, str],
    tested: tuple[str, ...],
    path: tuple[str, ...] = (),
) -> dict[str, Any]:
    """The required fields of an input, and the tested field wherever it is optional."""
    built = {}
    for name, field in input_type.fields.items():
        here = (*path, name)
        required = isinstance(field.type, GraphQLNonNull) and field.default_value is Undefined
        on_the_way = tested[: len(here)] == here
        if required or on_the_way:
            built[name] = _value(field.type, name, ids, tested, here)
    return built
