"""Where imported and exported files are kept: under ``var/uploads/`` in embedded
mode, or in an S3-compatible bucket (``UPLOADS_BUCKET``) that every worker and API
process reaches.

The store names each file by a key of the tenant and the import or export, never
by the name it was uploaded with, which is the user's to choose and is kept apart.
A file to read is a path on this machine for the length of a block: a bucket's
object is fetched into the store's incoming folder for it, and deleted after.
"""

import asyncio
import functools
import shutil
import uuid
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import boto3
from botocore.exceptions import ClientError

from leadhub.settings import Settings

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client


class FileStore(Protocol):
    def incoming(self) -> Path:
        """A folder of this machine for a file still arriving (an upload being read)."""

    async def keep(self, key: str, file: Path) -> None:
        """Take ``file`` in under ``key``; the file is moved, not copied."""

    def opened(self, key: str) -> AbstractAsyncContextManager[Path]:
        """The kept file as a path on this machine, for the block; FileNotFoundError
        if none is kept under ``key``."""

    async def remove(self, key: str) -> None:
        """Forget the file, if it is kept."""


def key_of(tenant_id: uuid.UUID, import_id: uuid.UUID) -> str:
    return f"{tenant_id}/{import_id}"


class FolderStore:
    """Files in a folder of this machine."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def incoming(self) -> Path:
        """A folder for files still arriving, on the store's own disk: a finished one
        moves in by renaming it."""
        folder = self.root / "incoming"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    async def keep(self, key: str, file: Path) -> None:
        target = self._path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        await asyncio.to_thread(shutil.move, file, target)

    @asynccontextmanager
    async def opened(self, key: str) -> AsyncIterator[Path]:
        path = self._path(key)
        if not path.is_file():
            raise FileNotFoundError(f"no file is kept as {key}")
        yield path

    async def remove(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def _path(self, key: str) -> Path:
        return self.root / key


class BucketStore:
    """Files in an S3-compatible bucket, sent and fetched whole by boto3's managed
    transfers (in parts, several at once, for a large file) in a thread each."""

    def __init__(self, client: "S3Client", bucket: str, staging: Path) -> None:
        self.client = client
        self.bucket = bucket
        self.staging = staging

    def incoming(self) -> Path:
        self.staging.mkdir(parents=True, exist_ok=True)
        return self.staging

    async def keep(self, key: str, file: Path) -> None:
        await asyncio.to_thread(self._send, key, file)

    def _send(self, key: str, file: Path) -> None:
        self.client.upload_file(str(file), self.bucket, key)
        file.unlink()

    @asynccontextmanager
    async def opened(self, key: str) -> AsyncIterator[Path]:
        fetched = self.incoming() / f"{uuid.uuid4()}.fetched"
        fetching = asyncio.ensure_future(asyncio.to_thread(self._fetch, key, fetched))
        try:
            # Shielded: a block given up while the file arrives (a client gone) waits
            # for the thread, which cannot be stopped, before the file is removed.
            await asyncio.shield(fetching)
            yield fetched
        finally:
            await asyncio.wait([fetching])
            fetched.unlink(missing_ok=True)

    def _fetch(self, key: str, target: Path) -> None:
        try:
            self.client.download_file(self.bucket, key, str(target))
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in ("404", "NoSuchKey"):
                raise FileNotFoundError(f"no file is kept as {key}") from None
            raise

    async def remove(self, key: str) -> None:
        await asyncio.to_thread(self.client.delete_object, Bucket=self.bucket, Key=key)


@functools.cache
def _client(endpoint: str | None, region: str | None) -> "S3Client":
    """One client per endpoint, shared: building one costs tens of milliseconds, and
    boto3's clients may be used from several threads."""
    return boto3.session.Session().client("s3", endpoint_url=endpoint, region_name=region)


def file_store(settings: Settings) -> FileStore:
    """The store the settings name: the bucket, or ``var/uploads/``."""
    if settings.uploads_bucket is None:
        return FolderStore(settings.uploads_dir)
    client = _client(settings.uploads_bucket_endpoint, settings.uploads_bucket_region)
    return BucketStore(client, settings.uploads_bucket, settings.uploads_dir / "incoming")
