"""Where a tenant works: its time zone and currency, checked, and their defaults.

Time zones are IANA names as ``zoneinfo`` knows them; currencies are ISO 4217 codes
some country uses today, as CLDR (through Babel) lists them, so a withdrawn code
(DEM) or a fund code is refused. A new tenant's defaults follow its region (NO
gives Europe/Oslo and NOK); without one, or for a country of several time zones,
they are Norway's, where our first customers are.
"""

import zoneinfo
from functools import cache

from babel.core import get_global
from babel.numbers import get_territory_currencies

from leadhub.tenants.errors import TenantError, TenantErrorCode

DEFAULT_TIME_ZONE = "Europe/Oslo"
DEFAULT_CURRENCY = "NOK"
MAX_TIME_ZONE_LENGTH = 64  # the longest IANA name has 32 characters

# Names zoneinfo lists that are no place: the build's own zone and the host's.
_NOT_PLACES = frozenset({"Factory", "localtime"})


@cache
def _time_zones() -> dict[str, str]:
    """Every IANA name by its case-folded form, so europe/oslo finds Europe/Oslo."""
    names = zoneinfo.available_timezones() - _NOT_PLACES
    return {name.casefold(): name for name in names}


@cache
def _currencies_in_use() -> frozenset[str]:
    territories = get_global("territory_currencies")
    return frozenset(code for t in territories for code in get_territory_currencies(t))


def normalize_time_zone(name: str, field: str = "timeZone") -> str:
    found = (
        _time_zones().get(name.strip().casefold()) if len(name) <= MAX_TIME_ZONE_LENGTH else None
    )
    if found is None:
        raise TenantError(
            TenantErrorCode.INVALID,
            "Give a time zone by its IANA name, such as Europe/Oslo.",
            field,
        )
    return found


def normalize_currency(code: str, field: str = "currency") -> str:
    normalized = code.strip().upper()
    if len(normalized) != 3 or normalized not in _currencies_in_use():
        raise TenantError(
            TenantErrorCode.INVALID,
            "Give a currency by its ISO 4217 code, such as NOK or EUR.",
            field,
        )
    return normalized


def default_time_zone(region: str | None) -> str:
    """The region's time zone if it has only one, else Europe/Oslo."""
    zones = get_global("territory_zones").get(region or "", [])
    return zones[0] if len(zones) == 1 and zones[0] in _time_zones().values() else DEFAULT_TIME_ZONE


def default_currency(region: str | None) -> str:
    """The currency the region uses today, else NOK."""
    currencies = get_territory_currencies(region) if region else []
    return currencies[0] if currencies else DEFAULT_CURRENCY
