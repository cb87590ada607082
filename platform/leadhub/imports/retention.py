"""How long the files of imports and exports are kept, which can be large.

An import reads its file until it ends; then a job sent after the commit removes
it (the failed rows, for the error report, are in the database). A draft that
nobody started within ``DRAFT_DAYS`` is dropped, file and all, and an export can
be downloaded for ``EXPORT_DAYS``, then it goes with its file: the daily sweep
sees to both, removing each file before its row, so that a sweep that fails
leaves the row for the next to finish. And as a job can be lost (a broker down
when it was sent), the sweep removes again, for a week, the files of the
imports that ended: removing a file that is gone does nothing.
"""

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from leadhub.imports.models import ImportStatus, LeadExport, LeadImport
from leadhub.imports.storage import FileStore
from leadhub.principal import InTenant
from leadhub.tenants.service import audit
from leadhub.work import UnitOfWork

DRAFT_DAYS = 7
EXPORT_DAYS = 7
ASKED_AGAIN_DAYS = 7
ENDED = [status for status in ImportStatus if status.done]
FORGET_FILE_JOB = "forget_file"
SWEEP_JOB = "forget_old_files"


def forget_file(work: UnitOfWork[InTenant], key: str) -> None:
    """Have the kept file removed once this transaction commits."""
    work.after_commit(FORGET_FILE_JOB, key=key)


async def forget_old(work: UnitOfWork[InTenant], store: FileStore, day: date) -> int:
    """Drop the drafts and exports that are past their days on ``day``, with their
    files, and remove the files of the imports that ended in the last week again;
    how many drafts and exports were dropped."""
    midnight = datetime.combine(day, time(), tzinfo=UTC)
    # Locked, and read again if a start commits meanwhile: a draft started as the
    # sweep runs is no draft to drop.
    drafts = await work.session.scalars(
        select(LeadImport)
        .where(
            LeadImport.status == ImportStatus.DRAFT,
            LeadImport.created_at < midnight - timedelta(days=DRAFT_DAYS),
        )
        .with_for_update()
    )
    exports = await work.session.scalars(
        select(LeadExport).where(LeadExport.created_at < midnight - timedelta(days=EXPORT_DAYS))
    )
    old_drafts, old_exports = list(drafts), list(exports)
    kept: list[LeadImport | LeadExport] = [*old_drafts, *old_exports]
    for dropped in kept:
        await store.remove(dropped.stored_as)
        await work.session.delete(dropped)
    if old_drafts or old_exports:
        details = {"drafts": len(old_drafts), "exports": len(old_exports)}
        audit(work, action="imports.files_expired", details=details)
    ended = await work.session.scalars(
        select(LeadImport.stored_as).where(
            LeadImport.status.in_(ENDED),
            LeadImport.finished_at >= midnight - timedelta(days=ASKED_AGAIN_DAYS),
        )
    )
    for key in ended:
        await store.remove(key)
    return len(old_drafts) + len(old_exports)
