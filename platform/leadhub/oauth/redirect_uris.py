"""Where a client's codes may be sent: the redirect URIs it registers, and how one is
matched when an app asks (RFC 9700 2.1, RFC 8252 7).

A URI is https, http to this machine's loopback interface, or a private scheme
named after a domain the app's maker holds (``com.example.app:/callback``);
absolute, without a fragment or a user. One is matched whole, character for
character, except that an http loopback URI matches on any port: a native app
listens on whichever port is free when it asks.
"""

from urllib.parse import SplitResult, urlsplit

from leadhub.text import single_line

MAX_LENGTH = 2000
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})


def is_allowed(uri: str) -> bool:
    if len(uri) > MAX_LENGTH or single_line(uri, MAX_LENGTH) != uri or " " in uri:
        return False
    parts = _parts(uri)
    if parts is None or parts.fragment or "#" in uri or parts.username or parts.password:
        return False
    if parts.scheme == "https":
        return bool(parts.hostname)
    if parts.scheme == "http":
        return _is_loopback(parts)
    return "." in parts.scheme and bool(parts.path) and not parts.netloc


def matches(registered: list[str], asked: str) -> bool:
    """Whether ``asked`` is one of the ``registered`` URIs, a loopback one on any port."""
    if asked in registered:
        return True
    parts = _parts(asked)
    if parts is None or parts.scheme != "http" or not _is_loopback(parts):
        return False
    return any(_without_port(asked) == _without_port(uri) for uri in registered)


def csp_source(uri: str | None) -> str | None:
    """The Content-Security-Policy source that lets a page's form lead to ``uri``."""
    parts = _parts(uri) if uri else None
    if parts is None:
        return None
    if parts.scheme == "https":
        return f"https://{parts.netloc}"
    if parts.scheme == "http":  # a loopback URI, on whichever port the app asks
        return f"http://{_host(parts)}:*"
    return f"{parts.scheme}:"


def _parts(uri: str) -> SplitResult | None:
    try:
        parts = urlsplit(uri)
        parts.port  # noqa: B018 (a malformed port raises only when read)
    except ValueError:
        return None
    return parts


def _is_loopback(parts: SplitResult) -> bool:
    return parts.hostname in LOOPBACK_HOSTS and not parts.username and not parts.password


def _without_port(uri: str) -> str | None:
    parts = _parts(uri)
    if parts is None or parts.scheme != "http" or not _is_loopback(parts):
        return None
    return parts._replace(netloc=_host(parts)).geturl()


def _host(parts: SplitResult) -> str:
    return f"[{parts.hostname}]" if parts.hostname == "::1" else parts.hostname or ""
