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
