"""The Tenant node's lists of the imports domain (the Tenant node inherits them)."""

import uuid
from typing import TYPE_CHECKING

import strawberry
from strawberry import relay

from leadhub.graphql.context import Info
from leadhub.graphql.imports.types import ImportTemplate, LeadExport, LeadImport
from leadhub.graphql.pagination import paginate
from leadhub.graphql.permissions import CanImportLeads
from leadhub.imports import exports, models, service


@strawberry.type
class TenantImports:
    if TYPE_CHECKING:
        id: str  # the Tenant node's

    @strawberry.field(
        permission_classes=[CanImportLeads],
        description="Every import, the newest first, with who started it and how it went.",
    )
    async def lead_imports(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> relay.Connection[LeadImport]:
        return await paginate(
            info.context.session,
            service.imports(uuid.UUID(self.id)),
            key=[models.LeadImport.created_at, models.LeadImport.id],
            first=first,
            after=after,
            to_node=LeadImport.from_model,
            newest_first=True,
        )

    @strawberry.field(permission_classes=[CanImportLeads], description="By name.")
    async def import_templates(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> relay.Connection[ImportTemplate]:
        return await paginate(
            info.context.session,
            service.templates(uuid.UUID(self.id)),
            key=[models.ImportTemplate.name, models.ImportTemplate.id],
            first=first,
            after=after,
            to_node=ImportTemplate.from_model,
        )

    @strawberry.field(
        permission_classes=[CanImportLeads],
        description="Every export, the newest first, with who asked for it.",
    )
    async def lead_exports(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> relay.Connection[LeadExport]:
        return await paginate(
            info.context.session,
            exports.exports(uuid.UUID(self.id)),
            key=[models.LeadExport.created_at, models.LeadExport.id],
            first=first,
            after=after,
            to_node=LeadExport.from_model,
            newest_first=True,
        )
