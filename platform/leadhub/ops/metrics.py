"""Prometheus metrics of the HTTP API, and the /metrics endpoint that exposes them.

Everything is on prometheus_client's default registry, so the job metrics that
``leadhub.tasks`` defines, and the sweeps' progress that ``leadhub.sweeps`` counts,
appear on the same page.
"""

import time

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, generate_latest
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

UNMATCHED_ROUTE = "unmatched"

# Labels come from small fixed sets: a label per raw path or per made-up method
# would let any client create series without bound.
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})

http_requests = Counter(
    "leadhub_http_requests_total",
    "HTTP requests answered, by route template and status.",
    ["method", "route", "status"],
)
http_request_duration = Histogram(
    "leadhub_http_request_duration_seconds",
    "Time to answer an HTTP request, by route template.",
    ["method", "route"],
)


class RequestMetricsMiddleware:
    """Count and time each HTTP request under the route that served it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        root_path: str = scope.get("root_path", "")
        status = 500  # if the app raises before it responds, the server answers 500
        started = time.perf_counter()

        async def send_recording_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_recording_status)
        finally:
            method = scope["method"] if scope["method"] in _METHODS else "other"
            # The router records the matched route in the scope, which is only
            # known once the app has run.
            route = _route_template(scope, root_path)
            http_requests.labels(method=method, route=route, status=str(status)).inc()
            http_request_duration.labels(method=method, route=route).observe(
                time.perf_counter() - started
            )


async def endpoint(request: Request) -> Response:
    """The metrics of this process, in the Prometheus text format."""
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


def _route_template(scope: Scope, root_path: str) -> str:
    route = scope.get("route")
    # Inside a Mount, paths are relative to it; the mount's prefix is what routing
    # added to root_path.
    routed_root_path: str = scope.get("root_path", "")
    mount_prefix = routed_root_path.removeprefix(root_path)
    if isinstance(route, Route):
        return mount_prefix + route.path
    if isinstance(route, Mount):  # a mounted app that is not a router
        return mount_prefix + "/{path}"
    return UNMATCHED_ROUTE
