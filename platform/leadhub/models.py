"""Every domain's tables, imported in one place so the metadata is complete."""

from leadhub.activity import models as activity
from leadhub.analytics import models as analytics
from leadhub.db import Base
from leadhub.identity_epoch import IdentityEpoch
from leadhub.imports import models as imports
from leadhub.leads import models as leads
from leadhub.oauth import models as oauth
from leadhub.routing import models as routing
from leadhub.sweep_days import SweepDay
from leadhub.teams import models as teams
from leadhub.tenants import models as tenants
from leadhub.webhooks import models as webhooks

__all__ = [
    "Base",
    "IdentityEpoch",
    "SweepDay",
    "activity",
    "analytics",
    "imports",
    "leads",
    "oauth",
    "routing",
    "teams",
    "tenants",
    "webhooks",
]
