"""The consent page's words, in the languages Leadhub speaks.

Nobody is logged in on the page (the person proves who they are on it), so their
browser's languages choose, as on the web app's log-in page: Norwegian in any form
reads bokmål, and anything else English. The web app's catalogues are its own; the
scopes' descriptions here say what `oauth.scopes` says, in bokmål too.
"""

from dataclasses import dataclass

from leadhub.oauth import scopes
from leadhub.tenants.errors import TenantErrorCode

NORWEGIAN = frozenset({"nb", "no", "nn"})


@dataclass(frozen=True)
class ConsentWords:
    language: str  # the page's lang
    title: str
    asks: str  # {app} asks for {company}'s leads
    role_bound: str
    asks_to: str
    email: str
    password: str
    allow: str
    deny: str
    not_a_member: str  # {company}
    role_grants_nothing: str
    refusals: dict[str, str]  # of proving who one is, by TenantErrorCode
    no_app: str
    unusable: str  # {reason}, the OAuth error's, in English, without its full stop
    scopes: dict[str, str]


ENGLISH = ConsentWords(
    language="en",
    title="Allow an app into Leadhub",
    asks="{app} asks to work with the leads of {company}.",
    role_bound="It gets no more than your role allows, and loses it if you leave {company}.",
    asks_to="It asks to:",
    email="Your email",
    password="Your password",
    allow="Allow",
    deny="Deny",
    not_a_member="You are not a member of {company}.",
    role_grants_nothing="Your role may grant none of what this app asks.",
    refusals={
        TenantErrorCode.INVALID_CREDENTIALS: "Wrong email or password.",
        TenantErrorCode.RATE_LIMITED: "Too many attempts: try again later.",
    },
    no_app="This link names no Leadhub app: ask the app's maker for a new one.",
    unusable="This link cannot be used: {reason}.",
    scopes={scope: description for scope, (description, _) in scopes.SCOPES.items()},
)

BOKMÅL = ConsentWords(
    language="nb",
    title="Gi en app tilgang til Leadhub",
    asks="{app} ber om tilgang til leadene til {company}.",
    role_bound="Appen får ikke mer enn rollen din tillater, og mister tilgangen om du "
    "forlater {company}.",
    asks_to="Appen ber om å:",
    email="E-postadressen din",
    password="Passordet ditt",
    allow="Tillat",
    deny="Avslå",
    not_a_member="Du er ikke medlem av {company}.",
    role_grants_nothing="Rollen din kan ikke gi noe av det appen ber om.",
    refusals={
        TenantErrorCode.INVALID_CREDENTIALS: "Feil e-postadresse eller passord.",
        TenantErrorCode.RATE_LIMITED: "For mange forsøk: prøv igjen om en stund.",
    },
    no_app="Lenken peker ikke på noen Leadhub-app: be appens utvikler om en ny.",
    unusable="Lenken kan ikke brukes: {reason}.",
    scopes={
        "leads:read": "Lese leads med poengsum, steg, kilde, egendefinerte felt og duplikater.",
        "leads:write": "Opprette, endre, flytte, slå sammen, merke, tildele og slette leads.",
        "activity:read": "Lese aktivitetsstrømmen og tidslinjen til hvert lead.",
        "activity:write": "Registrere samtaler, e-poster, møter og notater på leads.",
        "analytics:read": "Lese nøkkeltallene, salgstrakten og målene.",
        "imports:write": "Importere og eksportere leads.",
        "routing:read": "Lese team, tilgjengelighet, fordelingsregler og fordelingsbeslutninger.",
        "routing:write": "Fordele leads etter firmaets regler.",
        "members:read": "Lese firmaets medlemmer: navn, e-post og rolle.",
        "webhooks:manage": "Melde appens egne endepunkter på hendelser, og lese leveringsloggene.",
        "settings:write": "Endre leadkilder, steg i salgstrakten, poengregler og "
        "egendefinerte felt.",
    },
)


def words_for(accept_language: str) -> ConsentWords:
    """The words of the first language the browser prefers that Leadhub speaks."""
    for tag in _preferred(accept_language):
        primary = tag.split("-")[0]
        if primary in NORWEGIAN:
            return BOKMÅL
        if primary == "en":
            return ENGLISH
    return ENGLISH


def _preferred(accept_language: str) -> list[str]:
    """An Accept-Language header's tags, the most preferred first (q=0: never; a
    tag whose q cannot be read is left out)."""
    weighted: list[tuple[float, str]] = []
    for part in accept_language.split(",")[:20]:  # a browser sends a handful
        tag, *parameters = (piece.strip() for piece in part.lower().split(";"))
        quality = _quality(parameters)
        if tag and quality:
            weighted.append((quality, tag))
    return [tag for _, tag in sorted(weighted, key=lambda pair: -pair[0])]


def _quality(parameters: list[str]) -> float | None:
    """The q of a tag's parameters (1 if none says it), 0 to 1; None if unreadable."""
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip() == "q":
            try:
                quality = float(value)
            except ValueError:
                return None
            return quality if 0 <= quality <= 1 else None
    return 1.0
