"""What the leads domain tells people by email."""

from email.message import EmailMessage

from leadhub.leads.models import Lead
from leadhub.tenants.models import User


def revisit_message(*, owner: User, lead: Lead, parked_until: str) -> EmailMessage:
    # Names are typed by users: a line break would be refused in a header.
    name = " ".join(lead.name.split())
    company = f" ({' '.join(lead.company.split())})" if lead.company else ""
    message = EmailMessage()
    message["To"] = owner.email
    message["Subject"] = f"Time to revisit {name}"
    message.set_content(
        f"{name}{company} was parked for nurture until {parked_until}.\n"
        "\n"
        "The lead is back in your list: give it a call or a note.\n"
    )
    return message
