"""The GraphiQL page: the vendored files and our boot script, nothing from another host."""

from collections.abc import Callable
from html import escape

from leadhub.graphql.graphiql.assets import scripts, stylesheets

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
