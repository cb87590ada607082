import socket
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from leadhub.mail import DEFAULT_SENDER, Mailer, text_message


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


def test_a_text_message_keeps_a_long_link_whole_in_the_raw_message() -> None:
    link = "https://leadhub.example.no/invitations/accept?token=" + "a1-_" * 30
    message = text_message(to="åse@example.no", subject="Velkommen", text=f"Hei Åse!\n{link}\n")

    raw = message.as_bytes()

    assert message["Content-Transfer-Encoding"] == "8bit"
    assert link.encode() in raw.splitlines()
    assert message_from_bytes(raw, policy=policy.default).get_content() == f"Hei Åse!\n{link}\n"


def test_an_ascii_text_message_is_7bit() -> None:
    message = text_message(to="ada@example.com", subject="Hello", text="Hello Ada.\n")
    assert message["Content-Transfer-Encoding"] == "7bit"


def test_a_line_too_long_for_any_mail_is_refused() -> None:
    with pytest.raises(ValueError, match="longer than 998"):
        text_message(to="ada@example.com", subject="Hello", text="x" * 999)


async def test_8bit_text_is_relayed_as_8bitmime(smtp_inbox: tuple[Inbox, int]) -> None:
    inbox, port = smtp_inbox
    text = "Hei Åse!\nhttps://leadhub.example.no/password-reset?token=" + "b" * 80 + "\n"

    await Mailer(f"smtp://127.0.0.1:{port}").send(
        text_message(to="ase@example.no", subject="Hei", text=text)
    )

    (envelope,) = inbox.envelopes
    assert "BODY=8BITMIME" in envelope.mail_options
    assert isinstance(envelope.content, bytes)
    received = message_from_bytes(envelope.content, policy=policy.default)
    assert received.get_content().replace("\r\n", "\n") == text  # SMTP ends lines in CRLF


async def test_a_relay_without_8bitmime_gets_quoted_printable() -> None:
    inbox, port = Inbox(), free_port()
    # aiosmtpd offers 8BITMIME only when it hands over raw bytes
    controller = Controller(inbox, hostname="127.0.0.1", port=port, decode_data=True)
    controller.start()
    text = "Hei Åse!\nhttps://leadhub.example.no/password-reset?token=" + "b" * 80 + "\n"
    try:
        await Mailer(f"smtp://127.0.0.1:{port}").send(
            text_message(to="ase@example.no", subject="Hei", text=text)
        )
    finally:
        controller.stop()

    (envelope,) = inbox.envelopes
    assert "BODY=8BITMIME" not in envelope.mail_options
    assert isinstance(envelope.content, str) and envelope.content.isascii()
    received = message_from_bytes(envelope.content.encode(), policy=policy.default)
    assert received["Content-Transfer-Encoding"] == "quoted-printable"
    assert received["Subject"] == "Hei"
    assert received.get_content().replace("\r\n", "\n") == text
