"""Where deliveries may go: public addresses only, checked as written and as resolved."""

import pytest

from leadhub.webhooks.destinations import RefusedDestination, checked_url, public_address


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("http://hooks.example/leadhub", "https"),
        ("ftp://hooks.example/leadhub", "https"),
        ("https:///leadhub", "https"),
        ("https://10.0.0.7/hook", "a private address"),
        ("https://192.168.1.20/hook", "a private address"),
        ("https://127.0.0.1:8443/hook", "a loopback address"),
        ("https://[::1]/hook", "a loopback address"),
        ("https://[::ffff:10.0.0.7]/hook", "a private address"),
        ("https://169.254.169.254/latest/meta-data", "a link-local address"),
        ("https://[fe80::1]/hook", "a link-local address"),
        ("https://100.64.0.1/hook", "not a public address"),
        ("https://0.0.0.0/hook", "this machine"),
        ("https://224.0.0.1/hook", "not a public address"),
        ("https://[64:ff9b::a00:1]/hook", "a private address"),  # NAT64 to 10.0.0.1
        ("https://[2002:a00:1::]/hook", "a private address"),  # 6to4 from 10.0.0.1
        ("https://[::a00:1]/hook", "a private address"),  # IPv4-compatible
        ("https://[64:ff9b:1::5db8:d70e]/hook", "not a public address"),  # local NAT64
        ("https://[::ffff:0:5db8:d70e]/hook", "not a public address"),  # IPv4-translated
        ("https://localhost/hook", "this machine"),
        ("https://api.localhost/hook", "this machine"),
        ("https://ola:hemmelig@hooks.example/hook", "credentials"),
        ("https://hooks.example/hook#fragment", "fragment"),
        ("https://hooks.example:99999/hook", "not a URL"),
        ("https://hooks.example/" + "x" * 2000, "at most 2000"),
        ("https://" + "a" * 64 + ".example/hook", "longer than DNS allows"),
        ("https://" + "a." * 127 + "example/hook", "longer than DNS allows"),
    ],
)
def test_a_url_a_delivery_may_not_go_to_is_refused_saying_why(url: str, said: str) -> None:
    with pytest.raises(RefusedDestination, match=said):
        checked_url(url, allow_private=False)


@pytest.mark.parametrize(
    "url",
    [
        "https://hooks.example/leadhub",
        "https://hooks.example:8443/leadhub?tenant=fjordkraft",
        "https://93.184.215.14/hook",
        "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook",
        "https://[64:ff9b::5db8:d70e]/hook",  # NAT64 to a public address
        "https://xn--fjrd-hra.example/hook",  # fjørd.example
    ],
)
def test_a_public_https_url_is_taken_as_it_is(url: str) -> None:
    assert checked_url(url, allow_private=False) == url


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080/hook", "http://localhost:3000/hook", "https://10.0.0.7/"]
)
def test_development_allows_this_machine_and_plain_http(url: str) -> None:
    assert checked_url(url, allow_private=True) == url


async def test_a_name_is_checked_for_every_address_it_resolves_to() -> None:
    with pytest.raises(RefusedDestination, match=r"localhost resolves to .*a loopback address"):
        await public_address("localhost", 443, allow_private=False)
    assert await public_address("localhost", 443, allow_private=True) in ("127.0.0.1", "::1")


async def test_a_name_that_does_not_resolve_is_refused() -> None:
    with pytest.raises(RefusedDestination, match="could not be resolved"):
        await public_address("nowhere.invalid", 443, allow_private=False)


async def test_an_address_is_its_own_resolution() -> None:
    assert await public_address("93.184.215.14", 443, allow_private=False) == "93.184.215.14"
