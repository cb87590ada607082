"""Outgoing email: files in an outbox folder (embedded mode) or an SMTP relay.

``MAIL_URL`` is ``file:///a/folder``, where each message becomes one ``.eml`` file,
or ``smtp://host:port``.
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
        smtp.send_message(message)
