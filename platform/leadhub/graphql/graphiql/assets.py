"""GraphiQL's files, served from the package at ``/graphiql`` so no page needs the internet.

The third-party files are release files from the npm registry at the versions pinned
here, vendored with their licences under ``static/<package>@<version>/`` by
``make graphiql-assets`` (``scripts/vendor_graphiql.py``). ``static/leadhub-graphiql.js``
is ours: it renders GraphiQL against the endpoint.
"""

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from starlette.staticfiles import StaticFiles

STATIC = Path(__file__).parent / "static"
BOOT_SCRIPT = "leadhub-graphiql.js"


@dataclass(frozen=True)
class VendoredPackage:
    name: str
    version: str
    files: tuple[str, ...]  # paths inside the package's npm tarball, in load order
    licence: str = "LICENSE"  # its name in the tarball, and as vendored

    @property
    def folder(self) -> str:
        return f"{self.name}@{self.version}"

    def served_paths(self) -> list[str]:
        """Where each file is served from, relative to ``STATIC``."""
        return [f"{self.folder}/{PurePosixPath(file).name}" for file in self.files]


# graphiql 4 is the last major with a bundle for <script> tags (5 ships ES modules
# that load Monaco's workers); it takes React and ReactDOM as globals, and React 18
# is the last major published with such (UMD) builds.
VENDORED = (
    VendoredPackage("react", "18.3.1", ("umd/react.production.min.js",)),
    VendoredPackage("react-dom", "18.3.1", ("umd/react-dom.production.min.js",)),
    VendoredPackage("graphiql", "4.1.2", ("graphiql.min.js", "graphiql.min.css")),
    # The graphql-transport-ws client GraphiQL runs subscriptions with (a UMD build).
    VendoredPackage("graphql-ws", "6.4.2", ("umd/graphql-ws.min.js",), licence="LICENSE.md"),
)


def stylesheets() -> list[str]:
    return [
        path for package in VENDORED for path in package.served_paths() if path.endswith(".css")
    ]


def scripts() -> list[str]:
    """In the order they must run: each UMD file reads the globals of those before it."""
    vendored = [path for package in VENDORED for path in package.served_paths()]
    return [path for path in vendored if path.endswith(".js")] + [BOOT_SCRIPT]


def static_files() -> StaticFiles:
    return StaticFiles(directory=STATIC)
