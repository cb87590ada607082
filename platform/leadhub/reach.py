"""A sales rep's reach in the ORM's lock: leads they or their teams own, and the
rows about those leads (stage history, tags, partner ids, the activity feed).

The leads domain owns the leads table; the rows about a lead live in several
domains (leads, activity). Both ask this module, which names the leads table
through the metadata rather than importing it, so any domain can hold rows
about leads without depending on the leads domain.
"""

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, or_, select
from sqlalchemy.orm import Mapped, Session

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

    @classmethod
    def rows_outside(
        cls, session: Session, scope: Scope, rows: Sequence[Base], *, new: bool
    ) -> list[Base]:
        outside = [row for row in rows if not row.writable_in(scope, new=new)]
        if scope.reach is None or not rows:
            return outside
        # The session reads leads through the reach: those it finds, and leads it is
        # about to insert (checked themselves), are the rep's to write about.
        lead = _lead_model()
        wanted = {row.lead_id for row in rows if isinstance(row, OfALead)}
        with session.no_autoflush:
            in_reach = set(session.scalars(select(lead.id).where(lead.id.in_(wanted))))
        in_reach |= {row.id for row in session.new if isinstance(row, lead)}
        return outside + [
            row
            for row in rows
            if isinstance(row, OfALead) and row.lead_id not in in_reach and row not in outside
        ]


def _lead_model() -> Any:  # the Lead class, which this module may not import
    """The mapped class of the leads table, found through the registry: this module
    sits below the leads domain, which defines it."""
    leads = Base.metadata.tables["leads"]
    for mapper in Base.registry.mappers:
        if mapper.local_table is leads:
            return mapper.class_
    raise RuntimeError("the leads table is not mapped")
