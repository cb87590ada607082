"""What text search looks in: a lead's name, company, email and phone, folded into
one text that is stored with the lead (``Lead.search_text``), so that an index can
serve it and both databases compare it alike."""

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Boolean, ColumnElement, String, func, literal, or_, select, union_all
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal, _TraverseInternalsType

from leadhub.text import folded

# The columns the search text is made of: whatever writes one of them writes it too.
SEARCHED = ("name", "company", "email", "phone")


def search_text(lead: Mapping[str, Any]) -> str:
    """The folded name, company and email and the phone's digits, each ending a line,
    so that no match spans two of them and the name opens the text; ``lead`` maps
    column names to values."""
    lines = [folded(lead[column]) for column in ("name", "company", "email") if lead.get(column)]
    if lead.get("phone"):
        lines.append(lead["phone"].removeprefix("+"))  # E.164: the digits a search finds
    return "".join(f"{line}\n" for line in lines)


def like_escaped(text: str) -> str:
    """``text`` for a LIKE pattern with ``ESCAPE '\\'``: its wildcards taken literally."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def named(name: str) -> str:
    """A LIKE pattern (``ESCAPE '\\'``) for the search texts of leads whose name folds
    as ``name`` does."""
    return f"{like_escaped(folded(name))}\n%"


class SearchTextLike(ColumnElement[bool]):
    """Leads whose search text is LIKE one of ``patterns`` (``ESCAPE '\\'``).

    On PostgreSQL it asks ``leads_with_search_text_like`` (migration 0014), which a
    trigram index serves under row-level security, for the tenant's matching ids,
    one set for all patterns (an OR of two sets would read every lead); on SQLite
    it compares the column. Written per dialect when the statement is."""

    type = Boolean()
    inherit_cache = True
    # What the statement cache keys on: the columns, and the patterns as parameters.
    _traverse_internals: _TraverseInternalsType = [  # noqa: RUF012 - as SQLAlchemy declares it
        ("lead_id", InternalTraversal.dp_clauseelement),
        ("search_text", InternalTraversal.dp_clauseelement),
        ("patterns", InternalTraversal.dp_clauseelement_tuple),
    ]

    def __init__(
        self, lead_id: ColumnElement[Any], search_text: ColumnElement[str], *patterns: str
    ) -> None:
        self.lead_id, self.search_text = lead_id, search_text
        self.patterns = tuple(literal(pattern, String()) for pattern in patterns)


@compiles(SearchTextLike)
def _compare_the_column(element: SearchTextLike, compiler: SQLCompiler, **kw: Any) -> str:
    likes = [element.search_text.like(pattern, escape="\\") for pattern in element.patterns]
    return compiler.process(or_(*likes), **kw)


@compiles(SearchTextLike, "postgresql")
def _ask_the_index(element: SearchTextLike, compiler: SQLCompiler, **kw: Any) -> str:
    matching = union_all(
        *(
            select(func.leads_with_search_text_like(pattern).column_valued())
            for pattern in element.patterns
        )
    )
    return compiler.process(element.lead_id.in_(matching), **kw)
