"""The mail a test's requests sent: the email jobs queued on the in-process broker,
run here as a worker would, into the outbox of the test's settings, and read back
as a mail client reads them."""

import re
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import dramatiq
from dramatiq import Message
from dramatiq.brokers.stub import StubBroker

from leadhub.settings import Settings
from leadhub.tenants import actors

LINK = re.compile(r"https?://\S+")


def queued(actor_name: str) -> list[Message]:
    broker = dramatiq.get_broker()
    assert isinstance(broker, StubBroker)
    messages = [
        Message.decode(data) for queue in broker.queues.values() for data in list(queue.queue)
    ]
    return [message for message in messages if message.actor_name == actor_name]


async def deliver(actor_name: str) -> None:
    """Run the queued jobs of a tenants actor that reads no rows (those of a
    rolled-back test transaction are out of a worker's sight)."""
    for message in queued(actor_name):
        await getattr(actors, actor_name)(*message.args, **message.kwargs)


def read(message_bytes: bytes) -> EmailMessage:
    parsed = message_from_bytes(message_bytes, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def outbox(settings: Settings) -> list[EmailMessage]:
    folder = Path(urlsplit(settings.resolved_mail_url).path)
    return [read(path.read_bytes()) for path in sorted(folder.glob("*.eml"))]


def link_token(message: EmailMessage) -> str:
    """The token of the one link in a message's text, as a click would send it."""
    (link,) = LINK.findall(message.get_content())
    (token,) = parse_qs(urlsplit(link).query)["token"]
    return token
