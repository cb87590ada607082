"""Files kept in an S3-compatible bucket: moto's S3 server, on a port of its own,
stands in for AWS or MinIO, reached over HTTP by boto3 as a real bucket is. A list
uploaded over GraphQL is kept there, imported from there by the jobs, and its
export is written there and downloaded through the API; nothing stays on disk."""

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import boto3
import httpx
import pytest
from moto.server import ThreadedMotoServer

from leadhub.db import Database
from leadhub.imports.storage import BucketStore, file_store
from leadhub.settings import Settings
from tests.builders import Account, graphql, sign_up
from tests.imports.lists import run_export_jobs, run_import_jobs, uploaded_list

REGION = "eu-north-1"
LIST = "Navn;E-post;Telefon\nÅse Ødegård;ase@havbruk.no;412 34 567\nKari;kari@;\n".encode("cp1252")


@dataclass(frozen=True)
class Bucket:
    endpoint: str
    name: str

    def object_keys(self) -> list[str]:
        listed = _client(self.endpoint).list_objects_v2(Bucket=self.name)
        return sorted(entry["Key"] for entry in listed.get("Contents", []))

    def content(self, key: str) -> bytes:
        return bytes(_client(self.endpoint).get_object(Bucket=self.name, Key=key)["Body"].read())


def _client(endpoint: str):  # type: ignore[no-untyped-def]
    return boto3.session.Session().client("s3", endpoint_url=endpoint, region_name=REGION)


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_endpoint: str, monkeypatch: pytest.MonkeyPatch) -> Bucket:
    # credentials as boto3 finds them in production, from the environment
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "leadhub-test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "leadhub-test-secret")
    name = f"leadhub-{uuid.uuid4().hex[:12]}"
    _client(s3_endpoint).create_bucket(
        Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION}
    )
    return Bucket(s3_endpoint, name)


@pytest.fixture
def settings(settings: Settings, bucket: Bucket) -> Settings:
    return settings.model_copy(
        update={
            "uploads_bucket": bucket.name,
            "uploads_bucket_endpoint": bucket.endpoint,
            "uploads_bucket_region": REGION,
        }
    )


def _files_on_disk(settings: Settings) -> list[Path]:
    return [path for path in settings.uploads_dir.rglob("*") if path.is_file()]


async def test_a_kept_file_is_in_the_bucket_and_read_through_a_passing_copy(
    settings: Settings, bucket: Bucket, tmp_path: Path
) -> None:
    store = file_store(settings)
    assert isinstance(store, BucketStore)
    arriving = store.incoming() / "liste.csv"
    arriving.write_bytes(LIST)

    await store.keep("tenant/import", arriving)
    assert not arriving.exists()  # moved, not copied
    assert bucket.object_keys() == ["tenant/import"]
    assert bucket.content("tenant/import") == LIST

    async with store.opened("tenant/import") as path:
        assert path.read_bytes() == LIST
    assert not path.exists()
    assert _files_on_disk(settings) == []

    await store.remove("tenant/import")
    assert bucket.object_keys() == []
    with pytest.raises(FileNotFoundError):
        async with store.opened("tenant/import"):
            pass
    assert _files_on_disk(settings) == []


START = """
mutation Start($input: LeadImportInput!) { startLeadImport(input: $input) { errors { code } } }
"""
EXPORT = """
mutation Export($input: ExportLeadsInput!) {
  exportLeads(input: $input) { leadExport { id } errors { code } }
}
"""
WATCH = """
query Watch($importId: ID!, $exportId: ID!) {
  importNode: node(id: $importId) { ... on LeadImport { status progress { created failed } } }
  exportNode: node(id: $exportId) { ... on LeadExport { status downloadUrl } }
}
"""


async def test_a_list_is_imported_from_the_bucket_and_exported_to_it(
    client: httpx.AsyncClient, database: Database, settings: Settings, bucket: Bucket
) -> None:
    owner: Account = await sign_up(client, "Fjordkraft Salg AS", default_region="NO")
    draft = await uploaded_list(client, owner, LIST)
    assert draft["encoding"] == "cp1252"
    [kept] = bucket.object_keys()
    assert bucket.content(kept) == LIST
    await graphql(client, START, {"input": {"importId": draft["id"]}}, account=owner)
    await run_import_jobs(database, settings)

    asked = await graphql(client, EXPORT, {"input": {"format": "CSV"}}, account=owner)
    export_id = asked["data"]["exportLeads"]["leadExport"]["id"]
    await run_export_jobs(database, settings)

    watched = await graphql(
        client, WATCH, {"importId": draft["id"], "exportId": export_id}, account=owner
    )
    imported, exported = watched["data"]["importNode"], watched["data"]["exportNode"]
    assert imported == {"status": "FINISHED", "progress": {"created": 1, "failed": 1}}
    assert exported["status"] == "FINISHED"
    [export_key] = [key for key in bucket.object_keys() if key != kept]
    headers = {"authorization": f"Bearer {owner.token}", "x-tenant-id": owner.tenant_id}
    download = await client.get(exported["downloadUrl"], headers=headers)
    assert download.status_code == 200
    assert download.content == bucket.content(export_key)
    assert "Åse Ødegård,ase@havbruk.no,+4741234567" in download.content.decode("utf-8-sig")
    assert _files_on_disk(settings) == []  # the copy downloaded from the bucket, too

    _client(bucket.endpoint).delete_object(Bucket=bucket.name, Key=export_key)
    gone = await client.get(exported["downloadUrl"], headers=headers)
    assert (gone.status_code, gone.text) == (404, "The export's file is gone; export again.")
