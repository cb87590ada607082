"""What the KPIs read (issue 12): the stages each lead has reached, and indexes
that answer the KPIs from the index alone.

A lead's stages reached are the bits of one BIGINT, a bit per stage that never
changes with the stage's position: the funnel counts the leads that reached a
stage or any after it, by the funnel's order of the day, from one column,
instead of reading five stage changes a lead. Existing stages take their bits
in the order they were created; existing leads, theirs from their stage history.

Revision ID: 0026
Revises: 0025
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from leadhub.rls import owner_sees_every_tenant

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MAX_STAGES = 63
KPI_FILTERS = ["stage_id", "source_id", "owner_id", "owner_team_id"]
CLOSED = sa.text("closed_at IS NOT NULL")


def upgrade() -> None:
    with owner_sees_every_tenant("funnel_stages"):
        crowded = op.get_bind().scalar(
            sa.text(
                "SELECT count(*) FROM (SELECT tenant_id FROM funnel_stages"
                f" GROUP BY tenant_id HAVING count(*) > {MAX_STAGES}) AS crowded"
            )
        )
    if crowded:
        raise RuntimeError(
            f"{crowded} tenants have more than {MAX_STAGES} funnel stages: merge some,"
            " then migrate again"
        )
    with op.batch_alter_table("funnel_stages") as batch_op:
        batch_op.add_column(sa.Column("bit", sa.SmallInteger(), nullable=True))
    with owner_sees_every_tenant("funnel_stages"):
        op.execute(
            "UPDATE funnel_stages SET bit = (SELECT count(*) FROM funnel_stages AS earlier"
            " WHERE earlier.tenant_id = funnel_stages.tenant_id"
            " AND earlier.id < funnel_stages.id)"
        )
    with op.batch_alter_table("funnel_stages") as batch_op:
        batch_op.alter_column("bit", existing_type=sa.SmallInteger(), nullable=False)
        batch_op.create_unique_constraint("uq_funnel_stages_tenant_id_bit", ["tenant_id", "bit"])
        batch_op.create_check_constraint("bit", sa.text(f"bit BETWEEN 0 AND {MAX_STAGES - 1}"))

    with op.batch_alter_table("leads") as batch_op:
        batch_op.add_column(
            sa.Column("reached_stages", sa.BigInteger(), server_default="0", nullable=False)
        )
    one = "CAST(1 AS BIGINT)" if op.get_bind().dialect.name == "postgresql" else "1"
    with (
        owner_sees_every_tenant("leads"),
        owner_sees_every_tenant("stage_changes"),
        owner_sees_every_tenant("funnel_stages"),
    ):
        op.execute(
            "UPDATE leads SET reached_stages = coalesce(("
            f" SELECT sum(DISTINCT {one} << stage.bit) FROM stage_changes AS change"
            " JOIN funnel_stages AS stage"
            " ON stage.tenant_id = change.tenant_id AND stage.id = change.to_stage_id"
            " WHERE change.tenant_id = leads.tenant_id AND change.lead_id = leads.id), 0)"
        )

    op.create_index(
        "ix_leads_tenant_id_created_at",
        "leads",
        ["tenant_id", "created_at"],
        postgresql_include=[*KPI_FILTERS, "reached_stages", "won_amount"],
    )
    op.create_index(
        "ix_leads_tenant_id_stage_id_closed_at",
        "leads",
        ["tenant_id", "stage_id", "closed_at"],
        postgresql_include=[*KPI_FILTERS[1:], "created_at", "won_amount"],
        postgresql_where=CLOSED,
        sqlite_where=CLOSED,
    )
    op.drop_index("ix_stage_changes_tenant_id_to_stage_id", table_name="stage_changes")
    op.create_index(
        "ix_stage_changes_tenant_id_to_stage_id_changed_at",
        "stage_changes",
        ["tenant_id", "to_stage_id", "changed_at"],
        postgresql_include=["lead_id"],
    )
    op.create_index(
        "ix_routing_decisions_tenant_id_decided_at",
        "routing_decisions",
        ["tenant_id", "decided_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_routing_decisions_tenant_id_decided_at", table_name="routing_decisions")
    op.drop_index("ix_stage_changes_tenant_id_to_stage_id_changed_at", table_name="stage_changes")
    op.create_index(
        "ix_stage_changes_tenant_id_to_stage_id", "stage_changes", ["tenant_id", "to_stage_id"]
    )
    op.drop_index("ix_leads_tenant_id_stage_id_closed_at", table_name="leads")
    op.drop_index("ix_leads_tenant_id_created_at", table_name="leads")
    with op.batch_alter_table("leads") as batch_op:
        batch_op.drop_column("reached_stages")
    with op.batch_alter_table("funnel_stages") as batch_op:
        batch_op.drop_constraint("bit", type_="check")
        batch_op.drop_constraint("uq_funnel_stages_tenant_id_bit", type_="unique")
        batch_op.drop_column("bit")
