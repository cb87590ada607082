"""The ``leadhub`` command: serve, worker, scheduler, migrate, import, export,
export-schema."""

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from leadhub.settings import InvalidSettings, Settings, load_settings

cli = typer.Typer(no_args_is_help=True, add_completion=False, help="Leadhub lead management.")


def _settings() -> Settings:
    try:
        return load_settings()
    except InvalidSettings as error:
        typer.echo(f"leadhub: {error}", err=True)
        raise typer.Exit(2) from None


@cli.command()
def migrate() -> None:
    """Bring the database to the newest schema."""
    from leadhub.migrations import OwnerRoleAsApplication, upgrade

    settings = _settings()
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    try:
        upgrade(settings.resolved_migration_database_url, settings.resolved_database_url)
    except OwnerRoleAsApplication as error:
        typer.echo(f"leadhub: {error}", err=True)
        raise typer.Exit(2) from None


@cli.command()
def serve(
    reload: Annotated[bool, typer.Option(help="Restart on code changes.")] = False,
) -> None:
    """Serve the API (and, in embedded mode, run the jobs in-process)."""
    import uvicorn

    settings = _settings()
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    uvicorn.run(
        "leadhub.app:create_app",
        factory=True,
        host=settings.host,
        port=settings.port,
        reload=reload,
        log_config=None,
        proxy_headers=True,
    )


@cli.command()
def worker(
    processes: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    threads: Annotated[int, typer.Option(min=1, help="Threads per process.")] = 4,
) -> None:
    """Run job workers against BROKER_URL (distributed mode)."""
    from leadhub.tasks import run_workers

    settings = _settings()
    if settings.embedded:
        typer.echo("leadhub: BROKER_URL is in-process; `leadhub serve` runs the jobs", err=True)
        raise typer.Exit(2)
    raise typer.Exit(run_workers(processes=processes, threads=threads))


@cli.command()
def scheduler() -> None:
    """Queue the periodic sweeps on BROKER_URL (distributed mode; run one)."""
    from leadhub import schedule, tasks

    settings = _settings()
    if settings.embedded:
        typer.echo(
            "leadhub: BROKER_URL is in-process; `leadhub serve` runs the scheduler", err=True
        )
        raise typer.Exit(2)
    tasks.configure(settings)
    schedule.run_scheduler()


@cli.command("import")
def import_leads(
    file: Annotated[Path, typer.Argument(help="A CSV or XLSX file of leads.")],
    tenant: Annotated[str, typer.Option(help="The tenant's id, as the API shows it.")],
    source: Annotated[
        str | None, typer.Option(help="The source, by name, stamped on new leads.")
    ] = None,
    on_match: Annotated[
        str, typer.Option(help="What a row matching a lead does: skip, fill, overwrite, create.")
    ] = "skip",
    map_: Annotated[
        list[str] | None,
        typer.Option(
            "--map", help="HEADER=field: fill a field from a column (HEADER= leaves it out)."
        ),
    ] = None,
    dry_run: Annotated[bool, typer.Option(help="Show what it would do; write nothing.")] = False,
) -> None:
    """Import a lead list into a tenant, with a progress bar."""
    from leadhub.imports_cli import run_import, tenant_id_of
    from leadhub.leads.intake import OnMatch

    settings = _settings()
    try:
        policy = OnMatch(on_match.strip().casefold())
    except ValueError:
        typer.echo("leadhub: --on-match is one of skip, fill, overwrite, create", err=True)
        raise typer.Exit(2) from None
    _summarized(
        lambda: run_import(
            settings,
            tenant_id_of(tenant),
            file,
            source=source,
            on_match=policy,
            changes=map_ or [],
            dry_run=dry_run,
        )
    )


@cli.command("export")
def export_leads(
    tenant: Annotated[str, typer.Option(help="The tenant's id, as the API shows it.")],
    output: Annotated[Path, typer.Option(help="The file to write.")],
    export_format: Annotated[
        str, typer.Option("--format", help="csv or xlsx; by the output's suffix if left out.")
    ] = "",
    tag: Annotated[
        list[str] | None, typer.Option(help="Only leads with this tag (all of them, if several).")
    ] = None,
    text: Annotated[
        str | None, typer.Option(help="Only leads with this in name, company, email or phone.")
    ] = None,
    external_system: Annotated[
        str, typer.Option(help="Whose ids go in the External ID column.")
    ] = "import",
) -> None:
    """Write a tenant's leads to CSV or XLSX, in columns an import reads back."""
    from leadhub.imports.files import FileFormat
    from leadhub.imports_cli import run_export, tenant_id_of
    from leadhub.leads.search import LeadFilter

    settings = _settings()
    chosen = (export_format or output.suffix.removeprefix(".") or "csv").casefold()
    if chosen not in set(FileFormat):
        typer.echo("leadhub: --format is csv or xlsx", err=True)
        raise typer.Exit(2)
    _summarized(
        lambda: run_export(
            settings,
            tenant_id_of(tenant),
            output,
            FileFormat(chosen),
            conditions=LeadFilter(tags=tuple(tag or ()), text=text),
            system=external_system,
        )
    )


def _summarized(run: Callable[[], str]) -> None:
    """Run a command's work: its summary line on stdout, or why it stopped on stderr
    (exit code 2)."""
    from leadhub.imports_cli import CommandFailed

    try:
        summary = run()
    except CommandFailed as error:
        typer.echo(f"leadhub: {error}", err=True)
        raise typer.Exit(2) from None
    typer.echo(summary)


@cli.command("export-schema")
def export_schema(
    path: Annotated[Path, typer.Argument(help="Where the SDL goes.")] = Path("schema.graphql"),
    check: Annotated[bool, typer.Option(help="Fail if the file differs instead.")] = False,
) -> None:
    """Write the GraphQL SDL, or check that the committed one is current."""
    from leadhub.graphql.schema import schema

    sdl = schema.as_str() + "\n"
    if check:
        if not path.exists() or path.read_text() != sdl:
            typer.echo(f"leadhub: {path} is stale; run `leadhub export-schema`", err=True)
            raise typer.Exit(1)
        return
    path.write_text(sdl)


def main() -> None:
    cli(args=sys.argv[1:], prog_name="leadhub")
