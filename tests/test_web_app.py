"""The web app's build served at /: its files, its own pages, and what browsers keep."""

from pathlib import Path

import httpx

from leadhub.app import create_app
from leadhub.db import Database
from leadhub.settings import Settings
from leadhub.tenants.emails import INVITATION_PATH, PASSWORD_RESET_PATH

INDEX = '<!doctype html><div id="root"></div><script src="/assets/app-3f9a1c.js"></script>'


def _client(settings: Settings, database: Database) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=create_app(settings, database))
    return httpx.AsyncClient(transport=transport, base_url="http://leadhub.test")


def _built(directory: Path) -> Path:
    (directory / "assets").mkdir(parents=True)
    (directory / "index.html").write_text(INDEX)
    (directory / "assets" / "app-3f9a1c.js").write_text("console.log('Leadhub')")
    return directory


async def test_the_app_answers_its_own_pages_and_keeps_its_assets_for_good(
    settings: Settings, database: Database, tmp_path: Path
) -> None:
    settings = settings.model_copy(update={"web_app_dir": _built(tmp_path / "dist")})
    async with _client(settings, database) as client:
        for page in ("/", "/leads/TGVhZDox", "/settings/webhooks"):
            answer = await client.get(page)
            assert (answer.status_code, answer.text) == (200, INDEX), page
            assert answer.headers["cache-control"] == "no-cache"
            assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]
        asset = await client.get("/assets/app-3f9a1c.js")
        assert asset.text == "console.log('Leadhub')"
        assert asset.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert (await client.get("/assets/app-0ld.js")).status_code == 404
        assert (await client.get("/favicon.ico")).status_code == 404
        # The platform's own paths come first.
        assert (await client.get("/healthz")).status_code == 200
        body = await client.post("/graphql", json={"query": "{ __typename }"})
        assert body.json() == {"data": {"__typename": "Query"}}


async def test_the_emailed_links_open_the_apps_pages_and_tell_no_one_their_token(
    settings: Settings, database: Database, tmp_path: Path
) -> None:
    settings = settings.model_copy(update={"web_app_dir": _built(tmp_path / "dist")})
    async with _client(settings, database) as client:
        for path in (INVITATION_PATH, PASSWORD_RESET_PATH):
            answer = await client.get(path, params={"token": "0192.s3cret"})
            assert (answer.status_code, answer.text) == (200, INDEX), path
            assert answer.headers["referrer-policy"] == "no-referrer"


async def test_without_a_build_the_root_says_how_to_make_one(
    settings: Settings, database: Database
) -> None:
    async with _client(settings, database) as client:
        answer = await client.get("/")
    assert answer.status_code == 503
    assert "`make run` builds it" in answer.text
