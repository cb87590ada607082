"""The Starlette application: /graphql, GraphiQL's files, /healthz, /readyz, /metrics,
the OAuth server's endpoints and consent page, and the web app at every other path
(the pages that emailed links open among them)."""

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Mount, Route, WebSocketRoute

from leadhub import schedule, tasks
from leadhub.activity import news
from leadhub.db import Database
from leadhub.graphql.graphiql import assets as graphiql_assets
from leadhub.graphql.http import GraphQLView
from leadhub.graphql.imports.downloads import downloads
from leadhub.graphql.imports.types import ERROR_REPORT_PATH, EXPORT_PATH
from leadhub.graphql.schema import schema
from leadhub.logs import RequestLogMiddleware, configure_logging
from leadhub.oauth import consent
from leadhub.oauth import http as oauth
from leadhub.oauth.budgets import Budgets
from leadhub.ops import body_limit, health, metrics
from leadhub.ops.in_flight import RequestsInFlight, RequestsInFlightMiddleware
from leadhub.pages.web_app import web_app
from leadhub.runtime import Runtime
from leadhub.settings import Settings, load_settings
from leadhub.tenants.ratelimit import RateLimits


def create_app(settings: Settings | None = None, database: Database | None = None) -> Starlette:
    settings = settings or load_settings()
    configure_logging(settings)
    tasks.configure(settings)
    app_runtime = Runtime(
        settings=settings,
        database=database or Database.connect(settings.resolved_database_url),
        rate_limits=RateLimits.from_settings(settings),
        broker_reachable=tasks.broker_reachable,
    )

    # Partners' request budgets, which every endpoint they call spends (the OAuth
    # endpoints, before the client is proven, by the asking address's).
    budgets = Budgets.from_settings(settings)
    graphql = GraphQLView(schema, budgets)
    requests = RequestsInFlight()
    error_report, exported = downloads(budgets)
    oauth_forms = oauth.form_endpoints(budgets)

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        embedded_worker = tasks.start_embedded_worker(requests.quiet) if settings.embedded else None
        scheduler = schedule.start_embedded_scheduler() if settings.embedded else None
        # Every process's commits reach this one's live subscribers (on SQLite, one
        # process writes: the news stays in it).
        listener = news.PostgresListener.of(app_runtime.database)
        if listener is not None:
            await listener.start()
        # What is loaded by now (modules, the schema, the ORM's mappers) lives as long
        # as the process: kept out of the collector, a full collection no longer walks
        # it, and requests that leave cycles pause for a few ms, not for over 100.
        gc.freeze()
        try:
            yield
        finally:
            if listener is not None:
                await listener.stop()
            if scheduler is not None:
                scheduler.shutdown(wait=False)
            if embedded_worker is not None:
                embedded_worker.stop()
            if database is None:
                await app_runtime.database.dispose()

    app = Starlette(
        routes=[
            Route("/graphql", graphql, methods=["GET", "POST"]),
            WebSocketRoute("/graphql", graphql),
            Route(ERROR_REPORT_PATH, error_report),
            Route(EXPORT_PATH, exported),
            Mount("/graphiql", graphiql_assets.static_files(), name="graphiql"),
            Route(oauth.TOKEN_PATH, oauth_forms.token, methods=["POST"]),
            Route(oauth.REVOCATION_PATH, oauth_forms.revocation, methods=["POST"]),
            Route(oauth.INTROSPECTION_PATH, oauth_forms.introspection, methods=["POST"]),
            Route(oauth.AUTHORIZATION_PATH, consent.authorize, methods=["GET", "POST"]),
            Route(oauth.METADATA_PATH, oauth.metadata),
            Route("/healthz", health.healthz),
            Route("/readyz", health.readyz),
            Route("/metrics", metrics.endpoint),
            # Last: every other path is the web app's.
            Mount("/", web_app(settings.web_app_dir), name="web_app"),
        ],
        middleware=[
            Middleware(RequestLogMiddleware),
            Middleware(metrics.RequestMetricsMiddleware),
            Middleware(
                body_limit.BodySizeLimitMiddleware,
                upload_max_bytes=settings.import_max_file_mb * 1024 * 1024,
            ),
            # Innermost (the first listed is outermost): it counts the app's work.
            Middleware(RequestsInFlightMiddleware, requests=requests),
        ],
        lifespan=lifespan,
    )
    app.state.runtime = app_runtime
    return app
