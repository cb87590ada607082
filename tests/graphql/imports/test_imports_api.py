"""Imports over GraphQL as a person uses them: a file uploaded (the GraphQL
multipart request specification), its columns mapped and previewed, started,
watched, its failed rows downloaded; templates; and who may do it, in which tenant."""

import json

import httpx
import pytest

from leadhub.db import Database
from leadhub.settings import Settings
from tests.builders import Account, graphql, join, post, sign_up
from tests.imports.lists import UPLOAD, run_import_jobs, upload_list, uploaded_list

LIST = (
    "Fornavn;Etternavn;E-post;Telefon;Firma;Skonummer\n"
    "Åse;Ødegård;ase@havbruk.no;412 34 567;Havbruk Øst AS;38\n"
    "Kari;Nordmann;kari@;1;Kari AS;40\n"
    "Bjørn;Ærø;bjorn@fisk.no;(+47) 92 67 88 28;Fisk AS;44\n"
)
IMPORT_FIELDS = """
  id fileName fileFormat encoding delimiter status onMatch matchKeys externalSystem
  columns { header target }
  progress { totalRows read created updated skipped failed percent }
  startedBy { email }
  errorReportUrl
"""
CHANGE = f"""
mutation Change($input: ChangeLeadImportInput!) {{
  changeLeadImport(input: $input) {{
    leadImport {{ {IMPORT_FIELDS} }}
    errors {{ field code message }}
  }}
}}
"""
CHANGE_SOURCE = """
mutation ChangeSource($input: ChangeLeadImportInput!) {
  changeLeadImport(input: $input) { leadImport { source { id name } } errors { field code } }
}
"""
START = f"""
mutation Start($input: LeadImportInput!) {{
  startLeadImport(input: $input) {{
    leadImport {{ {IMPORT_FIELDS} }}
    errors {{ field code message }}
  }}
}}
"""
CANCEL = """
mutation Cancel($input: LeadImportInput!) {
  cancelLeadImport(input: $input) { leadImport { status } errors { field code message } }
}
"""
PREVIEW = """
query Preview($id: ID!) {
  node(id: $id) {
    ... on LeadImport {
      preview(first: 3) { line cells problems lead { name email phone company domain } }
    }
  }
}
"""
WATCH = f"""
query Watch($id: ID!) {{
  node(id: $id) {{
    ... on LeadImport {{
      {IMPORT_FIELDS}
      failedRows(first: 10) {{ edges {{ node {{ line reason cells }} }} }}
      summary {{
        kind
        actor {{ ... on SystemActor {{ job onBehalfOf {{ email }} }} }}
        details {{
          ... on ImportedDetails {{
            leadImportId fileName status created updated skipped failed
          }}
        }}
      }}
    }}
  }}
}}
"""
HISTORY = """
query History {
  tenant {
    leadImports(first: 10) { edges { node { fileName status startedBy { email } } } }
    importTemplates { edges { node { name targets { header target } } } }
  }
}
"""
SAVE_TEMPLATE = """
mutation Save($input: SaveImportTemplateInput!) {
  saveImportTemplate(input: $input) { template { id name } errors { field code message } }
}
"""


@pytest.fixture
async def owner(client: httpx.AsyncClient) -> Account:
    return await sign_up(client, "Fjordkraft Salg AS", default_region="NO")


