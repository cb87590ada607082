"""The distributed-mode deployment: infra/docker-compose.yml and infra/Dockerfile.

No Docker engine here, so these read the real files and check the contract the
application relies on: two database roles, the migration finishing before the API
and workers start, settings that exist and validate, a non-root image running
``leadhub``.
"""

import fnmatch
import json
import re
import shlex
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy.engine import make_url

from leadhub.settings import Environment, Settings

ROOT = Path(__file__).resolve().parents[2]
INFRA = ROOT / "infra"
COMPOSE_FILE = INFRA / "docker-compose.yml"
DOCKERFILE = INFRA / "Dockerfile"
DOCKERIGNORE = ROOT / ".dockerignore"

APP_COMMANDS = {
    "migrate": ["leadhub", "migrate"],
    "api": ["leadhub", "serve"],
    "worker": ["leadhub", "worker"],
    "scheduler": ["leadhub", "scheduler"],
}
APP_SERVICES = tuple(APP_COMMANDS)
LONG_RUNNING = ("api", "worker", "scheduler")

# --- compose variable interpolation ($VAR, ${VAR}, ${VAR:-x}, ${VAR:?x}, $$) -------

_VARIABLE = re.compile(
    r"\$(?:(?P<escaped>\$)"
    r"|\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-?+])(?P<arg>[^}]*))?\}"
    r"|(?P<bare>[A-Za-z_][A-Za-z0-9_]*))"
)


class MissingVariable(Exception):
    """A ${NAME:?message} variable is not set."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def interpolate(value: Any, environ: Mapping[str, str]) -> Any:
    """Resolve compose variables in every string of a loaded compose document."""
    if isinstance(value, dict):
        return {key: interpolate(item, environ) for key, item in value.items()}
    if isinstance(value, list):
        return [interpolate(item, environ) for item in value]
    if not isinstance(value, str):
        return value

    def replace(match: re.Match[str]) -> str:
        if match["escaped"]:
            return "$"
        name = match["name"] or match["bare"]
        op, arg = match["op"], match["arg"] or ""
        present = name in environ
        current = environ.get(name, "")
        is_set = bool(current) if op and op.startswith(":") else present
        if op in (":-", "-"):
            return current if is_set else arg
        if op in (":?", "?"):
            if not is_set:
                raise MissingVariable(name)
            return current
        if op in (":+", "+"):
            return arg if is_set else ""
        return current

    return _VARIABLE.sub(replace, value)


def required_variables(document: Any) -> set[str]:
    """The names compose refuses to run without (${NAME:?...})."""
    found: set[str] = set()
    environ: dict[str, str] = {}
    while True:
        try:
            interpolate(document, environ)
        except MissingVariable as missing:
            found.add(missing.name)
            environ[missing.name] = "set"
        else:
            return found


def fake_value(name: str) -> str:
    """A URL-safe stand-in, long enough for SECRET_KEY's minimum length."""
    return f"{name.lower().replace('_', '-')}-{'x' * 40}"


# --- fixtures ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def compose_raw() -> dict[str, Any]:
    document = yaml.safe_load(COMPOSE_FILE.read_text())
    assert isinstance(document, dict), f"{COMPOSE_FILE} is not a mapping"
    return document


@pytest.fixture(scope="module")
def compose(compose_raw: dict[str, Any]) -> dict[str, Any]:
    """The compose file as `docker compose config` would see it, with fake secrets."""
    environ = {name: fake_value(name) for name in required_variables(compose_raw)}
    resolved = interpolate(compose_raw, environ)
    assert isinstance(resolved, dict)
    return resolved


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found = compose.get("services")
    assert isinstance(found, dict), "docker-compose.yml has no services"
    return found


def environment_of(service: Mapping[str, Any]) -> dict[str, str]:
    raw = service.get("environment") or {}
    if isinstance(raw, list):
        pairs = (entry.split("=", 1) for entry in raw)
        return {pair[0]: pair[1] if len(pair) == 2 else "" for pair in pairs}
    return {key: "" if value is None else str(value) for key, value in raw.items()}


