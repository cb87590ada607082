"""Every setting, read from the environment, with defaults for the embedded mode.

The embedded mode needs nothing set: SQLite under ``var/``, jobs in-process, a
secret generated once and kept under ``var/``. Production requires the secret.

Each setting is checked here, so a bad value stops the start with one line naming
it rather than a traceback later. A database URL without a driver
(``postgresql://``, ``sqlite://``) is taken to mean the async driver the
application uses (``postgresql+asyncpg://``, ``sqlite+aiosqlite://``).
"""

import logging
import secrets
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Annotated
from urllib.parse import SplitResult, urlsplit

from limits import parse as parse_rate_limit
from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

# A driverless URL names the async driver; any other driver is refused.
_ASYNC_DATABASE_DRIVERS = {"postgresql": "postgresql+asyncpg", "sqlite": "sqlite+aiosqlite"}


class Environment(StrEnum):
    DEVELOPMENT = "development"
    TEST = "test"
    PRODUCTION = "production"


class InvalidSettings(Exception):
    """A setting is missing or malformed; the message names it in one line."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(frozen=True, extra="ignore")

    environment: Environment = Environment.DEVELOPMENT
    var_dir: Path = Path("var")
    # The web app's build (`make run` builds web/ into it), served at /.
    web_app_dir: Path = Path("web/dist")
    database_url: str = ""
    # Migrations run as the role that owns the tables; the application connects as
    # DATABASE_URL, a role that owns none, so row-level security binds it.
    migration_database_url: str = ""
    broker_url: str = "stub://"
    secret_key: Annotated[str, Field(min_length=32)] | None = None
    rate_limit_storage_url: str = "memory://"
    mail_url: str = ""
    # Where people reach Leadhub: links in emails start here. Unset, the server's
    # own address (embedded mode on one machine); production must say it.
    public_url: str = ""

    host: str = "127.0.0.1"
    port: Annotated[int, Field(ge=1, le=65535)] = 8000
    log_level: str = "INFO"
    log_json: bool = True

    session_lifetime_hours: Annotated[int, Field(ge=1)] = 24 * 14
    invitation_lifetime_hours: Annotated[int, Field(ge=1)] = 24 * 7
    password_reset_lifetime_minutes: Annotated[int, Field(ge=1)] = 30
    password_hash_time_cost: Annotated[int, Field(ge=1)] = 3
    password_hash_memory_kib: Annotated[int, Field(ge=8)] = 64 * 1024

    # Lead list imports (imports/): the largest file and the most rows taken, the rows
    # a chunk (a transaction) writes, and how long one job imports before it hands
    # the rest on to the next (well within any broker's redelivery timeout).
    import_max_file_mb: Annotated[int, Field(ge=1, le=10_000)] = 200
    import_max_rows: Annotated[int, Field(ge=1, le=100_000_000)] = 2_000_000
    import_chunk_rows: Annotated[int, Field(ge=1, le=50_000)] = 2_000
    # Below Dramatiq's own time limit for a job (10 minutes).
    import_job_seconds: Annotated[float, Field(gt=0, le=300)] = 30.0
    # Imported and exported files go to this S3-compatible bucket when it is named,
    # and under var/uploads/ when not. The endpoint is for a service other than AWS
    # (MinIO, Ceph...); credentials come as boto3 finds them (AWS_ACCESS_KEY_ID...).
    uploads_bucket: Annotated[str | None, Field(min_length=3, max_length=63)] = None
    uploads_bucket_endpoint: str | None = None
    uploads_bucket_region: str | None = None

    # Partners' OAuth tokens (leadhub.oauth): short-lived access tokens (RFC 9700),
    # refresh tokens rotated on every use, codes redeemed within moments.
    oauth_access_token_minutes: Annotated[int, Field(ge=1, le=60)] = 10
    oauth_refresh_token_days: Annotated[int, Field(ge=1, le=365)] = 30
    oauth_code_seconds: Annotated[int, Field(ge=10, le=600)] = 120
    # How long deleted and merged leads are kept for partners' sync (deletedLeads).
    lead_tombstone_retention_days: Annotated[int, Field(ge=1, le=3650)] = 90
    # Partners' token buckets (leadhub.oauth.budgets): each client's, and its tenant's
    # for all its clients together; a bucket holds its burst and refills per minute.
    partner_requests_per_minute: Annotated[int, Field(ge=1, le=1_000_000)] = 600
    partner_burst_per_client: Annotated[int, Field(ge=1, le=100_000)] = 100
    partner_requests_per_minute_tenant: Annotated[int, Field(ge=1, le=1_000_000)] = 1_200
    partner_burst_per_tenant: Annotated[int, Field(ge=1, le=100_000)] = 200

    # Webhooks (leadhub.webhooks): a failed delivery is retried for so many hours,
    # first after so many seconds, each wait twice the last; the log is kept so many
    # days. Allowing private addresses (and plain http) is for development alone.
    webhook_retry_hours: Annotated[int, Field(ge=1, le=72)] = 24
    webhook_first_retry_seconds: Annotated[float, Field(ge=0.01, le=3600)] = 30.0
    webhook_delivery_retention_days: Annotated[int, Field(ge=1, le=365)] = 30
    webhooks_allow_private: bool = False

    sign_up_rate_limit: str = "10/hour"
    login_rate_limit_per_address: str = "30/minute"
    login_rate_limit_per_account: str = "10/minute"
    password_reset_rate_limit_per_address: str = "10/hour"
    password_reset_rate_limit_per_account: str = "3/hour"

    @field_validator(
        "sign_up_rate_limit",
        "login_rate_limit_per_address",
        "login_rate_limit_per_account",
        "password_reset_rate_limit_per_address",
        "password_reset_rate_limit_per_account",
    )
    @classmethod
    def _valid_rate_limit(cls, value: str) -> str:
        try:
            parse_rate_limit(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a rate such as '10/minute'") from None
        return value

    # The messages below never repeat a URL: it may carry a password.

    @field_validator("database_url", "migration_database_url")
    @classmethod
    def _async_database_url(cls, value: str) -> str:
        if not value:
            return value
        try:
            driver = make_url(value).drivername
        except (ArgumentError, ValueError):
            raise ValueError(
                "not a database URL such as postgresql+asyncpg://user:password@host/database"
            ) from None
        async_driver = _ASYNC_DATABASE_DRIVERS.get(driver, driver)
        if async_driver not in _ASYNC_DATABASE_DRIVERS.values():
            raise ValueError(
                f"driver {driver!r} is not supported;"
                " use postgresql+asyncpg:// or sqlite+aiosqlite://"
            )
        return f"{async_driver}://{value.partition('://')[2]}"

    @field_validator("broker_url")
    @classmethod
    def _known_broker(cls, value: str) -> str:
        _url_with_scheme(value, "stub", "amqp", "amqps", "redis", "rediss")
        return value

    @field_validator("rate_limit_storage_url")
    @classmethod
    def _known_rate_limit_storage(cls, value: str) -> str:
        _url_with_scheme(value, "memory", "redis", "rediss")
        return value

    @field_validator("mail_url")
    @classmethod
    def _known_mail_transport(cls, value: str) -> str:
        if not value:
            return value
        location = _url_with_scheme(value, "file", "smtp")
        if location.scheme == "file" and (location.netloc or not location.path.startswith("/")):
            raise ValueError("a file:// URL needs an absolute folder, such as file:///var/mail")
        return value

    @field_validator("public_url")
    @classmethod
    def _public_base_url(cls, value: str) -> str:
        if not value:
            return value
        location = _url_with_scheme(value, "http", "https")
        if not location.hostname or location.query or location.fragment:
            raise ValueError("must be a base URL such as https://leadhub.example.com")
        return value.rstrip("/")

    @field_validator("log_level")
    @classmethod
    def _known_log_level(cls, value: str) -> str:
        level = value.upper()
        if level not in logging.getLevelNamesMapping():
            raise ValueError(f"{value!r} is not one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
        return level

    @model_validator(mode="after")
    def _require_what_production_needs(self) -> "Settings":
        if self.environment is Environment.PRODUCTION and self.secret_key is None:
            raise ValueError("SECRET_KEY is required in production")
        if self.environment is Environment.PRODUCTION and not self.public_url:
            raise ValueError("PUBLIC_URL is required in production: links in emails start there")
        if self.environment is Environment.PRODUCTION and self.webhooks_allow_private:
            raise ValueError("WEBHOOKS_ALLOW_PRIVATE is for development: never in production")
        return self

    @property
    def embedded(self) -> bool:
        return self.broker_url.startswith("stub:")

    @property
    def resolved_public_url(self) -> str:
        return self.public_url or f"http://{self.host}:{self.port}"

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite+aiosqlite:///{self.var_dir / 'leadhub.db'}"

    @property
    def resolved_migration_database_url(self) -> str:
        return self.migration_database_url or self.resolved_database_url

    @property
    def uploads_dir(self) -> Path:
        """Where uploaded files are kept in embedded mode (imports/storage.py)."""
        return self.var_dir / "uploads"

    @property
    def resolved_mail_url(self) -> str:
        return self.mail_url or f"file://{(self.var_dir / 'mail').resolve()}"

    @cached_property
    def resolved_secret_key(self) -> str:
        """The configured secret, or in development one generated once under var/."""
        if self.secret_key is not None:
            return self.secret_key
        secret_file = self.var_dir / "secret_key"
        if not secret_file.exists():
            secret_file.parent.mkdir(parents=True, exist_ok=True)
            secret_file.write_text(secrets.token_urlsafe(48))
            secret_file.chmod(0o600)
        return secret_file.read_text().strip()


def _url_with_scheme(value: str, *schemes: str) -> SplitResult:
    """The URL split in parts, if it starts with one of the schemes and its port is valid."""
    if not value.startswith(tuple(f"{scheme}://" for scheme in schemes)):
        *others, last = (f"{scheme}://" for scheme in schemes)
        raise ValueError(f"must start with {', '.join(others)} or {last}")
    location = urlsplit(value)
    try:
        location.port  # noqa: B018 - parsing the port is the check
    except ValueError:
        raise ValueError("the port must be a number from 0 to 65535") from None
    return location


def load_settings() -> Settings:
    """Read the settings, or raise InvalidSettings naming the first bad one."""
    try:
        return Settings()
    except ValidationError as error:
        first = error.errors()[0]
        name = "_".join(str(part) for part in first["loc"]).upper() or "settings"
        message = first["msg"].removeprefix("Value error, ")
        raise InvalidSettings(f"invalid setting {name}: {message}") from None
