"""GraphiQL runs subscriptions: its fetcher, as the page builds it with the vendored
graphql-ws client, run by Node.js against the app served by uvicorn, logged in
with the headers the editor holds."""

import asyncio
import json

import httpx
from starlette.applications import Starlette

from leadhub.db import Database
from leadhub.settings import Settings
from tests.builders import Account, graphql, sign_up
from tests.graphql.conftest import NODE_CLIENTS
from tests.graphql.live import served
from tests.imports.lists import run_import_jobs, uploaded_list

DONE_WITHIN_SECONDS = 60
PROGRESS = """
subscription Progress($id: ID!) {
  leadImportProgress(id: $id) { status progress { read created failed } }
}
"""
START = """
mutation Start($input: LeadImportInput!) { startLeadImport(input: $input) { errors { code } } }
"""


async def _results(
    node: str, page: str, headers: dict[str, str], variables: dict[str, str]
) -> list[dict[str, object]]:
    """What GraphiQL's fetcher yields for the subscription, one result a line."""
    process = await asyncio.create_subprocess_exec(
        node,
        "graphiql_subscribe.mjs",
        page,
        json.dumps(headers),
        PROGRESS,
        json.dumps(variables),
        cwd=NODE_CLIENTS,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), DONE_WITHIN_SECONDS)
    assert process.returncode == 0, err.decode()
    return [json.loads(line) for line in out.decode().splitlines()]


async def test_graphiql_runs_a_subscription_over_the_websocket_logged_in_by_its_headers(
    node: str, app: Starlette, client: httpx.AsyncClient, database: Database, settings: Settings
) -> None:
    owner: Account = await sign_up(client, "Fjordkraft Salg AS", default_region="NO")
    draft = await uploaded_list(
        client, owner, "Navn;E-post\nÅse Ødegård;ase@havbruk.no\nKari;kari@\n".encode()
    )
    await graphql(client, START, {"input": {"importId": draft["id"]}}, account=owner)
    await run_import_jobs(database, settings)
    login = {"Authorization": f"Bearer {owner.token}", "X-Tenant-ID": owner.tenant_id}

    async with served(app) as socket_url:
        page = socket_url.replace("ws://", "http://", 1)
        told = await _results(node, page, login, {"id": draft["id"]})
        refused = await _results(node, page, {}, {"id": draft["id"]})

    assert told == [
        {
            "data": {
                "leadImportProgress": {
                    "status": "FINISHED",
                    "progress": {"read": 2, "created": 1, "failed": 1},
                }
            }
        }
    ]
    [nobody] = refused
    assert nobody["thrown"][0]["message"].startswith("Log in first")
