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


def test_production_requires_its_public_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENVIRONMENT", "production")
    monkeypatch.setenv("SECRET_KEY", "s" * 40)
    monkeypatch.delenv("PUBLIC_URL", raising=False)
    with pytest.raises(InvalidSettings, match="PUBLIC_URL is required in production"):
        load_settings()


def test_production_takes_a_configured_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENVIRONMENT", "production")
    monkeypatch.setenv("SECRET_KEY", "s" * 40)
    monkeypatch.setenv("PUBLIC_URL", "https://leadhub.example.no")
    assert load_settings().environment is Environment.PRODUCTION


def test_links_lead_to_the_server_itself_unless_a_public_url_is_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PUBLIC_URL", raising=False)
    monkeypatch.setenv("PORT", "8765")
    assert load_settings().resolved_public_url == "http://127.0.0.1:8765"
    monkeypatch.setenv("PUBLIC_URL", "https://leadhub.example.no/")
    assert load_settings().resolved_public_url == "https://leadhub.example.no"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("PORT", "eighty"),
        ("SECRET_KEY", "short"),
        ("LOGIN_RATE_LIMIT_PER_ACCOUNT", "often"),
        ("DATABASE_URL", "not a url"),
        ("DATABASE_URL", "mysql+aiomysql://leadhub@db/leadhub"),
        ("DATABASE_URL", "postgresql+psycopg://leadhub@db/leadhub"),
        ("DATABASE_URL", "postgresql://leadhub@db:port/leadhub"),
        ("MIGRATION_DATABASE_URL", "sqlite+pysqlite:///leadhub.db"),
        ("BROKER_URL", "kafka://broker:9092"),
        ("BROKER_URL", "rabbitmq:5672"),
        ("BROKER_URL", "amqp://rabbitmq:port/"),
        ("RATE_LIMIT_STORAGE_URL", "memcached://cache:11211"),
        ("RATE_LIMIT_STORAGE_URL", "redis"),
        ("LOG_LEVEL", "loud"),
        ("MAIL_URL", "ftp://mail.example.com/outbox"),
        ("MAIL_URL", "file://var/mail"),
        ("MAIL_URL", "file:relative/mail"),
        ("MAIL_URL", "smtp://relay:99999"),
        ("PUBLIC_URL", "leadhub.example.com"),
        ("PUBLIC_URL", "ftp://leadhub.example.com"),
        ("PUBLIC_URL", "https://leadhub.example.com/?next=evil"),
        ("PASSWORD_RESET_RATE_LIMIT_PER_ACCOUNT", "rarely"),
    ],
)
def test_invalid_setting_is_named(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(InvalidSettings, match=f"^invalid setting {name}: "):
        load_settings()


def test_a_database_url_never_appears_in_its_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "mysql://leadhub:hunter2@db/leadhub")
    with pytest.raises(InvalidSettings) as raised:
        load_settings()
    assert "hunter2" not in str(raised.value)


@pytest.mark.parametrize(
    ("plain", "async_driver"),
    [
        (
            "postgresql://leadhub:p%40ss@db:5432/leadhub",
            "postgresql+asyncpg://leadhub:p%40ss@db:5432/leadhub",
        ),
        ("sqlite:///var/leadhub.db", "sqlite+aiosqlite:///var/leadhub.db"),
    ],
)
def test_a_database_url_without_driver_names_the_async_driver(
    plain: str, async_driver: str
) -> None:
    settings = Settings(database_url=plain, migration_database_url=plain)
    assert settings.resolved_database_url == async_driver
    assert settings.resolved_migration_database_url == async_driver


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DATABASE_URL", "postgresql+asyncpg://leadhub_app:secret@db:5432/leadhub"),
        ("DATABASE_URL", "sqlite+aiosqlite://"),
        ("BROKER_URL", "amqps://leadhub:secret@rabbitmq:5671/"),
        ("BROKER_URL", "rediss://redis:6380/0"),
        ("RATE_LIMIT_STORAGE_URL", "redis://redis:6379/1"),
        ("RATE_LIMIT_STORAGE_URL", "rediss://redis:6380/1"),
        ("MAIL_URL", "file:///var/lib/leadhub/mail"),
        ("MAIL_URL", "smtp://relay:2525"),
        ("PUBLIC_URL", "https://leadhub.example.com"),
        ("PUBLIC_URL", "https://example.com/leadhub"),
    ],
)
def test_valid_setting_is_kept(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    assert getattr(load_settings(), name.lower()) == value


def test_the_public_url_is_kept_without_its_trailing_slash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PUBLIC_URL", "https://leadhub.example.com/")
    assert load_settings().public_url == "https://leadhub.example.com"


def test_log_level_is_normalized_to_upper_case(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOG_LEVEL", "warning")
    assert load_settings().log_level == "WARNING"


def _start_serving(tmp_path: Path, **variables: str) -> subprocess.CompletedProcess[str]:
    """Run `leadhub serve` with these variables set; it is expected to stop at once."""
    return subprocess.run(
        [sys.executable, "-m", "leadhub", "serve"],
        env={**os.environ, "VAR_DIR": str(tmp_path), **variables},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_invalid_setting_stops_the_start_with_one_line(tmp_path: Path) -> None:
    # when the platform starts with a malformed port
    result = _start_serving(tmp_path, PORT="eighty")
    # then it stops at once with one clear line naming the setting
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "leadhub: invalid setting PORT: Input should be a valid integer,"
        " unable to parse string as an integer"
    ]


def test_an_unsupported_database_stops_the_start_with_one_line(tmp_path: Path) -> None:
    # when the platform starts with a database driver it does not speak
    result = _start_serving(tmp_path, DATABASE_URL="mysql://leadhub:hunter2@db/leadhub")
    # then it stops before connecting, with one line naming the setting
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "leadhub: invalid setting DATABASE_URL: driver 'mysql' is not supported;"
        " use postgresql+asyncpg:// or sqlite+aiosqlite://"
    ]
