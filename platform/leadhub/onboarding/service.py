"""A company's first step: signing up, or founding another tenant when logged in.

Signing up spans domains: the tenant, its owner and their login (tenants), and
the default funnel its first leads start in (leads). This module, above both,
does it in one transaction, so neither domain needs the other.
"""

from leadhub.leads import funnel
from leadhub.principal import Newcomer
from leadhub.settings import Settings
from leadhub.tenants import service as tenants
from leadhub.work import UnitOfWork


async def sign_up(
    work: UnitOfWork[Newcomer],
    settings: Settings,
    form: tenants.SignUpForm,
    client_address: str | None,
) -> tenants.SignUp:
    """A new company: its tenant, its owner logged in, and its default funnel."""
    signed_up = await tenants.sign_up(work, settings, form, client_address)
    funnel.create_default_funnel(work)
    return signed_up


async def create_tenant(
    work: UnitOfWork[Newcomer], form: tenants.TenantForm
) -> tenants.FoundedTenant:
    """Another company founded by a logged-in person: its tenant, them as its owner,
    and its default funnel."""
    founded = await tenants.create_tenant(work, form)
    funnel.create_default_funnel(work)
    return founded
