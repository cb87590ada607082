"""Exports over GraphQL: the leads a filter selects, written by a job, downloaded
with the same login; by whom may, of their own tenant only."""

import httpx
import pytest
from python_calamine import CalamineWorkbook

from leadhub.db import Database
from leadhub.settings import Settings
from tests.builders import Account, graphql, graphql_refusal, join, sign_up
from tests.imports.lists import run_export_jobs, run_import_jobs, uploaded_list

EXPORT = """
mutation Export($input: ExportLeadsInput!) {
  exportLeads(input: $input) {
    leadExport { id status format rows downloadUrl requestedBy { email } }
    errors { field code message }
  }
}
"""
WATCH = """
query Watch($id: ID!) {
  node(id: $id) { ... on LeadExport { status rows downloadUrl } }
}
"""
START = """
mutation Start($input: LeadImportInput!) { startLeadImport(input: $input) { errors { code } } }
"""
LIST = "Navn;E-post;Tags\nÅse Ødegård;ase@havbruk.no;vip\nBjørn Ærø;bjorn@fisk.no;\n"


def _headers(account: Account) -> dict[str, str]:
    return {"authorization": f"Bearer {account.token}", "x-tenant-id": account.tenant_id}


@pytest.fixture
async def owner(client: httpx.AsyncClient, database: Database, settings: Settings) -> Account:
    owner = await sign_up(client, "Fjordkraft Salg AS", default_region="NO")
    draft = await uploaded_list(client, owner, LIST.encode())
    await graphql(client, START, {"input": {"importId": draft["id"]}}, account=owner)
    await run_import_jobs(database, settings)
    return owner


@pytest.mark.parametrize(("file_format", "media_type"), [("CSV", "text/csv"), ("XLSX", "sheet")])
async def test_the_leads_a_filter_selects_are_exported_and_downloaded(
    client: httpx.AsyncClient,
    owner: Account,
    database: Database,
    settings: Settings,
    file_format: str,
    media_type: str,
) -> None:
    asked = await graphql(
        client,
        EXPORT,
        {"input": {"filter": {"tags": ["vip"]}, "format": file_format}},
        account=owner,
    )
    payload = asked["data"]["exportLeads"]
    assert payload["errors"] == []
    assert payload["leadExport"]["status"] == "RUNNING"
    assert payload["leadExport"]["downloadUrl"] is None
    assert payload["leadExport"]["requestedBy"] == {"email": owner.email}

    await run_export_jobs(database, settings)

    watched = await graphql(client, WATCH, {"id": payload["leadExport"]["id"]}, account=owner)
    done = watched["data"]["node"]
    assert (done["status"], done["rows"]) == ("FINISHED", 1)
    response = await client.get(done["downloadUrl"], headers=_headers(owner))
    assert response.status_code == 200
    assert media_type in response.headers["content-type"]
    target = settings.var_dir / f"download.{file_format.lower()}"
    target.write_bytes(response.content)
    if file_format == "CSV":
        rows = [line.split(",") for line in target.read_text(encoding="utf-8-sig").splitlines()]
    else:
        rows = list(CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).iter_rows())
    assert [row[:2] for row in rows] == [["Name", "Email"], ["Åse Ødegård", "ase@havbruk.no"]]


async def test_an_export_downloads_for_its_tenant_and_roles_only(
    client: httpx.AsyncClient, owner: Account, database: Database, settings: Settings
) -> None:
    asked = await graphql(client, EXPORT, {"input": {}}, account=owner)
    lead_export = asked["data"]["exportLeads"]["leadExport"]
    await run_export_jobs(database, settings)
    url = f"/exports/{lead_export['id']}"
    rep = await join(client, owner, "SALES_REP", "rep")
    other = await sign_up(client, "Andre AS")

    assert (await client.get(url, headers=_headers(owner))).status_code == 200
    assert (await client.get(url, headers=_headers(other))).status_code == 404
    assert (await client.get(url, headers=_headers(rep))).status_code == 403
    assert (await client.get(url)).status_code == 401
    refused = await graphql_refusal(client, EXPORT, {"input": {}}, account=rep)
    assert refused["extensions"]["code"] == "FORBIDDEN"
    listed = await graphql(
        client, "query { tenant { leadExports { edges { node { id rows } } } } }", account=owner
    )
    assert listed["data"]["tenant"]["leadExports"]["edges"] == [
        {"node": {"id": lead_export["id"], "rows": 2}}
    ]
