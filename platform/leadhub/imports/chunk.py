"""One chunk of an import: its rows, as read, taken in by the leads domain
(``leads.intake``), the failed ones kept for the error report, and the import's
checkpoint moved past them, all in the caller's transaction: a chunk lands whole
or not at all, and a job that resumes an import starts where the last chunk ended.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from leadhub import bulk_sql
from leadhub.db import new_id
from leadhub.imports.models import FailedRow, LeadImport
from leadhub.imports.rows import Read, Unreadable
from leadhub.leads import intake
from leadhub.leads.intake import MatchKey, Outcome, Policy
from leadhub.principal import InTenant
from leadhub.work import UnitOfWork

MAX_REASON_LENGTH = 1000
# A failed row's cells are kept for the report, each at most so long.
MAX_CELL_LENGTH = 2000


@dataclass
class Counts:
    """What became of rows: each is counted once."""

    created: int = 0
    updated: int = 0  # changed a lead: the tenant's, or one an earlier row created
    skipped: int = 0  # matched a lead and changed nothing
    failed: int = 0

    @property
    def read(self) -> int:
        return self.created + self.updated + self.skipped + self.failed


def policy_of(lead_import: LeadImport) -> Policy:
    return Policy(
        keys=tuple(MatchKey(key) for key in lead_import.match_keys),
        on_match=lead_import.on_match,
        system=lead_import.external_system,
        source_id=lead_import.source_id,
    )


async def import_chunk(
    work: UnitOfWork[InTenant], lead_import: LeadImport, outcomes: Sequence[Read | Unreadable]
) -> None:
    """Import the rows (what ``rows.read`` made of each), the next after the
    import's checkpoint, and move the checkpoint past them, adding their counts to
    the import's."""
    readable = [outcome for outcome in outcomes if isinstance(outcome, Read)]
    results = iter(
        await intake.take_in(work, [row.lead for row in readable], policy_of(lead_import))
    )
    counts, failures = Counts(), []
    for outcome in outcomes:
        if isinstance(outcome, Unreadable):
            failures.append(outcome)
            continue
        result = next(results)
        if result.outcome is Outcome.REFUSED:
            failures.append(Unreadable(outcome.line, outcome.cells, result.reason or ""))
        elif result.outcome is Outcome.CREATED:
            counts.created += 1
        elif result.outcome is Outcome.UPDATED:
            counts.updated += 1
        else:
            counts.skipped += 1
    counts.failed = len(failures)
    await _keep_failures(work, lead_import, failures)
    lead_import.rows_done += len(outcomes)
    lead_import.created += counts.created
    lead_import.updated += counts.updated
    lead_import.skipped += counts.skipped
    lead_import.failed += counts.failed


async def _keep_failures(
    work: UnitOfWork[InTenant], lead_import: LeadImport, failures: Sequence[Unreadable]
) -> None:
    await bulk_sql.insert_rows(
        work.session,
        FailedRow,
        [
            {
                "id": new_id(),
                "import_id": lead_import.id,
                "line": failure.line,
                "reason": failure.reason[:MAX_REASON_LENGTH],
                "cells": [cell[:MAX_CELL_LENGTH] for cell in failure.cells],
            }
            for failure in failures
        ],
    )