def command_of(service: Mapping[str, Any]) -> list[str]:
    command = service.get("command")
    if isinstance(command, str):
        return shlex.split(command)
    return [str(part) for part in command or []]


def depends_on(service: Mapping[str, Any]) -> dict[str, str]:
    """Dependency -> condition (the short list form means service_started)."""
    raw = service.get("depends_on") or {}
    if isinstance(raw, list):
        return dict.fromkeys(raw, "service_started")
    return {name: (spec or {}).get("condition", "service_started") for name, spec in raw.items()}


def settings_env_names() -> set[str]:
    prefix = str(Settings.model_config.get("env_prefix") or "")
    return {f"{prefix}{field}".upper() for field in Settings.model_fields}


# --- compose: services, build, commands, ordering -----------------------------------


def test_the_six_services_exist(services: dict[str, dict[str, Any]]) -> None:
    assert {"postgres", "rabbitmq", "migrate", "api", "worker", "scheduler"} <= set(services)


def test_postgres_is_15_with_a_data_volume(
    compose: dict[str, Any], services: dict[str, dict[str, Any]]
) -> None:
    postgres = services["postgres"]
    assert str(postgres["image"]).startswith("postgres:15")
    volumes = [str(volume) for volume in postgres.get("volumes") or []]
    data = [v for v in volumes if v.split(":")[1:2] == ["/var/lib/postgresql/data"]]
    assert data, "postgres data is not on a volume"
    assert data[0].split(":")[0] in (compose.get("volumes") or {}), "undeclared named volume"


@pytest.mark.parametrize("name", APP_SERVICES)
def test_app_services_build_from_the_repository_dockerfile(
    services: dict[str, dict[str, Any]], name: str
) -> None:
    build = services[name].get("build")
    assert isinstance(build, dict), f"{name} does not build the image"
    context = (INFRA / build["context"]).resolve()
    assert context == ROOT, f"{name} builds from {context}, not the repository root"
    assert (context / build.get("dockerfile", "Dockerfile")).resolve() == DOCKERFILE


@pytest.mark.parametrize(("name", "expected"), APP_COMMANDS.items())
def test_app_services_run_their_leadhub_command(
    services: dict[str, dict[str, Any]], name: str, expected: list[str]
) -> None:
    assert command_of(services[name]) == expected


@pytest.mark.parametrize("name", ["postgres", "rabbitmq"])
def test_backing_services_have_healthchecks(services: dict[str, dict[str, Any]], name: str) -> None:
    healthcheck = services[name].get("healthcheck") or {}
    assert healthcheck.get("test"), f"{name} has no healthcheck: service_healthy would never hold"
    assert not healthcheck.get("disable")


def test_postgres_healthcheck_uses_pg_isready(services: dict[str, dict[str, Any]]) -> None:
    assert "pg_isready" in json.dumps(services["postgres"]["healthcheck"]["test"])


def test_migrate_waits_for_a_healthy_database_and_runs_once(
    services: dict[str, dict[str, Any]],
) -> None:
    migrate = services["migrate"]
    assert depends_on(migrate).get("postgres") == "service_healthy"
    # "always"/"unless-stopped" would rerun the one-shot after it succeeded.
    assert str(migrate.get("restart", "no")) in ("no", "False", "on-failure")


@pytest.mark.parametrize("name", LONG_RUNNING)
def test_api_and_worker_start_after_the_migration_and_healthy_backends(
    services: dict[str, dict[str, Any]], name: str
) -> None:
    dependencies = depends_on(services[name])
    assert dependencies.get("migrate") == "service_completed_successfully"
    assert dependencies.get("postgres") == "service_healthy"
    assert dependencies.get("rabbitmq") == "service_healthy"


def test_api_is_published_on_its_port_and_checked_on_readyz(
    services: dict[str, dict[str, Any]],
) -> None:
    api = services["api"]
    port = environment_of(api)["PORT"]
    published = [str(mapping) for mapping in api.get("ports") or []]
    assert any(mapping.rsplit(":", 1)[-1] == port for mapping in published), published
    assert "/readyz" in json.dumps((api.get("healthcheck") or {}).get("test"))


