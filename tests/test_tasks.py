import os

import dramatiq
import pytest
from dramatiq.brokers.rabbitmq import RabbitmqBroker
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker

from leadhub import tasks
from leadhub.db import Database, new_id
from leadhub.principal import SystemJob
from leadhub.settings import Settings
from leadhub.tenants.models import Tenant
from leadhub.work import UnitOfWork, unit_of_work
from tests.builders import system_job
from tests.services import require_reachable_broker

RABBITMQ_URL = os.environ.get("TEST_BROKER_URL", "amqp://guest:guest@127.0.0.1:5672/")
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
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


def test_configure_is_idempotent_for_the_same_settings(settings: Settings) -> None:
    broker = tasks.configure(settings)

    assert tasks.configure(settings.model_copy()) is broker
    assert dramatiq.get_broker() is broker
    assert ACTOR in broker.get_declared_actors()
    assert tasks.configured_settings() == settings


def test_configure_with_other_settings_replaces_the_broker(settings: Settings) -> None:
    first = tasks.configure(settings)

    second = tasks.configure(settings.model_copy(update={"log_level": "DEBUG"}))

    assert second is not first
    assert dramatiq.get_broker() is second
    assert ACTOR in second.get_declared_actors()


@pytest.mark.parametrize(
    ("broker_url", "broker_class"),
    [
        ("stub://", StubBroker),
        ("amqp://guest:guest@127.0.0.1:1/", RabbitmqBroker),
        ("redis://127.0.0.1:1/0", RedisBroker),
    ],
)
def test_configure_builds_the_broker_the_url_names(
    settings: Settings, broker_url: str, broker_class: type[dramatiq.Broker]
) -> None:
    # Nothing listens on port 1: building a broker must not connect yet.
    broker = tasks.configure(settings.model_copy(update={"broker_url": broker_url}))

    assert isinstance(broker, broker_class)


def test_configure_refuses_an_unknown_broker(settings: Settings) -> None:
    with pytest.raises(ValueError, match="BROKER_URL"):
        tasks.configure(settings.model_copy(update={"broker_url": "kafka://127.0.0.1"}))


def test_the_embedded_worker_needs_the_in_process_broker(settings: Settings) -> None:
    tasks.configure(settings.model_copy(update={"broker_url": "redis://127.0.0.1:1/0"}))

    with pytest.raises(RuntimeError, match="stub://"):
        tasks.start_embedded_worker()


def test_only_one_embedded_worker_runs_at_a_time(broker: StubBroker) -> None:
    worker = tasks.start_embedded_worker()
    try:
        with pytest.raises(RuntimeError, match="already"):
            tasks.start_embedded_worker()
    finally:
        worker.stop()

    tasks.start_embedded_worker().stop()


def test_the_broker_of_a_running_embedded_worker_is_not_replaced(
    broker: StubBroker, settings: Settings
) -> None:
    worker = tasks.start_embedded_worker()
    try:
        with pytest.raises(RuntimeError, match="stop the embedded worker"):
            tasks.configure(settings.model_copy(update={"log_level": "DEBUG"}))
        assert dramatiq.get_broker() is broker
    finally:
        worker.stop()


async def test_worker_database_is_for_actors_only(broker: StubBroker) -> None:
    with pytest.raises(RuntimeError, match="worker"):
        tasks.worker_database()


def test_the_in_process_broker_is_always_reachable(broker: StubBroker) -> None:
    assert tasks.broker_reachable()


@pytest.mark.parametrize("broker_url", [RABBITMQ_URL, REDIS_URL], ids=["rabbitmq", "redis"])
def test_a_running_broker_is_reachable(settings: Settings, broker_url: str) -> None:
    tasks.configure(settings.model_copy(update={"broker_url": broker_url}))

    # Passes only if broker_reachable() is true (skips without a broker, fails in CI).
    require_reachable_broker(broker_url)


@pytest.mark.parametrize("broker_url", ["amqp://guest:guest@127.0.0.1:1/", "redis://127.0.0.1:1/0"])
def test_a_closed_port_is_unreachable(settings: Settings, broker_url: str) -> None:
    tasks.configure(settings.model_copy(update={"broker_url": broker_url}))

    assert not tasks.broker_reachable()
