"""What text search looks in: a lead's name, company, email and phone, folded into
one text that is stored with the lead (``Lead.search_text``), so that an index can
serve it and both databases compare it alike."""

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import BindParameter, Integer, Select, String, Uuid, func, literal, select
from sqlalchemy.sql.selectable import TableValuedAlias
from sqlalchemy.types import ARRAY

from leadhub.text import folded

# The columns the search text is made of: whatever writes one of them writes it too.
SEARCHED = ("name", "company", "email", "phone")
# Bytes of UTF-8 a search text keeps. PostgreSQL's search index holds it in a
# B-tree entry (migration 0019), which takes at most 2,704 bytes. The columns'
# own limits make some 750 bytes of Latin text; only text that folds to many
# times its length (a ligature spelled out) comes near, and loses its end.
MAX_SEARCH_TEXT_BYTES = 2000


def search_text(lead: Mapping[str, Any]) -> str:
    """The folded name, company and email and the phone's digits, each ending a line,
    so that no match spans two of them and the name opens the text; ``lead`` maps
    column names to values."""
    lines = [folded(lead[column]) for column in ("name", "company", "email") if lead.get(column)]
    if lead.get("phone"):
        lines.append(lead["phone"].removeprefix("+"))  # E.164: the digits a search finds
    text = "".join(f"{line}\n" for line in lines)
    # A character cut in two is dropped whole.
    return text.encode()[:MAX_SEARCH_TEXT_BYTES].decode(errors="ignore")


def like_escaped(text: str) -> str:
    """``text`` for a LIKE pattern with ``ESCAPE '\\'``: its wildcards taken literally."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def named(name: str) -> str:
    """A LIKE pattern (``ESCAPE '\\'``) for the search texts of leads whose name folds
    as ``name`` does."""
    return f"{like_escaped(folded(name))}\n%"


def newest_matches(
    patterns: Sequence[str], *, older_than: uuid.UUID | None = None, max_rows: int | None = None
) -> TableValuedAlias:
    """On PostgreSQL, the tenant's leads whose search text is LIKE one of ``patterns``
    (``ESCAPE '\\'``), as ``search_matches(lead_id, rank)``, newest first by rank:
    those older than ``older_than``, if given, and ``max_rows`` of them at most.

    ``leads_with_search_text_like`` (migrations 0014, 0018, 0019), which indexes
    serve under row-level security, answers for all patterns at once (an OR of two
    sets would read every lead), within a rep's reach. Joined to the leads, whose
    policies still apply, a page ordered by rank reads a page of them (``WITH
    ORDINALITY`` tells the planner the rows come in rank order); with ``max_rows``
    the function, too, stops there, rather than read every match to sort them."""
    found = func.leads_with_search_text_like(
        _patterns(patterns), literal(older_than, Uuid()), literal(max_rows, Integer())
    )
    matches = found.table_valued("lead_id", with_ordinality="rank")
    return matches.render_derived(name="search_matches")


def matches_counted(patterns: Sequence[str], max_rows: int) -> Select[int]:
    """On PostgreSQL, how many of the tenant's leads in reach ``newest_matches``
    would answer for ``patterns``, counted no further than ``max_rows``."""
    counted = func.count_leads_with_search_text_like(
        _patterns(patterns), literal(max_rows, Integer())
    )
    return select(counted)


def _patterns(patterns: Sequence[str]) -> BindParameter[list[str]]:
    return literal(list(patterns), ARRAY(String()))
