"""What a partner's access token acts as: its client, in its tenant, within the scopes
it was granted that its installer's role still allows, and their reach.

The API asks once per token and keeps the answer while no identity changes
(``leadhub.graphql.logins``): revoking the token or its client, or a change to
the installer's membership, is seen by the next request.
"""

from dataclasses import dataclass
from datetime import datetime

from leadhub.db import utcnow
from leadhub.oauth import scopes, store
from leadhub.oauth.credentials import Credential
from leadhub.principal import PartnerClient, Reach
from leadhub.settings import Settings
from leadhub.teams import service as teams
from leadhub.tenants import service as tenants


@dataclass(frozen=True)
class Access:
    partner: PartnerClient
    expires_at: datetime


async def access_of(work: store.OAuthWork, settings: Settings, token: Credential) -> Access | None:
    """What the access token acts as until it expires, or None if it acts as nothing."""
    row = await store.token_by_access(work, token.digest(settings.resolved_secret_key))
    if row is None or not store.is_live(row, utcnow()):
        return None
    client = await store.client(work, row.client_id)
    installer = await store.installer(work, row.user_id)
    if client is None or installer is None:
        return None
    granted = installer.capped(scopes.of_text(row.scope)) & frozenset(client.scopes)
    partner = PartnerClient(
        tenant_id=row.tenant_id,
        client_id=client.id,
        scopes=granted,
        installer_role=installer.role,
        reach=await _reach(work, installer),
    )
    return Access(partner, row.access_expires_at)


async def _reach(work: store.OAuthWork, installer: store.Installer) -> Reach | None:
    """A token reaches the leads its installer does: a sales rep's, theirs alone
    unless the tenant lets reps see all."""
    if not tenants.sees_only_own_leads(installer.role, await tenants.current_tenant(work)):
        return None
    return await teams.reach_of(work, installer.user_id)
