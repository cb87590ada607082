"""graphql-http's audit, every MUST and SHOULD, passes against `leadhub serve`.

The audit is the GraphQL-over-HTTP working group's reference suite, in Node.js
(``tests/graphql/node_clients``, installed by ``make test`` with ``npm ci``). It talks to
a real server over a socket: the embedded mode on a fresh SQLite file.
"""

import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from bench.servers import LEADHUB, serving

from tests.graphql.conftest import NODE_CLIENTS


@pytest.fixture(scope="module")
def leadhub_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    environment = {
        **os.environ,
        "VAR_DIR": str(tmp_path_factory.mktemp("var")),
        "ENVIRONMENT": "development",
        "DATABASE_URL": "",
        "MIGRATION_DATABASE_URL": "",
        "BROKER_URL": "stub://",
        "RATE_LIMIT_STORAGE_URL": "memory://",
        "LOG_LEVEL": "WARNING",
    }
    subprocess.run([sys.executable, "-m", "leadhub", "migrate"], env=environment, check=True)
    with serving(LEADHUB, environment) as url:
        yield f"{url}/graphql"


def test_every_check_of_the_graphql_over_http_audit_passes(node: str, leadhub_url: str) -> None:
    audit = subprocess.run(
        [node, "audit.mjs", leadhub_url],
        cwd=NODE_CLIENTS,
        capture_output=True,
        text=True,
        timeout=120,
    )
    results = json.loads(audit.stdout)
    not_ok = [
        f"{result['name']}: {result['reason']}" for result in results if result["status"] != "ok"
    ]
    assert results, audit.stderr
    assert not_ok == []
