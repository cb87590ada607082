"""Outgoing email: files in an outbox folder (embedded mode) or an SMTP relay.

``MAIL_URL`` is ``file:///a/folder``, where each message becomes one ``.eml`` file,
or ``smtp://host:port``.

Text is sent as written (7bit, or 8bit UTF-8 when it is not ASCII), not
quoted-printable: quoted-printable wraps lines at 76 characters, and a link
soft-wrapped in two no longer works when copied from the raw message. A relay
that does not take 8bit (no 8BITMIME) gets quoted-printable all the same.
"""

import asyncio
import smtplib
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from urllib.parse import unquote, urlsplit

from leadhub.db import new_id

DEFAULT_SENDER = "Leadhub <no-reply@leadhub.invalid>"
SMTP_PORT = 25
SMTP_TIMEOUT_SECONDS = 30
MAX_LINE_LENGTH = 998  # RFC 5322, for any transfer encoding but quoted-printable and base64


def text_message(*, to: str, subject: str, text: str) -> EmailMessage:
    """A plain text email whose lines, links included, reach the reader unbroken."""
    if any(len(line.encode()) > MAX_LINE_LENGTH for line in text.splitlines()):
        raise ValueError(f"an email line is longer than {MAX_LINE_LENGTH} bytes")
    message = EmailMessage()
    message["To"] = to
    message["Subject"] = subject
    message.set_content(text, cte="7bit" if text.isascii() else "8bit")
    return message


class Mailer:
    def __init__(self, mail_url: str, sender: str = DEFAULT_SENDER) -> None:
        self._location = urlsplit(mail_url)
        if self._location.scheme not in ("file", "smtp"):
            raise ValueError(f"MAIL_URL must start with file:// or smtp://, not {mail_url!r}")
        self.sender = sender

    async def send(self, message: EmailMessage) -> None:
        """Send the message, adding From, Date and Message-ID where it has none."""
        if "From" not in message:
            message["From"] = self.sender
        if "Date" not in message:
            message["Date"] = formatdate(localtime=False)
        if "Message-ID" not in message:
            message["Message-ID"] = make_msgid(domain="leadhub.invalid")
        # Both ways block on I/O, so they run in a thread rather than in the event loop.
        if self._location.scheme == "file":
            await asyncio.to_thread(_write_to_outbox, Path(unquote(self._location.path)), message)
        else:
            await asyncio.to_thread(
                _relay,
                self._location.hostname or "localhost",
                self._location.port or SMTP_PORT,
                message,
            )


def _write_to_outbox(folder: Path, message: EmailMessage) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{new_id()}.eml"  # time-ordered, so a listing reads oldest first
    # Written aside, then renamed: a reader of *.eml never sees half a message.
    partial = folder / f".{name}.partial"
    partial.write_bytes(message.as_bytes())
    partial.replace(folder / name)


def _relay(host: str, port: int, message: EmailMessage) -> None:
    with smtplib.SMTP(host, port, timeout=SMTP_TIMEOUT_SECONDS) as smtp:
        smtp.ehlo_or_helo_if_needed()
        if message["Content-Transfer-Encoding"] != "8bit":
            smtp.send_message(message)
        elif smtp.has_extn("8bitmime"):
            smtp.send_message(message, mail_options=["BODY=8BITMIME"])
        else:
            smtp.send_message(_quoted_printable(message))


def _quoted_printable(message: EmailMessage) -> EmailMessage:
    """The same text message, quoted-printable, for a relay that takes only 7bit."""
    encoded = EmailMessage()
    for name, value in message.items():
        if name.casefold() not in ("content-type", "content-transfer-encoding", "mime-version"):
            encoded[name] = value
    encoded.set_content(message.get_content(), cte="quoted-printable")
    return encoded
