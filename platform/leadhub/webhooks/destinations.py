"""Where a delivery may go: never to a private, loopback or link-local address, lest
a tenant's webhook reach into the network Leadhub runs in (SSRF).

An address is checked twice: when an endpoint is saved, for what its URL says;
and before each attempt, for every address its host resolves to. The attempt then
connects to the address that was checked, so a name that resolves otherwise the
second time (DNS rebinding) gains nothing. ``WEBHOOKS_ALLOW_PRIVATE`` lifts both
checks, and allows plain http, for development.
"""

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

MAX_URL_LENGTH = 2000
DEFAULT_PORTS = {"https": 443, "http": 80}

MAX_HOST_LENGTH, MAX_LABEL_LENGTH = 253, 63  # what DNS can carry

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# The well-known NAT64 prefix, 64:ff9b::/96: a network that has it reaches the IPv4
# address in its last 32 bits.
_NAT64 = int(ipaddress.IPv6Address("64:ff9b::"))
# Networks that translate to addresses of a local choosing: never public.
_TRANSLATING = (
    ipaddress.IPv6Network("64:ff9b:1::/48"),  # local-use NAT64 (RFC 8215)
    ipaddress.IPv6Network("::ffff:0:0:0/96"),  # IPv4-translated (SIIT)
)


class RefusedDestination(Exception):
    """A URL a delivery may not go to; the message says why."""


def checked_url(url: str, *, allow_private: bool) -> str:
    """``url``, if an endpoint may receive deliveries there."""
    if len(url) > MAX_URL_LENGTH:
        raise RefusedDestination(f"Give a URL of at most {MAX_URL_LENGTH} characters.")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises on a port out of range)
    except ValueError as error:
        raise RefusedDestination(f"This is not a URL: {error}.") from error
    schemes = ("https", "http") if allow_private else ("https",)
    if parts.scheme not in schemes or not parts.hostname:
        raise RefusedDestination("Give an https URL, such as https://example.com/leadhub.")
    if parts.username is not None or parts.password is not None:
        raise RefusedDestination("Leave credentials out of the URL: each message is signed.")
    if parts.fragment:
        raise RefusedDestination("Leave the fragment (#...) out of the URL.")
    labels = parts.hostname.rstrip(".").split(".")
    if len(parts.hostname) > MAX_HOST_LENGTH or max(map(len, labels)) > MAX_LABEL_LENGTH:
        raise RefusedDestination("This host name is longer than DNS allows.")
    if not allow_private:
        _refuse_a_private_host(parts.hostname)
    return url


async def public_address(host: str, port: int, *, allow_private: bool) -> str:
    """The address to connect to for ``host``: the first it resolves to, once every
    one it resolves to is checked."""
    try:
        found = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as error:
        raise RefusedDestination(f"{host} could not be resolved: {error.strerror}.") from error
    addresses = [ipaddress.ip_address(info[4][0]) for info in found]
    if not addresses:
        raise RefusedDestination(f"{host} resolves to no address.")
    if not allow_private:
        for address in addresses:
            if not _is_public(address):
                raise RefusedDestination(f"{host} resolves to {address}, {_kind(address)}.")
    return str(addresses[0])


def _refuse_a_private_host(host: str) -> None:
    if host.rstrip(".").lower() == "localhost" or host.lower().endswith(".localhost"):
        raise RefusedDestination(f"{host} is this machine: give a public address.")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return  # a name: checked for what it resolves to, at each attempt
    if not _is_public(address):
        raise RefusedDestination(f"{address} is {_kind(address)}: give a public address.")


def _is_public(address: IPAddress) -> bool:
    if any(address in network for network in _TRANSLATING):
        return False
    return _unmapped(address).is_global and not address.is_multicast


def _unmapped(address: IPAddress) -> IPAddress:
    """The IPv4 address an IPv6 one carries to, if any: mapped (::ffff:10.0.0.1),
    compatible (::10.0.0.1), NAT64 (64:ff9b::10.0.0.1), 6to4 or Teredo; the
    address is as public as that one."""
    if not isinstance(address, ipaddress.IPv6Address):
        return address
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if int(address) >> 32 in (0, _NAT64 >> 32) and int(address) > 1:
        return ipaddress.IPv4Address(int(address) & 0xFFFF_FFFF)
    return address


def _kind(address: IPAddress) -> str:
    address = _unmapped(address)
    if address.is_unspecified:
        return "the unspecified address (this machine)"
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_private:
        return "a private address"
    return "not a public address"
