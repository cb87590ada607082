"""Jobs: the Dramatiq broker, the workers that run actors, and sending after commit.

``BROKER_URL`` picks the broker: ``stub://`` keeps jobs in-process (embedded mode,
run by worker threads inside ``leadhub serve``), ``amqp://`` is RabbitMQ and
``redis://`` Redis (distributed mode, run by ``leadhub worker`` processes).
Async actors run on Dramatiq's own event loop thread, never in the API's loop.

Actors are async functions declared with :func:`actor` in the modules listed in
``ACTOR_MODULES``; :func:`configure` declares them on each broker it builds, so the
order in which modules are imported does not matter, and an actor stays a plain
function. Services never import Dramatiq: their unit of work collects jobs
(``leadhub.jobs``), which this module's sender sends once the transaction commits.
"""

import asyncio
import importlib
import math
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any, ParamSpec
from urllib.parse import urlsplit

import dramatiq
import pika  # type: ignore[import-untyped]
import redis
import structlog
from dramatiq.asyncio import get_event_loop_thread
from dramatiq.brokers.rabbitmq import RabbitmqBroker
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import AsyncIO, Retries
from prometheus_client import Counter

from leadhub.db import Database, utcnow
from leadhub.jobs import Job, install_sender
from leadhub.logs import configure_logging
from leadhub.settings import Settings, load_settings
from leadhub.sweeps import BATCH_SIZE, Pace

ACTOR_MODULES = [
    "leadhub.tenants.actors",
    "leadhub.leads.actors",
    "leadhub.routing.actors",
    "leadhub.imports.actors",
    "leadhub.analytics.actors",
    "leadhub.oauth.actors",
    "leadhub.webhooks.actors",
    "leadhub.schedule",
]

EMBEDDED_WORKER_THREADS = 4
# How often idle worker threads wake up, so stopping the embedded worker is quick.
EMBEDDED_WORKER_TIMEOUT_MS = 100
EMBEDDED_WORKER_STOP_TIMEOUT_MS = 30_000
# In embedded mode a sweep shares the process (and its GIL) with the API: a request
# that needs the GIL while the sweep holds it waits. What counts is how much of the
# time the sweep holds it. Each batch starts once no request is in flight, or after
# waiting this long, so that a server that is never idle still gets it done.
EMBEDDED_SWEEP_QUIET_WAIT_SECONDS = 0.05
# A daily sweep, which no one waits for, sleeps after each batch thirty times the
# CPU time the batch took, holding the GIL about 3% of the time. Its batches are a
# worker process's: smaller ones only repeat each batch's fixed cost.
EMBEDDED_SWEEP_BATCH = BATCH_SIZE
EMBEDDED_SWEEP_YIELD_SHARE = 30.0
# A rescoring after a rule change, which its author waits for, holds it half the
# time, in batches of 50 leads (each scored whole), so a request waits little.
EMBEDDED_RESCORE_BATCH = 50
EMBEDDED_RESCORE_YIELD_SHARE = 1.0
# /readyz gives the broker check two seconds; each network step gets less than that.
BROKER_CHECK_TIMEOUT_SECONDS = 1.0

P = ParamSpec("P")
ActorFunction = Callable[..., Awaitable[None]]
# Waits for a moment without requests in the process, at most so many seconds.
QuietMoment = Callable[[float], Awaitable[None]]

jobs = Counter(
    "leadhub_jobs_total",
    "Jobs run by this process's workers, by actor and outcome (processed, retried, failed).",
    ["actor", "outcome"],
)
jobs_not_sent = Counter(
    "leadhub_jobs_not_sent_total",
    "Jobs lost after their transaction committed because the broker refused them.",
    ["actor"],
)

_log = structlog.stdlib.get_logger(__name__)

_actor_functions: dict[str, ActorFunction] = {}


@dataclass(frozen=True)
class _Configuration:
    settings: Settings
    broker: dramatiq.Broker


_configuration: _Configuration | None = None
_worker_database: Database | None = None
_embedded_worker: "EmbeddedWorker | None" = None


def actor(function: Callable[P, Awaitable[None]]) -> Callable[P, Awaitable[None]]:
    """Declare an async function as an actor, named after the function."""
    if function.__name__ in _actor_functions:
        raise ValueError(f"an actor named {function.__name__!r} is declared already")
    _actor_functions[function.__name__] = function
    return function


