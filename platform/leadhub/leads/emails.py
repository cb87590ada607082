"""What the leads domain tells people by email."""

from email.message import EmailMessage


def revisit_message(
    *, owner_email: str, lead_name: str, company: str | None, until: str
) -> EmailMessage:
    """Tell a lead's owner that it came back from nurture."""
    # Names are typed by users: a line break would be refused in a header.
    name = " ".join(lead_name.split())
    company = f" ({' '.join(company.split())})" if company else ""
    message = EmailMessage()
    message["To"] = owner_email
    message["Subject"] = f"Time to revisit {name}"
    message.set_content(
        f"{name}{company} was parked for nurture until {until}.\n"
        "\n"
        "The lead is back in your list: give it a call or a note.\n"
    )
    return message
