"""What an endpoint's owner is told when it is disabled."""

from email.message import EmailMessage

from leadhub.mail import text_message
from leadhub.webhooks.models import WebhookEndpoint


def disabled_message(*, to: str, endpoint: WebhookEndpoint) -> EmailMessage:
    url = endpoint.url if len(endpoint.url) <= 200 else endpoint.url[:200] + "..."
    text = (
        "Leadhub has stopped sending webhooks to\n\n"
        f"{url}\n\n"
        f"{endpoint.disabled_reason or 'It was disabled.'} Nothing more is sent to it until"
        " it is enabled again; events from while it was disabled are not sent. Each"
        " failed delivery, and what the address answered, is in its delivery log, and"
        " can be sent again once it is enabled.\n"
    )
    return text_message(to=to, subject="A webhook endpoint was disabled", text=text)
