"""What every KPI query takes: a period of local days, a bucket, and filters."""

from datetime import date
from zoneinfo import ZoneInfo

import strawberry

from leadhub.analytics.filters import MAX_VALUES, LeadFilters
from leadhub.analytics.periods import MAX_BUCKETS, MAX_DAYS, Bucket, Window
from leadhub.graphql.context import Info
from leadhub.graphql.leads.filters import filter_ids
from leadhub.leads.models import SourceKind

KpiBucket = strawberry.enum(
    Bucket,
    name="KpiBucket",
    description=f"What a KPI's series is cut into; at most {MAX_BUCKETS} points.",
)


@strawberry.input(
    description=(
        "Whole days in the tenant's time zone, the first and the last included;"
        f" {MAX_DAYS} at most."
    )
)
class PeriodInput:
    first_day: date
    last_day: date


@strawberry.input(
    description=(
        "Which leads count, as they are now; each list matches any of its values"
        f" ({MAX_VALUES} at most), and the lists all together."
    )
)
class KpiFiltersInput:
    team_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Leads a team owns."
    )
    user_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Leads a person owns."
    )
    source_ids: list[strawberry.ID] = strawberry.field(default_factory=list)
    source_kinds: list[SourceKind] = strawberry.field(default_factory=list)
    stage_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Leads in one of these stages now."
    )

    def to_filters(self) -> LeadFilters:
        return LeadFilters(
            team_ids=filter_ids(self.team_ids, "Team", "filters.teamIds"),
            user_ids=filter_ids(self.user_ids, "User", "filters.userIds"),
            source_ids=filter_ids(self.source_ids, "Source", "filters.sourceIds"),
            source_kinds=tuple(self.source_kinds),
            stage_ids=filter_ids(self.stage_ids, "FunnelStage", "filters.stageIds"),
        )


def window(info: Info, period: PeriodInput, bucket: Bucket) -> Window:
    """The period in the request's tenant's time zone."""
    tenant = info.context.tenant
    assert tenant is not None  # IsTenantMember: the request chose one
    return Window.checked(period.first_day, period.last_day, ZoneInfo(tenant.time_zone), bucket)


def filters(given: KpiFiltersInput | None) -> LeadFilters:
    return given.to_filters() if given else LeadFilters()
