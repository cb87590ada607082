"""Checks on text people type, shared by every domain's validation."""

import unicodedata

# Control characters and lone surrogates: invisible, unstorable in PostgreSQL
# text (NUL) or unencodable (surrogates).
_FORBIDDEN_CATEGORIES = {"Cc", "Cs"}


def has_forbidden_characters(text: str) -> bool:
    return any(unicodedata.category(character) in _FORBIDDEN_CATEGORIES for character in text)


def single_line(text: str, max_length: int) -> str | None:
    """The text with runs of white space made one space, or None if it is empty,
    longer than ``max_length`` or holds control characters."""
    cleaned = " ".join(text.split())
    if not cleaned or len(cleaned) > max_length or has_forbidden_characters(cleaned):
        return None
    return cleaned
