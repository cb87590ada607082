"""Jobs go out when their transaction commits, and never when it does not."""

import dramatiq
import pytest
from dramatiq.brokers.stub import StubBroker

from leadhub import tasks
from leadhub.db import Database, new_id
from leadhub.principal import SystemJob
from leadhub.settings import Settings
from leadhub.tenants.models import Tenant
from leadhub.work import UnitOfWork, unit_of_work
from tests.builders import system_job

ACTOR = "send_invitation_email"


@pytest.fixture
def broker(settings: Settings) -> StubBroker:
    broker = tasks.configure(settings)
    assert isinstance(broker, StubBroker)
    return broker


def sent_jobs(broker: StubBroker) -> list[tuple[str, dict[str, object]]]:
    """Take every message off the stub broker's queue."""
    queue = broker.queues["default"]
    messages = [dramatiq.Message.decode(queue.get_nowait()) for _ in range(queue.qsize())]
    return [(message.actor_name, message.kwargs) for message in messages]


async def add_tenant(work: UnitOfWork[SystemJob]) -> None:
    work.session.add(Tenant(id=work.tenant_id, name="Acme"))
    await work.session.flush()


async def test_a_job_is_sent_once_its_transaction_commits(
    broker: StubBroker, database: Database
) -> None:
    async with unit_of_work(database, system_job(new_id())) as work:
        session = work.session
        await add_tenant(work)
        work.after_commit(ACTOR, invitation_id="i-1", token="t")
        assert sent_jobs(broker) == []

        await session.commit()

    assert sent_jobs(broker) == [(ACTOR, {"invitation_id": "i-1", "token": "t"})]


async def test_a_rollback_drops_the_jobs_for_good(broker: StubBroker, database: Database) -> None:
    async with unit_of_work(database, system_job(new_id())) as work:
        session = work.session
        await add_tenant(work)
        work.after_commit(ACTOR, invitation_id="i-1")
        await session.rollback()

        await add_tenant(work)
        await session.commit()

    assert sent_jobs(broker) == []


async def test_closing_a_session_without_commit_drops_the_jobs(
    broker: StubBroker, database: Database
) -> None:
    async with unit_of_work(database, system_job(new_id())) as work:
        await add_tenant(work)
        work.after_commit(ACTOR, invitation_id="i-1")
        await work.session.close()

        await add_tenant(work)
        await work.session.commit()

    assert sent_jobs(broker) == []


async def test_a_rolled_back_savepoint_drops_only_its_own_jobs(
    broker: StubBroker, database: Database
) -> None:
    async with unit_of_work(database, system_job(new_id())) as work:
        session = work.session
        await add_tenant(work)
        work.after_commit(ACTOR, invitation_id="outer")
        savepoint = await session.begin_nested()
        work.after_commit(ACTOR, invitation_id="in savepoint")
        await savepoint.rollback()

        await session.commit()

    assert sent_jobs(broker) == [(ACTOR, {"invitation_id": "outer"})]


@pytest.mark.parametrize("outer_commits", [True, False])
async def test_a_released_savepoint_leaves_its_jobs_to_the_enclosing_transaction(
    broker: StubBroker, database: Database, outer_commits: bool
) -> None:
    async with unit_of_work(database, system_job(new_id())) as work:
        session = work.session
        await add_tenant(work)
        async with session.begin_nested():
            work.after_commit(ACTOR, invitation_id="in savepoint")
        assert sent_jobs(broker) == []

        await (session.commit() if outer_commits else session.rollback())

    expected = [(ACTOR, {"invitation_id": "in savepoint"})] if outer_commits else []
    assert sent_jobs(broker) == expected


async def test_enqueue_refuses_an_unknown_actor(broker: StubBroker, database: Database) -> None:
    async with unit_of_work(database, system_job(new_id())) as work:
        with pytest.raises(dramatiq.ActorNotFound):
            work.after_commit("no_such_actor")


async def test_enqueue_refuses_arguments_that_are_not_json(
    broker: StubBroker, database: Database
) -> None:
    async with unit_of_work(database, system_job(new_id())) as work:
        with pytest.raises(TypeError):
            work.after_commit(ACTOR, invitation_id=new_id())
