"""A company's first step: signing up, or founding another tenant when logged in.

Signing up spans domains: the tenant, its owner and their login (tenants), the
default funnel its first leads start in (leads) and its routing, which queues
every lead until it has rules (routing). This module, above them, does it in one
transaction, so none of them needs the others.
"""

from leadhub.leads import funnel
from leadhub.principal import Newcomer
from leadhub.routing import rules as routing
from leadhub.settings import Settings
from leadhub.tenants import service as tenants
from leadhub.work import UnitOfWork


async def sign_up(
    work: UnitOfWork[Newcomer],
    settings: Settings,
    form: tenants.SignUpForm,
    client_address: str | None,
) -> tenants.SignUp:
    """A new company: its tenant, its owner logged in, its default funnel and routing."""
    signed_up = await tenants.sign_up(work, settings, form, client_address)
    funnel.create_default_funnel(work)
    routing.start_routing(work)
    return signed_up


async def create_tenant(
    work: UnitOfWork[Newcomer], form: tenants.TenantForm
) -> tenants.FoundedTenant:
    """Another company founded by a logged-in person: its tenant, them as its owner,
    its default funnel and routing."""
    founded = await tenants.create_tenant(work, form)
    funnel.create_default_funnel(work)
    routing.start_routing(work)
    return founded