def configure(settings: Settings) -> dramatiq.Broker:
    """Build the broker for ``settings.broker_url`` and make it the global one.

    Calling it again with the same settings returns the same broker; with other
    settings it builds a new one and closes the previous one.
    """
    global _configuration
    if _configuration is not None and _configuration.settings == settings:
        return _configuration.broker
    if _embedded_worker is not None:
        # It would go on consuming the old broker while jobs went to the new one.
        raise RuntimeError("stop the embedded worker before configuring another broker")
    broker = _new_broker(settings.broker_url)
    # emit_after runs middleware in reverse order: placed before Retries, the
    # metrics see whether Retries gave up on a message (message.failed).
    broker.add_middleware(_JobMetrics(), before=Retries)
    broker.add_middleware(AsyncIO())
    # After AsyncIO, so its shutdown hook runs while the event loop still does.
    broker.add_middleware(_WorkerDatabaseDisposal())
    for module in ACTOR_MODULES:
        importlib.import_module(module)
    for name, function in _actor_functions.items():
        dramatiq.actor(actor_name=name, broker=broker)(function)
    if _configuration is not None:
        _configuration.broker.close()
    dramatiq.set_broker(broker)
    _configuration = _Configuration(settings=settings, broker=broker)
    install_sender(_BrokerSender())
    return broker


def configure_from_environment() -> dramatiq.Broker:
    """Configure a worker process from its environment (what ``dramatiq`` calls)."""
    settings = load_settings()
    configure_logging(settings)
    return configure(settings)


def configured_settings() -> Settings:
    """The settings :func:`configure` was given, for actors to reach."""
    return _configured().settings


def _configured() -> _Configuration:
    if _configuration is None:
        raise RuntimeError("leadhub.tasks.configure(settings) has not run in this process")
    return _configuration


def _new_broker(url: str) -> dramatiq.Broker:
    scheme = urlsplit(url).scheme
    if scheme == "stub":
        return StubBroker()
    if scheme in ("amqp", "amqps"):
        # Confirmed delivery: a publish that RabbitMQ did not take raises, and
        # Dramatiq re-declares a queue that has disappeared.
        return RabbitmqBroker(url=url, confirm_delivery=True)
    if scheme in ("redis", "rediss"):
        return RedisBroker(url=url)  # type: ignore[no-untyped-call]
    raise ValueError(f"BROKER_URL must start with stub://, amqp:// or redis://, not {scheme}://")


def worker_database() -> Database:
    """The Database of this process's actors, made on first use in the worker's event
    loop (asyncpg engines belong to one loop) and disposed when the worker stops."""
    global _worker_database
    loop_thread = get_event_loop_thread()
    if loop_thread is None or asyncio.get_running_loop() is not loop_thread.loop:
        raise RuntimeError("worker_database() is for actors running in a Dramatiq worker")
    if _worker_database is None:
        _worker_database = Database.connect(configured_settings().resolved_database_url)
    return _worker_database


def sweep_pace(*, waited_for: bool = False, batch_size: int = BATCH_SIZE) -> Pace:
    """How a sweep shares this process: in embedded mode it yields to the API's
    requests, less if someone waits for it to finish; worker processes have no
    requests to yield to, and take ``batch_size`` leads a transaction."""
    if not configured_settings().embedded:
        return Pace(batch_size=batch_size)
    quiet = _embedded_worker.quiet if _embedded_worker is not None else None
    return Pace(
        batch_size=EMBEDDED_RESCORE_BATCH if waited_for else EMBEDDED_SWEEP_BATCH,
        quiet=partial(quiet, EMBEDDED_SWEEP_QUIET_WAIT_SECONDS) if quiet is not None else None,
        yield_share=EMBEDDED_RESCORE_YIELD_SHARE if waited_for else EMBEDDED_SWEEP_YIELD_SHARE,
    )


