"""What text search looks in: a lead's name, company, email and phone, folded into
one text that is stored with the lead (``Lead.search_text``), so that an index can
serve it and both databases compare it alike."""

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import String, func, literal
from sqlalchemy.sql.selectable import TableValuedAlias
from sqlalchemy.types import ARRAY

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


def newest_matches(patterns: Sequence[str]) -> TableValuedAlias:
    """On PostgreSQL, the tenant's leads whose search text is LIKE one of ``patterns``
    (``ESCAPE '\\'``), as ``search_matches(lead_id, rank)``, newest first by rank.

    ``leads_with_search_text_like`` (migrations 0014, 0018), which a trigram index
    serves under row-level security, answers for all patterns at once (an OR of two
    sets would read every lead). Joined to the leads, whose policies still apply, a
    page ordered by rank reads a page of them, not every match (``WITH ORDINALITY``
    tells the planner the rows come in rank order)."""
    found = func.leads_with_search_text_like(literal(list(patterns), ARRAY(String())))
    matches = found.table_valued("lead_id", with_ordinality="rank")
    return matches.render_derived(name="search_matches")
