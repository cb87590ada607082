"""The real services the suite talks to: a test without one says so, except in CI."""

import os

import pytest

from leadhub import tasks

# The suite runs on several workers (pytest-xdist, `--dist loadgroup`): the tests
# that use the real brokers, whose queues all workers would share, run on one.
USES_SHARED_BROKERS = pytest.mark.xdist_group("shared_brokers")


def require_service(reason_missing: str | None) -> None:
    """Skip when a local run lacks a service (the summary lists why); fail in CI."""
    if reason_missing is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{reason_missing}; CI must provide it", pytrace=False)
    pytest.skip(reason_missing)


def require_reachable_broker(url: str) -> None:
    """The configured broker must answer (RabbitMQ or Redis at ``url``)."""
    require_service(
        None
        if tasks.broker_reachable()
        else f"no broker answers at {url} (set TEST_BROKER_URL / TEST_REDIS_URL)"
    )
