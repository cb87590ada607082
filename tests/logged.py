"""What the app logs, read as operators read it: one JSON line per event on stderr."""

import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
import structlog

from leadhub.logs import configure_logging
from leadhub.settings import Settings


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Logging as it was before the test configured it."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    structlog.reset_defaults()


@pytest.fixture
def json_logs(restore_logging: None) -> None:
    """Logging as production configures it."""
    configure_logging(Settings(log_json=True, log_level="INFO"))


def log_lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in capsys.readouterr().err.splitlines()]
