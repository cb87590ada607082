"""Who a grown tenant's leads are: Norwegian people at Norwegian companies.

Surnames come with their weight in Norway's population (Statistics Norway, in
thousands), so a search for one matches the share of leads it would in a real
tenant's: "haugland" about one lead in two hundred, not one in a hundred surnames
drawn alike. Company names are made of other words, so that a surname search
finds people, not their employers.
"""

import random
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from leadhub.leads.searchable import search_text
from leadhub.text import folded

FIRST_NAMES = (
    "Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Arne", "Svein", "Thomas",
    "Hans", "Geir", "Tor", "Morten", "Terje", "Odd", "Erik", "Martin", "Andreas", "John",
    "Anders", "Rune", "Trond", "Tore", "Jon", "Harald", "Kristian", "Daniel", "Marius",
    "Magnus", "Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid",
    "Bjørg", "Hilde", "Anna", "Solveig", "Marianne", "Randi", "Ida", "Nina", "Maria",
    "Elisabeth", "Kristin", "Bente", "Heidi", "Silje", "Hanne", "Gro", "Camilla", "Tone",
    "Ragnhild", "Nora", "Emma",
)  # fmt: skip
SURNAMES = {
    "Hansen": 50, "Johansen": 47, "Olsen": 46, "Larsen": 36, "Andersen": 35, "Pedersen": 34,
    "Nilsen": 32, "Kristiansen": 22, "Jensen": 22, "Karlsen": 20, "Johnsen": 19,
    "Pettersen": 19, "Eriksen": 17, "Berg": 16, "Haugen": 14, "Hagen": 14, "Johannessen": 13,
    "Andreassen": 12, "Jacobsen": 12, "Dahl": 11, "Jørgensen": 11, "Halvorsen": 11,
    "Henriksen": 11, "Lund": 10, "Sørensen": 10, "Jakobsen": 10, "Moen": 10, "Gundersen": 9,
    "Iversen": 9, "Strand": 9, "Solberg": 9, "Svendsen": 8, "Eide": 8, "Knutsen": 8,
    "Martinsen": 8, "Paulsen": 8, "Bakken": 8, "Kristoffersen": 8, "Mathisen": 7, "Lie": 7,
    "Amundsen": 7, "Nguyen": 7, "Rasmussen": 7, "Ali": 6, "Lunde": 6, "Solheim": 6,
    "Berge": 6, "Moe": 6, "Nygård": 6, "Bakke": 6, "Kristensen": 6, "Fredriksen": 6,
    "Holm": 6, "Lien": 6, "Hauge": 5, "Christensen": 5, "Andresen": 5, "Nielsen": 5,
    "Knudsen": 5, "Evensen": 5, "Sæther": 5, "Aas": 5, "Myhre": 5, "Hanssen": 5, "Ahmed": 5,
    "Haugland": 5, "Thomassen": 5, "Sivertsen": 5, "Simonsen": 5, "Danielsen": 5,
    "Berntsen": 5, "Sandvik": 5, "Rønning": 5, "Arnesen": 5, "Antonsen": 4, "Næss": 4,
    "Vik": 4, "Haug": 4, "Ellingsen": 4, "Thorsen": 4, "Edvardsen": 4, "Birkeland": 4,
    "Isaksen": 4, "Gulbrandsen": 4, "Ruud": 4, "Aasen": 4, "Strøm": 4, "Myklebust": 4,
    "Tangen": 4, "Ødegård": 4, "Eliassen": 4, "Helland": 4, "Bøe": 4, "Jenssen": 4,
    "Aune": 4, "Mikkelsen": 4, "Tveit": 4, "Brekke": 4, "Abrahamsen": 4, "Madsen": 4,
}  # fmt: skip
# A company is two words, a trade and a town: "Fjordlys Regnskap Bergen AS"; so
# many (128,000) that two leads of one company rarely share a name.
COMPANY_WORDS = (
    "Fjord", "Lys", "Vest", "Øst", "Nord", "Sør", "Fjell", "Vidde", "Hav", "Bre",
    "Furu", "Bjørk", "Kyst", "Natt", "Polar", "Tind", "Elv", "Foss", "Skog", "Vind",
)  # fmt: skip
TRADES = (
    "Bygg", "Regnskap", "Elektro", "Rør", "Data", "Transport", "Eiendom", "Consulting",
    "Maskin", "Marine", "Handel", "Media", "Energi", "Helse", "Advokat", "Reklame",
)  # fmt: skip
TOWNS = (
    "Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen", "Kristiansand",
    "Fredrikstad", "Sandnes", "Bodø", "Ålesund", "Tønsberg", "Moss", "Hamar", "Halden",
    "Molde", "Harstad", "Gjøvik", "Kongsberg", "Arendal",
)  # fmt: skip
MOBILE_SHARE = 0.85  # of leads with a phone number
# What Norwegian mobile numbers start with (the national numbering plan).
MOBILE_PREFIXES = ("40", "41", "46", "47", "48", *(f"9{digit}" for digit in range(10)))


@dataclass(frozen=True)
class Contact:
    name: str
    email: str
    phone: str | None  # E.164, as leads store it
    company: str
    domain: str

    @property
    def search_text(self) -> str:
        """What the lists search, as the services write it for a lead of this contact
        (an insert through Core makes none)."""
        fields = {"name": self.name, "company": self.company, "email": self.email}
        return search_text({**fields, "phone": self.phone})


class Contacts:
    """Random contacts, the same for the same ``rng``."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._surnames = tuple(SURNAMES)
        self._cumulative_weights = tuple(accumulate(SURNAMES.values()))

    def next(self) -> Contact:
        rng = self._rng
        first = rng.choice(FIRST_NAMES)
        (last,) = rng.choices(self._surnames, cum_weights=self._cumulative_weights)
        name = f"{rng.choice(COMPANY_WORDS)}{rng.choice(COMPANY_WORDS).lower()}"
        company = f"{name} {rng.choice(TRADES)} {rng.choice(TOWNS)} AS"
        domain = _domain(company)
        phone = (
            f"+47{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10**6):06d}"
            if rng.random() < MOBILE_SHARE
            else None
        )
        return Contact(
            name=f"{first} {last}",
            email=f"{_folded(first)}.{_folded(last)}@{domain}",
            phone=phone,
            company=company,
            domain=domain,
        )


# Folding is most of the cost of a contact, and names and companies recur.
@cache
def _folded(name: str) -> str:
    return folded(name)


@cache
def _domain(company: str) -> str:
    return f"{folded(company.removesuffix(' AS')).replace(' ', '')}.no"


def national(phone: str) -> str:
    """A Norwegian E.164 number as people type it: "+4741234567" is "412 34 567"."""
    digits = phone.removeprefix("+47")
    return f"{digits[:3]} {digits[3:5]} {digits[5:]}"
