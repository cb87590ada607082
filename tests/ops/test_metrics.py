import httpx
from prometheus_client.parser import text_string_to_metric_families
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Mount, Route

from leadhub.ops import metrics


async def ok(request: Request) -> PlainTextResponse:
    return PlainTextResponse("ok")


async def broken(request: Request) -> PlainTextResponse:
    raise RuntimeError("bug")


app = Starlette(
    routes=[
        Route("/metrics-test/leads/{lead_id}", ok),
        Route("/metrics-test/broken", broken),
        Mount("/metrics-test/api", routes=[Route("/sources/{source_id}", ok)]),
        Route("/metrics", metrics.endpoint),
    ],
    middleware=[Middleware(metrics.RequestMetricsMiddleware)],
)

Labels = frozenset[tuple[str, str]]


def client() -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app, raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url="http://test")


async def scrape(http: httpx.AsyncClient) -> dict[tuple[str, Labels], float]:
    response = await http.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=")
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def requests_total(method: str, route: str, status: str) -> tuple[str, Labels]:
    labels = {"method": method, "route": route, "status": status}
    return "leadhub_http_requests_total", frozenset(labels.items())


def durations_count(method: str, route: str) -> tuple[str, Labels]:
    labels = {"method": method, "route": route}
    return "leadhub_http_request_duration_seconds_count", frozenset(labels.items())


def increase(
    before: dict[tuple[str, Labels], float],
    after: dict[tuple[str, Labels], float],
    key: tuple[str, Labels],
) -> float:
    return after.get(key, 0.0) - before.get(key, 0.0)


async def test_requests_are_counted_and_timed_under_the_route_template() -> None:
    async with client() as http:
        before = await scrape(http)
        await http.get("/metrics-test/leads/101")
        await http.get("/metrics-test/leads/102")
        await http.post("/metrics-test/leads/103")
        after = await scrape(http)

    template = "/metrics-test/leads/{lead_id}"
    assert increase(before, after, requests_total("GET", template, "200")) == 2
    assert increase(before, after, requests_total("POST", template, "405")) == 1
    assert increase(before, after, durations_count("GET", template)) == 2
    assert not any("/metrics-test/leads/10" in value for _, labels in after for _, value in labels)


async def test_a_route_inside_a_mount_is_labelled_with_the_full_template() -> None:
    async with client() as http:
        before = await scrape(http)
        await http.get("/metrics-test/api/sources/7")
        after = await scrape(http)

    route = "/metrics-test/api/sources/{source_id}"
    assert increase(before, after, requests_total("GET", route, "200")) == 1


async def test_unknown_paths_and_methods_share_one_label_each() -> None:
    async with client() as http:
        before = await scrape(http)
        await http.get("/metrics-test/no-such-page-1")
        await http.get("/metrics-test/no-such-page-2")
        await http.request("BREW", "/metrics-test/leads/1")
        after = await scrape(http)

    assert increase(before, after, requests_total("GET", "unmatched", "404")) == 2
    assert (
        increase(before, after, requests_total("other", "/metrics-test/leads/{lead_id}", "405"))
        == 1
    )
    assert not any("no-such-page" in value for _, labels in after for _, value in labels)


async def test_a_request_that_raises_is_counted_as_a_500() -> None:
    async with client() as http:
        before = await scrape(http)
        response = await http.get("/metrics-test/broken")
        after = await scrape(http)

    assert response.status_code == 500
    assert increase(before, after, requests_total("GET", "/metrics-test/broken", "500")) == 1