class _WorkerDatabaseDisposal(dramatiq.Middleware):
    def after_worker_shutdown(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        global _worker_database
        database, _worker_database = _worker_database, None
        loop_thread = get_event_loop_thread()
        if database is not None and loop_thread is not None:
            loop_thread.run_coroutine(database.dispose())


class _JobMetrics(dramatiq.Middleware):
    def after_process_message(
        self,
        broker: dramatiq.Broker,
        message: dramatiq.MessageProxy,
        *,
        result: Any | None = None,
        exception: BaseException | None = None,
    ) -> None:
        outcome = "processed" if exception is None else "failed" if message.failed else "retried"
        jobs.labels(actor=message.actor_name, outcome=outcome).inc()


class _BrokerSender:
    """Sends the jobs of committed transactions through the configured broker."""

    def check(self, job: Job) -> None:
        _configured().broker.get_actor(job.actor_name)
        dramatiq.get_encoder().encode(job.kwargs)

    def send_committed(self, jobs: Sequence[Job]) -> None:
        broker = _configured().broker
        for job in jobs:
            try:
                broker.get_actor(job.actor_name).send_with_options(
                    kwargs=job.kwargs, delay=_delay_ms(job.not_before)
                )
            except Exception:
                # The data is committed: raising now would report a failure that did
                # not happen, so the loss is logged and counted instead.
                jobs_not_sent.labels(actor=job.actor_name).inc()
                _log.exception("job not sent after commit", actor=job.actor_name)


# Held a moment past its time, so that a job run on a clock a little behind, or
# at once, never comes early.
HELD_PAST_MS = 1000


def _delay_ms(not_before: datetime | None) -> int | None:
    """How long the broker holds a job back, in its unit; None for not at all."""
    if not_before is None:
        return None
    return max(0, math.ceil((not_before - utcnow()).total_seconds() * 1000) + HELD_PAST_MS)


def send(actor_name: str, **kwargs: object) -> None:
    """Send a job now, outside any transaction (a job that fans out into others)."""
    _configured().broker.get_actor(actor_name).send_with_options(kwargs=kwargs)


class EmbeddedWorker:
    """Worker threads running the jobs of the in-process broker (embedded mode), whose
    sweeps wait for a ``quiet`` moment of the API, when it runs them."""

    def __init__(self, broker: dramatiq.Broker, quiet: QuietMoment | None) -> None:
        self.quiet = quiet
        self._broker = broker
        self._worker = dramatiq.Worker(
            broker,
            worker_threads=EMBEDDED_WORKER_THREADS,
            worker_timeout=EMBEDDED_WORKER_TIMEOUT_MS,
        )
        self._worker.start()

    def join(self) -> None:
        """Wait until every job enqueued so far has run (blocking; for tests)."""
        for queue_name in self._broker.get_declared_queues():
            self._broker.join(queue_name)
        self._worker.join()

    def stop(self) -> None:
        global _embedded_worker
        if _embedded_worker is self:
            self._worker.stop(timeout=EMBEDDED_WORKER_STOP_TIMEOUT_MS)
            _embedded_worker = None


def start_embedded_worker(quiet: QuietMoment | None = None) -> EmbeddedWorker:
    """Start worker threads on the in-process broker, their sweeps waiting for a
    ``quiet`` moment if given; ``stop()`` them at shutdown."""
    global _embedded_worker
    broker = _configured().broker
    if not isinstance(broker, StubBroker):
        raise RuntimeError("the embedded worker needs BROKER_URL=stub://")
    # Dramatiq keeps one event loop thread per process for async actors.
    if _embedded_worker is not None:
        raise RuntimeError("an embedded worker is running in this process already")
    _embedded_worker = EmbeddedWorker(broker, quiet)
    return _embedded_worker


def run_workers(processes: int, threads: int) -> int:
    """Run worker processes on BROKER_URL until signalled; return the exit code."""
    from dramatiq import cli as dramatiq_cli

    configure_logging(load_settings())
    arguments = dramatiq_cli.make_argument_parser().parse_args(  # type: ignore[no-untyped-call]
        [
            f"{__name__}:{configure_from_environment.__name__}",
            "--processes",
            str(processes),
            "--threads",
            str(threads),
            # Each process configures our logging (configure_from_environment), so its
            # lines look like the API's.
            "--skip-logging",
        ]
    )
    return int(dramatiq_cli.main(arguments))  # type: ignore[no-untyped-call]


def broker_reachable() -> bool:
    """Whether the configured broker answers now; blocks for about a second at most."""
    try:
        url = configured_settings().broker_url
        scheme = urlsplit(url).scheme
        if scheme == "stub":
            return True
        if scheme in ("amqp", "amqps"):
            parameters = pika.URLParameters(url)
            parameters.connection_attempts = 1
            parameters.socket_timeout = BROKER_CHECK_TIMEOUT_SECONDS
            parameters.stack_timeout = BROKER_CHECK_TIMEOUT_SECONDS
            pika.BlockingConnection(parameters).close()
            return True
        client = redis.Redis.from_url(
            url,
            socket_connect_timeout=BROKER_CHECK_TIMEOUT_SECONDS,
            socket_timeout=BROKER_CHECK_TIMEOUT_SECONDS,
        )
        try:
            return bool(client.ping())
        finally:
            client.close()
    except Exception as error:
        _log.warning("broker unreachable", error=repr(error))
        return False
