"""Checks on text people type, shared by every domain's validation."""

import unicodedata

# Control characters and lone surrogates: invisible, unstorable in PostgreSQL
# text (NUL) or unencodable (surrogates).
_FORBIDDEN_CATEGORIES = {"Cc", "Cs"}


_LINE_BREAKS_AND_TABS = frozenset("\n\r\t")


def has_forbidden_characters(text: str) -> bool:
    return any(unicodedata.category(character) in _FORBIDDEN_CATEGORIES for character in text)


def multi_line(text: str, max_length: int) -> str | None:
    """The text trimmed, line breaks and tabs kept, or None if it is empty, longer
    than ``max_length`` or holds other control characters."""
    trimmed = text.strip()
    if not trimmed or len(trimmed) > max_length:
        return None
    if has_forbidden_characters("".join(set(trimmed) - _LINE_BREAKS_AND_TABS)):
        return None
    return trimmed


def single_line(text: str, max_length: int) -> str | None:
    """The text with runs of white space made one space, or None if it is empty,
    longer than ``max_length`` or holds control characters."""
    cleaned = " ".join(text.split())
    if not cleaned or len(cleaned) > max_length or has_forbidden_characters(cleaned):
        return None
    return cleaned


# Latin letters that Unicode gives no decomposition, so NFKD leaves them whole:
# spelled the way a keyboard without them would (Norwegian, Danish, Icelandic,
# Polish, Croatian, Sami, Maltese, Turkish).
_UNDECOMPOSED = str.maketrans(
    {
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "þ": "th",
        "ħ": "h",
        "ŧ": "t",
        "ŋ": "n",
        "\N{LATIN SMALL LETTER DOTLESS I}": "i",
    }
)


def folded(text: str) -> str:
    """The text as search compares it: case folded (ß to ss), accents dropped (é to e,
    å to a), letters without a decomposition spelled out (ø to o, æ to ae), and runs
    of white space made one space; "Ødegård", "ØDEGÅRD" and "odegard" fold alike.

    Stored folded text must never drift from what a query folds to, so this uses
    Unicode's own decompositions, which its stability policy freezes, and a table
    kept here, rather than a transliteration library whose tables change by release.
    """
    # Unicode's compatibility caseless match: decomposing may reveal capitals
    # (black-letter H decomposes to H).
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    bare = "".join(character for character in decomposed if not unicodedata.combining(character))
    return " ".join(bare.translate(_UNDECOMPOSED).split())
