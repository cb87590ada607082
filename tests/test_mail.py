import socket
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from leadhub.mail import DEFAULT_SENDER, Mailer


def make_message(to: str = "ada@example.com", subject: str = "Hello") -> EmailMessage:
    message = EmailMessage()
    message["To"] = to
    message["Subject"] = subject
    message.set_content("Welcome to Leadhub.\n")
    return message


class Inbox:
    """An aiosmtpd handler that keeps what it receives."""

    def __init__(self) -> None:
        self.envelopes: list[Envelope] = []

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def read_outbox(folder: Path) -> list[EmailMessage]:
    return [
        message_from_bytes(path.read_bytes(), policy=policy.default)
        for path in sorted(folder.glob("*.eml"))
    ]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp_inbox() -> Iterator[tuple[Inbox, int]]:
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


async def test_file_outbox_writes_one_parsable_eml_per_message(tmp_path: Path) -> None:
    outbox = tmp_path / "not" / "there" / "yet"
    mailer = Mailer(f"file://{outbox}")

    await mailer.send(make_message(to="ada@example.com", subject="First"))
    await mailer.send(make_message(to="grace@example.com", subject="Second"))

    assert [path.suffix for path in outbox.iterdir()] == [".eml", ".eml"]  # nothing partial
    first, second = read_outbox(outbox)
    assert (first["To"], first["Subject"]) == ("ada@example.com", "First")
    assert (second["To"], second["Subject"]) == ("grace@example.com", "Second")
    assert first["From"] == DEFAULT_SENDER
    assert first["Message-ID"] != second["Message-ID"]
    assert first.get_content() == "Welcome to Leadhub.\n"


async def test_a_sender_set_on_the_message_is_kept(tmp_path: Path) -> None:
    message = make_message()
    message["From"] = "Sales <sales@example.com>"

    await Mailer(f"file://{tmp_path}").send(message)

    (written,) = read_outbox(tmp_path)
    assert written["From"] == "Sales <sales@example.com>"


async def test_smtp_relays_the_message(smtp_inbox: tuple[Inbox, int]) -> None:
    inbox, port = smtp_inbox

    await Mailer(f"smtp://127.0.0.1:{port}").send(make_message(to="ada@example.com"))

    (envelope,) = inbox.envelopes
    assert envelope.rcpt_tos == ["ada@example.com"]
    assert isinstance(envelope.content, bytes)
    received = message_from_bytes(envelope.content, policy=policy.default)
    assert received["Subject"] == "Hello"


async def test_an_unreachable_smtp_server_raises() -> None:
    with pytest.raises(ConnectionRefusedError):
        await Mailer("smtp://127.0.0.1:1").send(make_message())


def test_an_unknown_scheme_is_refused() -> None:
    with pytest.raises(ValueError, match="MAIL_URL"):
        Mailer("ftp://example.com/outbox")
