"""A tenant importing lists through the services, as the jobs and the API do."""

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import dramatiq
import httpx
from dramatiq.brokers.stub import StubBroker
from sqlalchemy import select

from leadhub.activity.models import Activity
from leadhub.db import Database
from leadhub.errors import DomainError
from leadhub.imports import exports, runner, service
from leadhub.imports.models import FailedRow, LeadImport
from leadhub.imports.storage import FolderStore, file_store
from leadhub.leads import custom_fields, funnel, scoring_rules
from leadhub.leads.models import (
    ConditionOperator,
    ExternalId,
    FieldType,
    Lead,
    LeadTag,
    ScoringField,
    StageChange,
)
from leadhub.principal import SystemJob
from leadhub.settings import Settings
from leadhub.tenants import service as tenants
from leadhub.tenants.service import SignUp
from leadhub.work import UnitOfWork, unit_of_work
from tests.builders import Account, make_tenant, owner_of


@dataclass
class Importer:
    database: Database
    settings: Settings
    signed_up: SignUp
    folder: Path
    rule_ids: dict[str, uuid.UUID] = field(default_factory=dict)

    @property
    def tenant_id(self) -> uuid.UUID:
        return self.signed_up.tenant.id

    @property
    def store(self) -> FolderStore:
        return FolderStore(self.settings.uploads_dir)

    async def work(self, operation: Any) -> Any:
        """Run ``operation`` as the tenant's owner; its refusal, if any, returned."""
        async with unit_of_work(self.database, owner_of(self.signed_up)) as work:
            return await work.run(operation)

    async def upload(
        self,
        content: str | bytes,
        *,
        name: str = "liste.csv",
        encoding: str = "utf-8",
        limits: service.Limits | None = None,
        **options: Any,
    ) -> LeadImport:
        """A new import of the file, its options changed as given; refused, it raises."""
        file = self.folder / f"{uuid.uuid4()}-{name}"
        file.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        given = limits or service.Limits.of(self.settings)

        async def receive(work: UnitOfWork[Any]) -> LeadImport:
            lead_import = await service.receive(work, self.store, given, file, name)
            if options:
                await service.change(work, lead_import.id, service.Options(**options))
            return lead_import

        received = await self.work(receive)
        if isinstance(received, DomainError):
            raise received
        return received

    async def start(self, lead_import: LeadImport) -> None:
        """Start the import, which sends its first job."""
        started = await self.work(lambda work: service.start(work, lead_import.id))
        assert not isinstance(started, DomainError), started

    async def started_job(self, lead_import: LeadImport) -> dict[str, Any]:
        """Start the import; the job it sent, taken off the in-process broker."""
        await self.start(lead_import)
        [job] = jobs_of(service.IMPORT_JOB)
        return job

    async def carry_on(
        self, job: dict[str, Any], *, chunk_rows: int = 1000, seconds: float = 60.0
    ) -> bool:
        """Run the job as a worker does; whether it left rows for the next job."""
        return await carry_on(
            self.database, self.settings, job, chunk_rows=chunk_rows, seconds=seconds
        )

    async def imported(self, content: str | bytes, **options: Any) -> LeadImport:
        """The file uploaded, started and imported to the end."""
        lead_import = await self.upload(content, **options)
        assert not await self.carry_on(await self.started_job(lead_import))
        return await self.current(lead_import)

    async def current(self, lead_import: LeadImport) -> LeadImport:
        async with unit_of_work(self.database, self.system) as work:
            found = await service.find(work, lead_import.id)
        assert found is not None
        return found

    async def leads(self) -> list[Lead]:
        """The tenant's leads, in the order they were made (a file's order)."""
        async with unit_of_work(self.database, self.system) as work:
            return list(await work.session.scalars(select(Lead).order_by(Lead.id)))

    async def tags(self) -> dict[uuid.UUID, list[str]]:
        """Each lead's tags, sorted; every lead is there."""
        async with unit_of_work(self.database, self.system) as work:
            leads = await work.session.scalars(select(Lead.id))
            tags: dict[uuid.UUID, list[str]] = {lead_id: [] for lead_id in leads}
            for lead_id, tag in await work.session.execute(
                select(LeadTag.lead_id, LeadTag.tag).order_by(LeadTag.tag)
            ):
                tags[lead_id].append(tag)
        return tags

    async def external_ids(self) -> dict[uuid.UUID, str]:
        """The leads' ids in the list's system, by lead."""
        async with unit_of_work(self.database, self.system) as work:
            pairs = await work.session.execute(select(ExternalId.lead_id, ExternalId.external_id))
            return dict(list(pairs))

    async def stage_names(self) -> dict[uuid.UUID, str]:
        async with unit_of_work(self.database, self.system) as work:
            return {stage.id: stage.name for stage in await funnel.stages(work)}

    async def stage_masks(self) -> dict[str, int]:
        """Each stage's bit in ``Lead.reached_stages``, by the stage's name."""
        async with unit_of_work(self.database, self.system) as work:
            return {stage.name: stage.mask for stage in await funnel.stages(work)}

    async def stage_history(self, lead_id: uuid.UUID) -> list[tuple[str | None, str, datetime]]:
        """The lead's moves: from and to which stage (by name), and when."""
        names = await self.stage_names()
        async with unit_of_work(self.database, self.system) as work:
            changes = await work.session.scalars(
                select(StageChange)
                .where(StageChange.lead_id == lead_id)
                .order_by(StageChange.changed_at)
            )
            return [
                (
                    names[change.from_stage_id] if change.from_stage_id else None,
                    names[change.to_stage_id],
                    change.changed_at,
                )
                for change in changes
            ]

    async def activities(self, lead_id: uuid.UUID) -> list[Activity]:
        async with unit_of_work(self.database, self.system) as work:
            return list(
                await work.session.scalars(
                    select(Activity)
                    .where(Activity.lead_id == lead_id)
                    .order_by(Activity.occurred_at)
                )
            )

    async def summaries(self) -> list[dict[str, Any]]:
        """What the tenant's activities about no one lead say: the imports' summaries."""
        async with unit_of_work(self.database, self.system) as work:
            found = await work.session.scalars(
                select(Activity).where(Activity.lead_id.is_(None)).order_by(Activity.occurred_at)
            )
            return [{"kind": row.kind.value, **row.payload} for row in found]

    async def scoring_rule(self, name: str, *, points: int, industry: str) -> None:
        fit = scoring_rules.FitCondition(
            field=ScoringField.INDUSTRY, operator=ConditionOperator.IS_ONE_OF, values=(industry,)
        )
        rule = await self.work(
            lambda work: scoring_rules.create_rule(
                work, scoring_rules.RuleFields(name=name, points=points, fit=fit)
            )
        )
        assert not isinstance(rule, DomainError), rule
        self.rule_ids[name] = rule.id
        jobs_of("rescore_leads")  # the tenant has no leads yet to rescore

    async def custom_field(
        self, key: str, label: str, kind: FieldType, choices: tuple[str, ...] = ()
    ) -> None:
        definition = custom_fields.FieldDefinition(key, label, kind, choices)
        defined = await self.work(lambda work: custom_fields.define(work, definition))
        assert not isinstance(defined, DomainError), defined

    async def failed_rows(self, lead_import: LeadImport) -> list[FailedRow]:
        async with unit_of_work(self.database, self.system) as work:
            return list(await work.session.scalars(service.failed_rows(lead_import.id)))

    @property
    def system(self) -> SystemJob:
        return SystemJob(self.tenant_id, "test")


