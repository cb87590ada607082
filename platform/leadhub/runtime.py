"""What every request may use, built once per application and read through one accessor."""

from collections.abc import Callable
from dataclasses import dataclass

from starlette.requests import HTTPConnection

from leadhub.db import Database
from leadhub.settings import Settings
from leadhub.tenants.ratelimit import RateLimits


@dataclass(frozen=True)
class Runtime:
    settings: Settings
    database: Database
    rate_limits: RateLimits
    # Whether the job broker answers now (blocking, about a second at most).
    broker_reachable: Callable[[], bool]


def runtime(connection: HTTPConnection) -> Runtime:
    found = getattr(connection.app.state, "runtime", None)
    if not isinstance(found, Runtime):
        raise RuntimeError("the request did not come through leadhub.app.create_app")
    return found
