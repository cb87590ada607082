"""Where uploaded files are kept until their import is done with them.

In embedded mode they live under ``var/uploads/``, one folder per tenant. The
store names each file by a key of the tenant and the import, never by the name
it was uploaded with, which is the user's to choose and is kept apart.
"""

import shutil
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Protocol

from leadhub.settings import Settings


class FileStore(Protocol):
    def incoming(self) -> Path:
        """A folder of this machine for a file still arriving (an upload being read)."""

    def keep(self, key: str, file: Path) -> None:
        """Take ``file`` in under ``key``; the file is moved, not copied."""

    def opened(self, key: str) -> AbstractContextManager[Path]:
        """The kept file as a path on this machine, for the block."""

    def remove(self, key: str) -> None:
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

    def keep(self, key: str, file: Path) -> None:
        target = self._path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(file, target)

    @contextmanager
    def opened(self, key: str) -> Iterator[Path]:
        yield self._path(key)

    def remove(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def _path(self, key: str) -> Path:
        return self.root / key


def file_store(settings: Settings) -> FileStore:
    """The store the settings name: ``var/uploads/`` in embedded mode."""
    return FolderStore(settings.uploads_dir)
