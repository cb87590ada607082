"""What the tests of the GraphQL API share beyond the suite's own fixtures."""

import shutil
from pathlib import Path

import pytest

from tests.services import require_service

NODE_CLIENTS = Path(__file__).parent / "node_clients"


@pytest.fixture(scope="session")
def node() -> str:
    """Node.js, with the packages of the clients in ``node_clients`` installed."""
    node = shutil.which("node")
    require_service(None if node else "Node.js is not installed")
    installed = (NODE_CLIENTS / "node_modules" / ".package-lock.json").is_file()
    require_service(None if installed else f"run `make test`, or `npm ci` in {NODE_CLIENTS}, first")
    assert node is not None
    return node
