import os
import subprocess
import sys
from pathlib import Path

import pytest

from leadhub.settings import Environment, InvalidSettings, Settings, load_settings


def test_embedded_defaults_need_nothing_set(tmp_path: Path) -> None:
    settings = Settings(var_dir=tmp_path)
    assert settings.embedded
    assert settings.resolved_database_url == f"sqlite+aiosqlite:///{tmp_path / 'leadhub.db'}"


def test_missing_secret_is_generated_once_and_kept(tmp_path: Path) -> None:
    first = Settings(var_dir=tmp_path).resolved_secret_key
    second = Settings(var_dir=tmp_path).resolved_secret_key
    assert len(first) >= 32
    assert first == second
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_production_requires_the_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENVIRONMENT", "production")
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(InvalidSettings, match="SECRET_KEY is required in production"):
        load_settings()


def test_production_takes_a_configured_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENVIRONMENT", "production")
    monkeypatch.setenv("SECRET_KEY", "s" * 40)
    assert load_settings().environment is Environment.PRODUCTION


@pytest.mark.parametrize(
    ("name", "value"),
    [("PORT", "eighty"), ("SECRET_KEY", "short"), ("LOGIN_RATE_LIMIT_PER_ACCOUNT", "often")],
)
def test_invalid_setting_is_named(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(InvalidSettings, match=f"^invalid setting {name}: "):
        load_settings()


def test_invalid_setting_stops_the_start_with_one_line(tmp_path: Path) -> None:
    # given a malformed port
    environment = {**os.environ, "PORT": "eighty", "VAR_DIR": str(tmp_path)}
    # when the platform starts
    result = subprocess.run(
        [sys.executable, "-m", "leadhub", "serve"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    # then it stops at once with one clear line naming the setting
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "leadhub: invalid setting PORT: Input should be a valid integer,"
        " unable to parse string as an integer"
    ]