async def test_a_list_is_uploaded_mapped_previewed_imported_and_reported(
    client: httpx.AsyncClient, owner: Account, database: Database, settings: Settings
) -> None:
    draft = await uploaded_list(client, owner, LIST.encode("cp1252"))
    assert (draft["fileName"], draft["fileFormat"], draft["encoding"], draft["delimiter"]) == (
        "messe.csv",
        "CSV",
        "cp1252",
        ";",
    )
    assert [column["target"] for column in draft["columns"]] == [
        "first_name",
        "last_name",
        "email",
        "phone",
        "company",
        None,
    ]
    assert (draft["status"], draft["progress"]["totalRows"]) == ("DRAFT", 3)

    changed = await graphql(
        client,
        CHANGE,
        {
            "input": {
                "importId": draft["id"],
                "columns": ["first_name", "last_name", "email", "phone", "company", None],
                "onMatch": "FILL",
                "matchKeys": ["EMAIL"],
            }
        },
        account=owner,
    )
    assert changed["data"]["changeLeadImport"]["leadImport"]["onMatch"] == "FILL"
    preview = (await graphql(client, PREVIEW, {"id": draft["id"]}, account=owner))["data"]
    ase, kari, bjorn = preview["node"]["preview"]
    assert ase["lead"] == {
        "name": "Åse Ødegård",
        "email": "ase@havbruk.no",
        "phone": "+4741234567",
        "company": "Havbruk Øst AS",
        "domain": "havbruk.no",
    }
    assert (kari["line"], kari["lead"]) == (3, None)
    assert "E-post:" in kari["problems"] and "Telefon:" in kari["problems"]
    assert bjorn["lead"]["phone"] == "+4792678828"

    started = await graphql(client, START, {"input": {"importId": draft["id"]}}, account=owner)
    assert started["data"]["startLeadImport"]["leadImport"]["status"] == "RUNNING"
    await run_import_jobs(database, settings)

    watched = (await graphql(client, WATCH, {"id": draft["id"]}, account=owner))["data"]["node"]
    assert watched["status"] == "FINISHED"
    assert watched["progress"] == {
        "totalRows": 3,
        "read": 3,
        "created": 2,
        "updated": 0,
        "skipped": 0,
        "failed": 1,
        "percent": 100.0,
    }
    assert watched["startedBy"] == {"email": owner.email}
    assert watched["summary"] == {
        "kind": "IMPORTED",
        "actor": {"job": "import_leads", "onBehalfOf": {"email": owner.email}},
        "details": {
            "leadImportId": draft["id"],
            "fileName": "messe.csv",
            "status": "FINISHED",
            "created": 2,
            "updated": 0,
            "skipped": 0,
            "failed": 1,
        },
    }
    [failed] = watched["failedRows"]["edges"]
    assert (failed["node"]["line"], failed["node"]["cells"][:2]) == (3, ["Kari", "Nordmann"])

    report = await client.get(
        watched["errorReportUrl"],
        headers={"authorization": f"Bearer {owner.token}", "x-tenant-id": owner.tenant_id},
    )
    assert report.status_code == 200
    assert report.headers["content-type"] == "text/csv; charset=utf-8"
    lines = report.content.decode("utf-8-sig").splitlines()
    assert lines[0] == "Line;Reason;Fornavn;Etternavn;E-post;Telefon;Firma;Skonummer"
    assert lines[1].startswith("3;") and lines[1].endswith(";Kari;Nordmann;kari@;1;Kari AS;40")
    assert len(lines) == 2

    history = (await graphql(client, HISTORY, account=owner))["data"]["tenant"]
    [listed] = history["leadImports"]["edges"]
    assert listed["node"] == {
        "fileName": "messe.csv",
        "status": "FINISHED",
        "startedBy": {"email": owner.email},
    }
    refused = await graphql(client, CANCEL, {"input": {"importId": draft["id"]}}, account=owner)
    assert refused["data"]["cancelLeadImport"]["errors"][0]["code"] == "ALREADY_ENDED"


async def test_a_template_maps_the_next_file_of_the_same_layout(
    client: httpx.AsyncClient, owner: Account
) -> None:
    first = await uploaded_list(client, owner, LIST.encode())
    columns = ["name", "last_name", "email", None, "company", "tags"]
    await graphql(
        client, CHANGE, {"input": {"importId": first["id"], "columns": columns}}, account=owner
    )
    saved = await graphql(
        client, SAVE_TEMPLATE, {"input": {"importId": first["id"], "name": "Messe"}}, account=owner
    )
    template = saved["data"]["saveImportTemplate"]["template"]
    again = await graphql(
        client, SAVE_TEMPLATE, {"input": {"importId": first["id"], "name": "Messe"}}, account=owner
    )
    assert again["data"]["saveImportTemplate"]["errors"][0]["code"] == "NAME_TAKEN"

    second = await uploaded_list(client, owner, LIST.encode())
    applied = await graphql(
        client,
        CHANGE,
        {"input": {"importId": second["id"], "templateId": template["id"]}},
        account=owner,
    )

    lead_import = applied["data"]["changeLeadImport"]["leadImport"]
    assert [column["target"] for column in lead_import["columns"]] == columns
    history = (await graphql(client, HISTORY, account=owner))["data"]["tenant"]
    [kept] = history["importTemplates"]["edges"]
    assert kept["node"]["name"] == "Messe"


async def test_the_source_is_kept_when_left_out_and_cleared_by_null(
    client: httpx.AsyncClient, owner: Account
) -> None:
    draft = await uploaded_list(client, owner, LIST.encode())
    created = await graphql(
        client,
        'mutation { createSource(input: {name: "Messe Lillestrøm", kind: TRADE_FAIR})'
        " { source { id name } } }",
        account=owner,
    )
    source = created["data"]["createSource"]["source"]

    async def change(**fields: object) -> dict[str, object]:
        body = await graphql(
            client, CHANGE_SOURCE, {"input": {"importId": draft["id"], **fields}}, account=owner
        )
        payload: dict[str, object] = body["data"]["changeLeadImport"]
        return payload

    assert await change(sourceId=source["id"]) == {"leadImport": {"source": source}, "errors": []}
    assert await change(onMatch="SKIP") == {"leadImport": {"source": source}, "errors": []}
    assert await change(sourceId=None) == {"leadImport": {"source": None}, "errors": []}


