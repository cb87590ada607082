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
        ("nb;level=1;q=0.1,en;q=0.5", "en"),  # q is read among other parameters
        ("nb ; q=0.6 , en ; q=0.5", "nb"),
        ("nb;q=inf,en;q=0.5", "en"),  # beyond 0 to 1: not read
        ("nb;q=2,en;q=0.5", "en"),
        ("nb;q=-1,en", "en"),
        (",".join(["de"] * 20 + ["nb"]), "en"),  # past what a browser sends
        ("", "en"),
        ("*", "en"),
    ],
)
def test_the_browser_s_first_spoken_language_is_chosen(header: str, language: str) -> None:
    assert words_for(header).language == language


def test_every_scope_is_described_in_both_languages() -> None:
    assert set(ENGLISH.scopes) == set(scopes.SCOPES) == set(BOKMÅL.scopes)
    assert set(ENGLISH.refusals) == set(BOKMÅL.refusals)
