import os
import time

import dramatiq
import pytest
from dramatiq.brokers.rabbitmq import RabbitmqBroker
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker

from leadhub import sweeps, tasks
from leadhub.ops.in_flight import RequestsInFlight
from leadhub.settings import Settings
from tests.services import USES_SHARED_BROKERS, require_reachable_broker

pytestmark = USES_SHARED_BROKERS

RABBITMQ_URL = os.environ.get("TEST_BROKER_URL", "amqp://guest:guest@127.0.0.1:5672/")
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
ACTOR = "send_invitation_email"


@pytest.fixture
def broker(settings: Settings) -> StubBroker:
    broker = tasks.configure(settings)
    assert isinstance(broker, StubBroker)
    return broker


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


async def test_sweeps_yield_to_the_api_requests_in_embedded_mode_only(
    settings: Settings,
) -> None:
    tasks.configure(settings)
    requests = RequestsInFlight()
    worker = tasks.start_embedded_worker(requests.quiet)
    try:
        pace = tasks.sweep_pace()
        assert pace.batch_size == tasks.EMBEDDED_SWEEP_BATCH
        assert pace.yield_share == tasks.EMBEDDED_SWEEP_YIELD_SHARE > 0
        # one that someone waits for yields less, in smaller batches
        waited_for = tasks.sweep_pace(waited_for=True)
        assert waited_for.batch_size == tasks.EMBEDDED_RESCORE_BATCH < pace.batch_size
        assert 0 < waited_for.yield_share == tasks.EMBEDDED_RESCORE_YIELD_SHARE < pace.yield_share
        # its quiet moment is the API's: it waits while a request is answered
        assert pace.quiet is not None
        requests.count = 1
        waited = time.monotonic()
        await pace.quiet()
        assert time.monotonic() - waited >= tasks.EMBEDDED_SWEEP_QUIET_WAIT_SECONDS
    finally:
        worker.stop()

    # Nothing listens on port 1: a worker process has no requests to yield to.
    tasks.configure(settings.model_copy(update={"broker_url": "amqp://guest:guest@127.0.0.1:1/"}))
    assert tasks.sweep_pace() == tasks.sweep_pace(waited_for=True) == sweeps.Pace()


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
