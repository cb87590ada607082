"""The consent page's language, from the browser's: bokmål for Norwegian in any
form, English for English and for what Leadhub does not speak."""

import pytest

from leadhub.oauth import scopes
from leadhub.oauth.consent_words import BOKMÅL, ENGLISH, words_for


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("nb-NO,nb;q=0.9", "nb"),
        ("no", "nb"),
        ("nn-NO", "nb"),
        ("en-GB,en;q=0.9,nb;q=0.8", "en"),
        ("sv-SE,nb;q=0.8,en;q=0.5", "nb"),  # Swedish is not spoken: the next one is
        ("en;q=0.4,nb;q=0.9", "nb"),  # by preference, not by place
        ("de-DE", "en"),
        ("nb;q=0,en", "en"),  # q=0: never
        ("nb;q=bad,en", "en"),
        ("", "en"),
        ("*", "en"),
    ],
)
def test_the_browser_s_first_spoken_language_is_chosen(header: str, language: str) -> None:
    assert words_for(header).language == language


def test_every_scope_is_described_in_both_languages() -> None:
    assert set(ENGLISH.scopes) == set(scopes.SCOPES) == set(BOKMÅL.scopes)
    assert set(ENGLISH.refusals) == set(BOKMÅL.refusals)