async def test_a_column_s_fault_is_named_by_the_input_s_field(
    client: httpx.AsyncClient, owner: Account
) -> None:
    draft = await uploaded_list(client, owner, LIST.encode())
    columns = ["name", "shoe_size", "email", None, "email", None]
    body = await graphql(
        client, CHANGE, {"input": {"importId": draft["id"], "columns": columns}}, account=owner
    )
    errors = body["data"]["changeLeadImport"]["errors"]
    assert [error["field"] for error in errors] == ["columns.1"]
    short = await graphql(
        client, CHANGE, {"input": {"importId": draft["id"], "columns": ["name"]}}, account=owner
    )
    assert [error["field"] for error in short["data"]["changeLeadImport"]["errors"]] == ["columns"]


async def test_a_request_previews_one_import_however_many_it_lists(
    client: httpx.AsyncClient, owner: Account
) -> None:
    for _ in range(3):
        await uploaded_list(client, owner, LIST.encode("cp1252"))
    query = "{ tenant { leadImports { edges { node { preview(first: 1) { line } } } } } }"

    body = (await post(client, query, account=owner)).json()

    previews = [edge["node"] for edge in body["data"]["tenant"]["leadImports"]["edges"]]
    assert previews[0] == {"preview": [{"line": 2}]}
    assert previews[1:] == [{"preview": None}, {"preview": None}]
    assert {error["message"] for error in body["errors"]} == {"Preview one import per request."}


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "EMPTY_FILE"),
        (b"%PDF-1.7\n\x00\x01\x02binary", "NOT_A_TABLE"),
        (b"ase@havbruk.no;41234567\n", "NO_HEADER"),
    ],
)
async def test_a_file_that_cannot_be_imported_is_refused_with_a_typed_error(
    client: httpx.AsyncClient, owner: Account, content: bytes, code: str
) -> None:
    response = await upload_list(client, owner, content)

    payload = response.json()["data"]["uploadLeadList"]
    assert payload["leadImport"] is None
    assert [(error["field"], error["code"]) for error in payload["errors"]] == [("file", code)]


async def test_an_upload_over_the_limit_is_refused(
    client: httpx.AsyncClient, owner: Account, settings: Settings
) -> None:
    megabytes = settings.import_max_file_mb
    too_large = b"Navn\n" + b"x" * (megabytes * 1024 * 1024 + 128 * 1024)

    response = await upload_list(client, owner, too_large)

    assert response.status_code == 413


async def test_a_request_of_more_files_than_an_upload_is_refused(
    client: httpx.AsyncClient, owner: Account
) -> None:
    operations = {"query": UPLOAD, "variables": {"input": {"file": None}}}
    files_map = {"0": ["variables.input.file"]}
    response = await client.post(
        "/graphql",
        data={"operations": json.dumps(operations), "map": json.dumps(files_map)},
        files={"0": ("a.csv", "Navn\nÅse\n".encode()), "1": ("b.csv", b"Navn\nKari\n")},
        headers={"authorization": f"Bearer {owner.token}", "x-tenant-id": owner.tenant_id},
    )

    assert response.status_code == 400


async def test_sales_reps_and_other_tenants_reach_no_import(
    client: httpx.AsyncClient, owner: Account
) -> None:
    draft = await uploaded_list(client, owner, LIST.encode())
    rep = await join(client, owner, "SALES_REP", "rep")
    other = await sign_up(client, "Andre AS")

    refused = await upload_list(client, rep, LIST.encode())
    assert refused.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    hidden = await graphql(client, WATCH, {"id": draft["id"]}, account=other)
    assert hidden["data"]["node"] is None
    changed = await graphql(
        client, CHANGE, {"input": {"importId": draft["id"], "onMatch": "SKIP"}}, account=other
    )
    assert changed["data"]["changeLeadImport"]["errors"][0]["code"] == "NOT_FOUND"
    url = f"/imports/{draft['id']}/failed-rows.csv"
    for account, status in ((other, 404), (rep, 403)):
        response = await client.get(
            url,
            headers={"authorization": f"Bearer {account.token}", "x-tenant-id": account.tenant_id},
        )
        assert response.status_code == status
    assert (await client.get(url)).status_code == 401


async def test_a_sales_rep_opens_no_import_by_its_id_and_strangers_upload_nothing(
    client: httpx.AsyncClient, owner: Account
) -> None:
    draft = await uploaded_list(client, owner, LIST.encode())
    rep = await join(client, owner, "SALES_REP", "rep")

    seen = await graphql(client, WATCH, {"id": draft["id"]}, account=rep)
    anonymous = await client.post(
        "/graphql",
        data={"operations": "{}", "map": "{}"},
        files={"0": ("list.csv", LIST.encode(), "text/csv")},
    )

    assert seen["data"]["node"] is None
    assert anonymous.status_code == 401
