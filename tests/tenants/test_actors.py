import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from prometheus_client import REGISTRY
from sqlalchemy import delete

from leadhub import tasks
from leadhub.db import Database, new_id, utcnow
from leadhub.principal import Member, Newcomer, Role
from leadhub.scope import widen_scope
from leadhub.settings import Settings
from leadhub.tenants.emails import invitation_message
from leadhub.tenants.models import Invitation, Tenant, User
from leadhub.work import unit_of_work
from tests.builders import system_job
from tests.services import USES_SHARED_BROKERS, require_reachable_broker

pytestmark = USES_SHARED_BROKERS

RABBITMQ_URL = os.environ.get("TEST_BROKER_URL", "amqp://guest:guest@127.0.0.1:5672/")
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
ACTOR = "send_invitation_email"
DELIVERY_TIMEOUT_SECONDS = 30


@pytest.fixture
def outbox(tmp_path: Path) -> Path:
    return tmp_path / "outbox"


@dataclass
class CommittedRows:
    """Rows committed for real, as workers see only what is committed; deleted after."""

    url: str
    database: Database
    owners: dict[UUID, UUID] = field(default_factory=dict)  # tenant -> its inviting owner

    async def invitation(
        self,
        *,
        email: str = "ada@example.com",
        role: Role = Role.SALES_REP,
        tenant_name: str = "Acme",
        accepted: bool = False,
        revoked: bool = False,
        with_job: bool = True,
    ) -> tuple[Invitation, str]:
        """A tenant, its owner and an invitation, committed with its email job as the
        invitation service does; the invitation and its token."""
        tenant_id, owner_id, token = new_id(), new_id(), f"token-{new_id()}"
        owner_email = f"{owner_id}@example.com"
        founder = Newcomer(tenant_id, owner_id)
        async with unit_of_work(self.database, founder) as work, work.transaction():
            session = work.session
            await widen_scope(session, lookup_email=owner_email)  # as sign-up does
            owner = User(id=owner_id, email=owner_email, name="Owner", password_hash="-")
            session.add_all([Tenant(id=tenant_id, name=tenant_name), owner])
            await session.flush()
            self.owners[tenant_id] = owner.id
            invitation = Invitation(
                email=email,
                role=role,
                token_hash="-",
                invited_by_id=owner.id,
                expires_at=utcnow() + timedelta(days=7),
                accepted_at=utcnow() if accepted else None,
                accepted_by_id=owner.id if accepted else None,
                revoked_at=utcnow() if revoked else None,
            )
            session.add(invitation)
            await session.flush()
            if with_job:
                work.after_commit(
                    ACTOR,
                    tenant_id=str(tenant_id),
                    invitation_id=str(invitation.id),
                    token=token,
                )
        return invitation, token

    async def delete(self) -> None:
        for tenant_id, owner_id in self.owners.items():
            owner = Member(tenant_id, owner_id, Role.OWNER)
            async with unit_of_work(self.database, owner) as work, work.transaction():
                session = work.session
                await session.execute(delete(Invitation).where(Invitation.tenant_id == tenant_id))
                await session.execute(delete(Tenant).where(Tenant.id == tenant_id))
                await session.execute(delete(User).where(User.id == owner_id))


@asynccontextmanager
async def committed_rows(url: str) -> AsyncIterator[CommittedRows]:
    rows = CommittedRows(url, Database.connect(url))
    try:
        yield rows
    finally:
        await rows.delete()
        await rows.database.dispose()


@pytest.fixture
async def committed(backend: str, database_urls: dict[str, Any]) -> AsyncIterator[CommittedRows]:
    """The backend's test database (from conftest), outside any rolled-back transaction."""
    async with committed_rows(database_urls[backend].app) as rows:
        yield rows


@pytest.fixture
def worker_settings(settings: Settings, committed: CommittedRows, outbox: Path) -> Settings:
    return settings.model_copy(
        update={"database_url": committed.url, "mail_url": f"file://{outbox}"}
    )


@contextmanager
def embedded_worker(settings: Settings) -> Iterator[tasks.EmbeddedWorker]:
    tasks.configure(settings)
    worker = tasks.start_embedded_worker()
    try:
        yield worker
    finally:
        worker.stop()


async def join(worker: tasks.EmbeddedWorker) -> None:
    await asyncio.wait_for(asyncio.to_thread(worker.join), DELIVERY_TIMEOUT_SECONDS)


def read_mail(outbox: Path) -> list[EmailMessage]:
    return [
        message_from_bytes(path.read_bytes(), policy=policy.default)
        for path in sorted(outbox.glob("*.eml"))
    ]


async def eventually(condition: Callable[[], bool]) -> None:
    """Poll until the condition holds or DELIVERY_TIMEOUT_SECONDS have passed."""
    deadline = time.monotonic() + DELIVERY_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if condition():
            return
        await asyncio.sleep(0.05)


def jobs_count(outcome: str) -> float:
    labels = {"actor": ACTOR, "outcome": outcome}
    return REGISTRY.get_sample_value("leadhub_jobs_total", labels) or 0.0


def test_the_invitation_message_names_the_tenant_the_role_and_the_token() -> None:
    invitation = Invitation(
        email="ada@example.com",
        role=Role.SALES_MANAGER,
        expires_at=datetime(2030, 1, 31, 9, 30, tzinfo=UTC),
    )

    message = invitation_message(
        tenant_name="Acme\r\nBcc: x@evil.test",
        invitation=invitation,
        token="s3cret",
        public_url="https://leadhub.example.com",
    )

    assert message["To"] == "ada@example.com"
    assert message["Subject"] == "You are invited to Acme Bcc: x@evil.test on Leadhub"
    assert "Bcc" not in message
    body = message.get_content()
    assert "https://leadhub.example.com/invitations/accept?token=s3cret\n" in body
    assert "as sales manager" in body
    assert "2030-01-31 at 09:30 UTC" in body


