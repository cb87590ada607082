"""A sales rep's reach in the ORM's lock: leads they or their teams own, and the
rows about those leads (stage history, tags, partner ids, the activity feed).

The leads domain owns the leads table; the rows about a lead live in several
domains (leads, activity). Both ask this module, which names the leads table
through the metadata rather than importing it, so any domain can hold rows
about leads without depending on the leads domain.
"""

import uuid

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, or_, select
from sqlalchemy.orm import Mapped

from leadhub.db import Base, TenantOwned
from leadhub.principal import Reach
from leadhub.scope import Scope


def lead_in_reach(
    rep: Reach,
    owner_id: SQLColumnExpression[uuid.UUID | None],
    owner_team_id: SQLColumnExpression[uuid.UUID | None],
) -> ColumnElement[bool]:
    """Whether a lead, by its owner and owning team, is the rep's own or one of
    the rep's teams'."""
    own = owner_id == rep.user_id
    return or_(own, owner_team_id.in_(rep.team_ids)) if rep.team_ids else own


def holds_lead(
    rep: Reach | None, owner_id: uuid.UUID | None, owner_team_id: uuid.UUID | None
) -> bool:
    """``lead_in_reach`` for one lead's values in Python (None: no reach, all leads)."""
    return rep is None or owner_id == rep.user_id or owner_team_id in rep.team_ids


class OfALead(TenantOwned):
    """A row about one lead: seen and changed only by whom may see that lead."""

    lead_id: Mapped[uuid.UUID]

    @classmethod
    def scope_criteria(cls, scope: Scope) -> ColumnElement[bool]:
        criteria = super().scope_criteria(scope)
        if scope.reach is None:
            return criteria
        leads = Base.metadata.tables["leads"].c  # Core columns: not scoped again
        in_reach = select(leads.id).where(
            leads.tenant_id == scope.tenant_id,
            lead_in_reach(scope.reach, leads.owner_id, leads.owner_team_id),
        )
        return and_(criteria, cls.lead_id.in_(in_reach))

    @classmethod
    def scope_write_criteria(cls, scope: Scope) -> ColumnElement[bool]:
        return cls.scope_criteria(scope)
