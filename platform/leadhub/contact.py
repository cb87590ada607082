"""Contact data people type: emails, phone numbers, websites and countries, normalized.

Each function returns the stored form or raises ``InvalidContact`` with a message
for people; the domains turn that into their own typed error.
"""

import re
from urllib.parse import urlsplit

import phonenumbers
from email_validator import EmailNotValidError, validate_email

REGIONS = frozenset(phonenumbers.SUPPORTED_REGIONS)


class InvalidContact(ValueError):
    pass


def normalize_email(value: str) -> str:
    try:
        valid = validate_email(value.strip(), check_deliverability=False)
    except (EmailNotValidError, UnicodeError) as error:
        raise InvalidContact(str(error)) from None
    # Domains are case-insensitive; local parts are in practice too, and one person
    # must not become two by a change of case.
    return valid.normalized.casefold()


def normalize_phone(value: str, default_region: str | None) -> str:
    """E.164; a number without a country code is read in ``default_region``."""
    try:
        number = phonenumbers.parse(value, default_region)
    except phonenumbers.NumberParseException:
        raise InvalidContact("Not a phone number: give it with its country code.") from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidContact("Not a valid phone number for its country.")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# What people type for a phone number: digits, a plus and the separators they use.
_PHONE_TYPED = re.compile(r"[+(]*\d[\d\s().\-/]*")


def whole_phone(value: str, default_region: str | None) -> str | None:
    """The E.164 number ``value`` types whole, as ``normalize_phone`` reads it ("412 34
    567" in NO, "0047 92678828", "(+47) 92 67 88 28"); None for anything else."""
    text = value.strip()
    if not _PHONE_TYPED.fullmatch(text):
        return None
    try:
        return normalize_phone(text, default_region)
    except InvalidContact:
        return None


def phone_digits(value: str, default_region: str | None) -> str | None:
    """The digits of an E.164 number (without +) that ``value`` stands for, for search;
    None if it is not typed as a phone number is.

    A whole number reads as ``whole_phone`` reads it; a part of one keeps its digits,
    less a leading 00, the international prefix (None if that is all).
    """
    whole = whole_phone(value, default_region)
    if whole is not None:
        return whole.removeprefix("+")
    text = value.strip()
    if not _PHONE_TYPED.fullmatch(text):
        return None
    digits = re.sub(r"\D", "", text)
    return digits.removeprefix("00") or None


def normalize_website(value: str) -> str:
    text = value.strip()
    if "://" not in text:
        text = f"https://{text}"
    parts = urlsplit(text)
    host = (parts.hostname or "").casefold()
    if parts.scheme not in ("http", "https") or "." not in host or " " in text:
        raise InvalidContact("Not a website address.")
    return text


def normalize_region(value: str) -> str:
    code = value.strip().upper()
    if code not in REGIONS:
        raise InvalidContact("Give a two-letter country code (ISO 3166-1), such as NO or SE.")
    return code


# Where people keep mail of their own, not their company's: a lead's domain from
# one of these says nothing of the company (routing sticks to companies by domain).
WEBMAIL_DOMAINS = frozenset(
    {
        "aol.com",
        "gmail.com",
        "googlemail.com",
        "hotmail.com",
        "hotmail.no",
        "icloud.com",
        "live.com",
        "live.no",
        "mail.com",
        "me.com",
        "msn.com",
        "online.no",
        "outlook.com",
        "proton.me",
        "protonmail.com",
        "yahoo.com",
        "yahoo.no",
    }
)


def domain_of(*, website: str | None, email: str | None) -> str | None:
    """The company's domain: the website's host without www., else the email's."""
    if website:
        host = (urlsplit(website).hostname or "").casefold()
        return host.removeprefix("www.") or None
    if email:
        return email.rpartition("@")[2] or None
    return None