def jobs_of(actor_name: str) -> list[dict[str, Any]]:
    """The arguments of the jobs of ``actor_name`` the in-process broker holds, taken
    off its queues with every other job it holds."""
    broker = dramatiq.get_broker()
    assert isinstance(broker, StubBroker)
    held = [
        dramatiq.Message.decode(queue.get_nowait())
        for queue in broker.queues.values()
        for _ in range(queue.qsize())
    ]
    return [dict(message.kwargs) for message in held if message.actor_name == actor_name]


async def norwegian_tenant(database: Database, settings: Settings) -> SignUp:
    """A new tenant in Norway: phone numbers without a country code are read in NO."""
    signed_up = await make_tenant(database, settings, "Fjordkraft Salg AS")
    async with unit_of_work(database, owner_of(signed_up)) as work:
        changed = await work.run(
            lambda work: tenants.update_settings(work, {"default_region": "NO"})
        )
    assert not isinstance(changed, DomainError), changed
    return signed_up


async def importer(database: Database, settings: Settings, folder: Path) -> Importer:
    return Importer(database, settings, await norwegian_tenant(database, settings), folder)


UPLOAD = """
mutation Upload($input: UploadLeadListInput!) {
  uploadLeadList(input: $input) {
    leadImport {
      id fileName fileFormat encoding delimiter status
      columns { header target }
      progress { totalRows }
    }
    errors { field code message }
  }
}
"""


async def upload_list(
    client: httpx.AsyncClient,
    account: Account,
    content: bytes,
    *,
    name: str = "messe.csv",
    **options: Any,
) -> httpx.Response:
    """A file uploaded over GraphQL, as the multipart request specification has
    clients send one."""
    operations = {"query": UPLOAD, "variables": {"input": {"file": None, **options}}}
    return await client.post(
        "/graphql",
        data={
            "operations": json.dumps(operations),
            "map": json.dumps({"0": ["variables.input.file"]}),
        },
        files={"0": (name, content, "text/csv")},
        headers={
            "authorization": f"Bearer {account.token}",
            "x-tenant-id": account.tenant_id,
            "accept": "application/json",
        },
    )


async def uploaded_list(
    client: httpx.AsyncClient, account: Account, content: bytes
) -> dict[str, Any]:
    """The import a file uploaded over GraphQL makes, which must be taken."""
    response = await upload_list(client, account, content)
    assert response.status_code == 200, response.text
    payload = response.json()["data"]["uploadLeadList"]
    assert payload["errors"] == [], payload
    return dict(payload["leadImport"])


async def carry_on(
    database: Database, settings: Settings, job: dict[str, Any], *, chunk_rows: int, seconds: float
) -> bool:
    """Run an import job as a worker does; whether it left rows for the next job."""
    return await runner.carry_on(
        database,
        file_store(settings),
        uuid.UUID(job["tenant_id"]),
        uuid.UUID(job["import_id"]),
        job["step"],
        job["token"],
        chunk_rows=chunk_rows,
        seconds=seconds,
    )


async def run_import_jobs(database: Database, settings: Settings) -> None:
    """The import jobs the in-process broker holds, run as a worker runs them, to
    the end of their imports."""
    for job in jobs_of(service.IMPORT_JOB):
        assert not await carry_on(
            database, settings, job, chunk_rows=settings.import_chunk_rows, seconds=60
        )


async def run_export_jobs(database: Database, settings: Settings) -> None:
    """The export jobs the in-process broker holds, run as a worker runs them."""
    for job in jobs_of(exports.EXPORT_JOB):
        await exports.write_requested(
            database,
            file_store(settings),
            uuid.UUID(job["tenant_id"]),
            uuid.UUID(job["export_id"]),
        )