@pytest.mark.parametrize("name", ["worker", "scheduler"])
def test_worker_and_scheduler_are_not_checked_over_http(
    services: dict[str, dict[str, Any]], name: str
) -> None:
    # They serve no HTTP; inheriting the image's /healthz check would mark them unhealthy.
    healthcheck = services[name].get("healthcheck") or {}
    test = json.dumps(healthcheck.get("test"))
    assert healthcheck.get("disable") or not ("/healthz" in test or "/readyz" in test)


# --- compose: the application's settings ---------------------------------------------


@pytest.mark.parametrize("name", APP_SERVICES)
def test_every_app_variable_is_a_setting(services: dict[str, dict[str, Any]], name: str) -> None:
    known = settings_env_names()
    assert "DATABASE_URL" in known  # the check below means something
    unknown = set(environment_of(services[name])) - known
    assert not unknown, f"{name} sets variables Settings does not read: {sorted(unknown)}"


def test_app_services_share_one_environment(services: dict[str, dict[str, Any]]) -> None:
    environments = [environment_of(services[name]) for name in APP_SERVICES]
    assert all(env == environments[0] for env in environments)


@pytest.mark.parametrize("name", APP_SERVICES)
def test_app_settings_validate_in_production(
    services: dict[str, dict[str, Any]], name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in settings_env_names():
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment_of(services[name]).items():
        monkeypatch.setenv(variable, value)

    settings = Settings()

    assert settings.environment is Environment.PRODUCTION
    assert settings.secret_key is not None
    assert settings.host == "0.0.0.0"
    assert settings.port == 8000
    assert not settings.embedded, "BROKER_URL is in-process: `leadhub worker` would refuse"


def test_secret_key_must_come_from_the_environment(compose_raw: dict[str, Any]) -> None:
    # No secret is committed: compose refuses to start without SECRET_KEY.
    assert "SECRET_KEY" in required_variables(compose_raw)
    for name in APP_SERVICES:
        raw = environment_of(compose_raw["services"][name])["SECRET_KEY"]
        with pytest.raises(MissingVariable):
            interpolate(raw, {})


def test_the_application_role_is_not_the_table_owner(services: dict[str, dict[str, Any]]) -> None:
    env = environment_of(services["api"])
    app, owner = make_url(env["DATABASE_URL"]), make_url(env["MIGRATION_DATABASE_URL"])
    postgres = environment_of(services["postgres"])

    assert app.drivername == owner.drivername == "postgresql+asyncpg"
    assert app.host == owner.host == "postgres"
    assert app.database == owner.database == postgres.get("POSTGRES_DB", postgres["POSTGRES_USER"])
    # Migrations run as the owner the postgres image creates...
    assert owner.username == postgres["POSTGRES_USER"]
    assert owner.password == postgres["POSTGRES_PASSWORD"]
    # ...and the application as another role, which row-level security binds.
    assert app.username
    assert app.username not in (owner.username, "postgres")
    assert app.password != owner.password


def test_the_broker_is_the_rabbitmq_service(services: dict[str, dict[str, Any]]) -> None:
    broker = make_url(environment_of(services["api"])["BROKER_URL"])
    rabbitmq = environment_of(services["rabbitmq"])

    assert broker.drivername == "amqp"
    assert broker.host == "rabbitmq"
    assert broker.port in (None, 5672)
    assert broker.username == rabbitmq.get("RABBITMQ_DEFAULT_USER", "guest")
    assert broker.password == rabbitmq.get("RABBITMQ_DEFAULT_PASS", "guest")


# --- Dockerfile ------------------------------------------------------------------------


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    instructions: list[tuple[str, str]] = []
    pending = ""
    for line in DOCKERFILE.read_text().splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        keyword, _, arguments = (pending + stripped).partition(" ")
        instructions.append((keyword.upper(), arguments.strip()))
        pending = ""
    assert not pending, "Dockerfile ends inside a continued line"
    return instructions


def final_stage() -> list[tuple[str, str]]:
    instructions = dockerfile_instructions()
    starts = [index for index, (keyword, _) in enumerate(instructions) if keyword == "FROM"]
    assert starts, "Dockerfile has no FROM"
    return instructions[starts[-1] :]


def exec_form(arguments: str) -> list[str]:
    if arguments.startswith("["):
        parsed = json.loads(arguments)
        assert isinstance(parsed, list)
        return [str(part) for part in parsed]
    return ["/bin/sh", "-c", arguments]


def without_flags(arguments: str) -> list[str]:
    return [part for part in shlex.split(arguments) if not part.startswith("--")]


def test_image_is_python_311_slim() -> None:
    base = without_flags(final_stage()[0][1])[0]
    assert base == "python:3.11-slim"


def test_image_runs_as_a_non_root_user() -> None:
    users = [arguments for keyword, arguments in final_stage() if keyword == "USER"]
    assert users, "the final stage has no USER: the container runs as root"
    user = users[-1].split(":")[0]
    assert user not in ("root", "0")


def test_image_runs_leadhub_serve_by_default() -> None:
    stage = final_stage()
    entrypoint = [exec_form(a) for keyword, a in stage if keyword == "ENTRYPOINT"]
    command = [exec_form(a) for keyword, a in stage if keyword == "CMD"]
    argv = (entrypoint[-1] if entrypoint else []) + (command[-1] if command else [])
    assert argv, "no CMD or ENTRYPOINT"
    assert Path(argv[0]).name == "leadhub"
    assert argv == ["leadhub", "serve"]


def test_image_exposes_8000_and_checks_healthz() -> None:
    stage = final_stage()
    exposed = {port for keyword, a in stage if keyword == "EXPOSE" for port in a.split()}
    assert "8000" in exposed or "8000/tcp" in exposed
    healthchecks = [a for keyword, a in stage if keyword == "HEALTHCHECK"]
    assert healthchecks, "no HEALTHCHECK"
    assert "/healthz" in healthchecks[-1]
    assert "curl" not in healthchecks[-1], "python:3.11-slim has no curl"


def test_image_keeps_the_repository_layout_and_installs_editable() -> None:
    # leadhub.migrations looks for alembic.ini and migrations/ two levels above
    # platform/leadhub/: the image must keep them side by side under /app.
    instructions = dockerfile_instructions()
    stage = final_stage()
    workdirs = [a for keyword, a in stage if keyword == "WORKDIR"]
    assert workdirs, "the final stage sets no WORKDIR"
    assert workdirs[-1] == "/app"
    copied = " ".join(a for keyword, a in stage if keyword == "COPY")
    assert "alembic.ini" in copied
    assert "migrations" in copied
    installs = [a for keyword, a in instructions if keyword == "RUN" and "pip install" in a]
    assert any(re.search(r"(-e|--editable)\s+\.(\s|$)", a) for a in installs), installs


def test_dockerfile_copies_only_what_the_build_context_has() -> None:
    ignored = [
        pattern.strip().removeprefix("/")
        for pattern in DOCKERIGNORE.read_text().splitlines()
        if pattern.strip() and not pattern.strip().startswith(("#", "!"))
    ]
    for keyword, arguments in dockerfile_instructions():
        if keyword != "COPY" or "--from" in arguments:
            continue
        sources = without_flags(arguments)[:-1]
        required = [source for source in sources if not any(c in source for c in "*?[")]
        for source in required:
            assert (ROOT / source).exists(), f"COPY {source}: not in the repository"
            hits = [p for p in ignored if fnmatch.fnmatch(source, p.removeprefix("**/"))]
            assert not hits, f"COPY {source}: excluded by .dockerignore {hits}"


@pytest.mark.parametrize("entry", [".git", ".venv", "var", "**/.env"])
def test_dockerignore_keeps_local_state_out(entry: str) -> None:
    lines = {line.strip() for line in DOCKERIGNORE.read_text().splitlines()}
    assert entry in lines or f"/{entry}" in lines
