"""The GraphiQL page: the vendored files and our boot script, nothing from another host."""

from collections.abc import Callable
from html import escape

from leadhub.graphql.graphiql.assets import scripts, stylesheets

# The page keeps a pasted token in this browser's storage: nothing but our own
# files may run on it (GraphiQL and CodeMirror set inline styles, fonts are data:).
GRAPHIQL_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

_PAGE = """<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Leadhub GraphiQL</title>
    {stylesheets}
    <style>body {{ margin: 0; }} #graphiql {{ height: 100vh; }}</style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    {scripts}
  </body>
</html>
"""


def graphiql_page(asset_url: Callable[[str], str]) -> str:
    """The page, with each asset's path (relative to the static folder) turned into its URL."""
    return _PAGE.format(
        stylesheets="\n    ".join(
            f'<link rel="stylesheet" href="{escape(asset_url(path))}">' for path in stylesheets()
        ),
        scripts="\n    ".join(
            f'<script src="{escape(asset_url(path))}"></script>' for path in scripts()
        ),
    )
