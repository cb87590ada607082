"""GraphiQL works offline: its page names no other host, and the app serves every file it loads."""

import re
from html.parser import HTMLParser
from pathlib import PurePosixPath
from urllib.parse import urlsplit

import httpx
import pytest

from leadhub.graphql.graphiql.assets import STATIC, VENDORED, VendoredPackage

CONTENT_TYPES = {
    ".js": {"text/javascript", "application/javascript"},
    ".css": {"text/css"},
}


class _PageReferences(HTMLParser):
    """The URLs a page's script and link tags load, and its inline script and style text."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self.stylesheets: list[str] = []
        self.inline: list[str] = []
        self._in_inline = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "script" and attributes.get("src"):
            self.scripts.append(attributes["src"] or "")
        elif tag == "link":
            self.stylesheets.append(attributes.get("href") or "")
        self._in_inline = tag in ("script", "style") and not attributes.get("src")

    def handle_endtag(self, tag: str) -> None:
        self._in_inline = False

    def handle_data(self, data: str) -> None:
        if self._in_inline:
            self.inline.append(data)


async def _page(client: httpx.AsyncClient) -> _PageReferences:
    response = await client.get("/graphql", headers={"accept": "text/html"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    references = _PageReferences()
    references.feed(response.text)
    return references


async def test_the_page_loads_nothing_from_another_host(client: httpx.AsyncClient) -> None:
    page = await _page(client)
    assert page.scripts
    assert page.stylesheets
    for url in page.scripts + page.stylesheets:
        assert not urlsplit(url).scheme
        assert not urlsplit(url).netloc
        assert url.startswith("/graphiql/")
    assert not re.search(r"\b[a-z]+://|//[\w.-]+/", "".join(page.inline))


async def test_every_file_the_page_loads_is_served(client: httpx.AsyncClient) -> None:
    page = await _page(client)
    for url in page.scripts + page.stylesheets:
        response = await client.get(url)
        assert response.status_code == 200, url
        media_type = response.headers["content-type"].partition(";")[0]
        assert media_type in CONTENT_TYPES[PurePosixPath(url).suffix], url
        if url.endswith(".css"):
            # Fonts and images come inline, as data: URLs.
            assert set(re.findall(r"url\(\s*[\"']?([a-z]+):", response.text)) == {"data"}


async def test_scripts_load_in_the_order_their_globals_need(client: httpx.AsyncClient) -> None:
    page = await _page(client)
    names = [PurePosixPath(url).name for url in page.scripts]
    assert names == [
        "react.production.min.js",
        "react-dom.production.min.js",
        "graphiql.min.js",
        "graphql-ws.min.js",
        "leadhub-graphiql.js",
    ]


async def test_graphiql_queries_the_endpoint_with_a_headers_editor(
    client: httpx.AsyncClient,
) -> None:
    page = await _page(client)
    boot = await client.get(page.scripts[-1])
    # The page is served by GET /graphql itself, so its own path is the endpoint,
    # over HTTP and, for subscriptions, over a WebSocket logged in by the headers.
    assert "const endpoint = window.location.pathname;" in boot.text
    assert "GraphiQL.createFetcher({ url: endpoint })" in boot.text
    assert "graphqlWs.createClient({ url: socketUrl, connectionParams: opts?.headers" in boot.text
    assert "isHeadersEditorEnabled: true" in boot.text


@pytest.mark.parametrize("package", VENDORED, ids=lambda package: package.folder)
def test_each_vendored_package_keeps_its_licence(package: VendoredPackage) -> None:
    assert (STATIC / package.folder / package.licence).read_text().startswith("MIT License")


async def test_the_page_lets_only_our_own_files_run(client: httpx.AsyncClient) -> None:
    # a token pasted into the headers editor stays in this browser's storage
    response = await client.get("/graphql", headers={"accept": "text/html"})
    policy = dict(
        directive.strip().split(" ", 1)
        for directive in response.headers["content-security-policy"].split(";")
    )
    assert policy["default-src"] == policy["script-src"] == policy["connect-src"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"
    assert response.headers["x-content-type-options"] == "nosniff"
