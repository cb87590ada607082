"""The web app (``web/``, built into ``WEB_APP_DIR`` by ``make run``), served at ``/``.

A path that names no file of the build is one of the app's own pages (it routes in
the browser): it gets ``index.html``. The build's assets carry a hash of their
content in their names, so browsers keep them for good; ``index.html`` they ask
again each time, so a new build reaches them on the next visit. Without a build,
``/`` says how to make one.
"""

from pathlib import Path, PurePosixPath

from starlette.exceptions import HTTPException
from starlette.responses import PlainTextResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Scope

INDEX = "index.html"
HASHED_ASSETS = "assets"
KEPT_FOR_GOOD = "public, max-age=31536000, immutable"
HEADERS = {
    # The app loads only its own files and talks only to this server; nobody frames it.
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
        " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    # Emailed links carry a token in the address (an invitation's, a password
    # reset's): no other site may be told it.
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}
NOT_BUILT = (
    "Leadhub's web app is not built here. `make run` builds it (Node.js 20+ needed);"
    " the API is at /graphql.\n"
)


class SinglePageApp(StaticFiles):
    async def get_response(self, path: str, scope: Scope) -> Response:
        try:
            response = await super().get_response(path, scope)
        except HTTPException as error:
            if error.status_code != 404 or PurePosixPath(path).suffix:
                raise  # a missing file (an old asset, say) stays missing
            response = await super().get_response(INDEX, scope)
        first_part = PurePosixPath(path).parts[:1]
        cached = first_part == (HASHED_ASSETS,) and response.status_code == 200
        response.headers["cache-control"] = KEPT_FOR_GOOD if cached else "no-cache"
        response.headers.update(HEADERS)
        return response


def web_app(directory: Path) -> ASGIApp:
    """The built app in ``directory``, or a page saying it is not built."""
    if (directory / INDEX).is_file():
        return SinglePageApp(directory=directory, html=True)
    return PlainTextResponse(NOT_BUILT, status_code=503)  # the same answer to every request