async def test_the_embedded_worker_emails_a_committed_invitation(
    committed: CommittedRows, worker_settings: Settings, outbox: Path
) -> None:
    processed_before = jobs_count("processed")
    with embedded_worker(worker_settings) as worker:
        _, token = await committed.invitation(
            email="grace@example.com", role=Role.MARKETING, tenant_name="Acme"
        )
        await join(worker)

    (message,) = read_mail(outbox)
    assert message["To"] == "grace@example.com"
    assert message["Subject"] == "You are invited to Acme on Leadhub"
    assert token in message.get_content()
    assert "as marketing" in message.get_content()
    assert jobs_count("processed") == processed_before + 1


@pytest.mark.parametrize("state", ["accepted", "revoked"])
async def test_a_closed_invitation_is_not_emailed(
    committed: CommittedRows, worker_settings: Settings, outbox: Path, state: str
) -> None:
    processed_before = jobs_count("processed")
    with embedded_worker(worker_settings) as worker:
        await committed.invitation(accepted=state == "accepted", revoked=state == "revoked")
        await join(worker)

    assert read_mail(outbox) == []
    assert jobs_count("processed") == processed_before + 1


async def test_a_missing_invitation_is_not_emailed(
    committed: CommittedRows, worker_settings: Settings, outbox: Path
) -> None:
    processed_before = jobs_count("processed")
    with embedded_worker(worker_settings) as worker:
        nobody = system_job(new_id())
        async with unit_of_work(committed.database, nobody) as work, work.transaction():
            work.after_commit(
                ACTOR, tenant_id=str(new_id()), invitation_id=str(new_id()), token="t"
            )
        await join(worker)

    assert read_mail(outbox) == []
    assert jobs_count("processed") == processed_before + 1


async def test_a_mail_failure_is_retried(
    committed: CommittedRows, worker_settings: Settings
) -> None:
    retried_before = jobs_count("retried")
    unreachable_mail = worker_settings.model_copy(update={"mail_url": "smtp://127.0.0.1:1"})
    with embedded_worker(unreachable_mail):
        await committed.invitation()
        await eventually(lambda: jobs_count("retried") > retried_before)

    assert jobs_count("retried") == retried_before + 1


async def test_a_job_out_of_retries_is_counted_failed(
    committed: CommittedRows, worker_settings: Settings
) -> None:
    failed_before = jobs_count("failed")
    unreachable_mail = worker_settings.model_copy(update={"mail_url": "smtp://127.0.0.1:1"})
    invitation, token = await committed.invitation(with_job=False)
    with embedded_worker(unreachable_mail) as worker:
        tasks.configure(unreachable_mail).get_actor(ACTOR).send_with_options(
            kwargs={
                "tenant_id": str(invitation.tenant_id),
                "invitation_id": str(invitation.id),
                "token": token,
            },
            max_retries=0,
        )
        # The stub broker's join raises what made a job fail for good.
        with pytest.raises(ConnectionRefusedError):
            await join(worker)

    assert jobs_count("failed") == failed_before + 1


def log_tail(log: Path) -> str:
    return log.read_text()[-10_000:]


@pytest.mark.parametrize("broker_url", [RABBITMQ_URL, REDIS_URL], ids=["rabbitmq", "redis"])
async def test_leadhub_worker_emails_an_invitation_through_a_real_broker(
    database_urls: dict[str, Any], settings: Settings, tmp_path: Path, broker_url: str
) -> None:
    outbox, log = tmp_path / "outbox", tmp_path / "worker.log"
    # SQLite is enough here: the broker and the worker processes are under test.
    async with committed_rows(database_urls["sqlite"].app) as committed:
        job_settings = settings.model_copy(
            update={
                "broker_url": broker_url,
                "database_url": committed.url,
                "mail_url": f"file://{outbox}",
            }
        )
        broker = tasks.configure(job_settings)
        require_reachable_broker(broker_url)
        # Jobs left by earlier runs would only be skipped (their rows are gone), but
        # purging keeps this run's worker on this run's job.
        await asyncio.to_thread(broker.flush_all)
        environment = {
            **os.environ,
            "BROKER_URL": broker_url,
            "DATABASE_URL": committed.url,
            "MAIL_URL": job_settings.resolved_mail_url,
            "VAR_DIR": str(tmp_path),
        }
        with log.open("wb") as log_file:
            worker = await asyncio.create_subprocess_exec(
                *(sys.executable, "-m", "leadhub", "worker", "--processes", "1", "--threads", "2"),
                env=environment,
                cwd=tmp_path,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                # Its own process group, so stray worker processes can be ended with it.
                start_new_session=True,
            )
        try:
            _, token = await committed.invitation(email="linus@example.com")

            await eventually(lambda: bool(read_mail(outbox)) or worker.returncode is not None)

            mail = read_mail(outbox)
            assert mail, f"no email; worker exit code {worker.returncode}, log:\n{log_tail(log)}"
            (message,) = mail
            assert message["To"] == "linus@example.com"
            assert token in message.get_content()
            worker.send_signal(signal.SIGTERM)
            exit_code = await asyncio.wait_for(worker.wait(), DELIVERY_TIMEOUT_SECONDS)
            assert exit_code == 0, log_tail(log)
        finally:
            with suppress(ProcessLookupError):
                os.killpg(worker.pid, signal.SIGKILL)
            await worker.wait()
