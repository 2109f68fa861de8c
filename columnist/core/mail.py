"""The outbox mail backend: with no SMTP server configured, every message the site sends is
stored in the database for staff to read."""

from email.utils import getaddresses

from django.core.mail.backends.base import BaseEmailBackend


class OutboxBackend(BaseEmailBackend):
    def send_messages(self, email_messages) -> int:
        from columnist.core.models import OutboxMail

        sent = 0
        for message in email_messages:
            mime = message.message()
            html = next(
                (
                    content
                    for content, kind in getattr(message, "alternatives", ())
                    if kind == "text/html"
                ),
                "",
            )
            recipients = [addr for _, addr in getaddresses(message.recipients())]
            OutboxMail.objects.create(
                sender=str(mime["From"]),
                recipients="\n".join(recipients),
                subject=str(mime["Subject"]),
                body=message.body,
                html=html,
                headers={k: str(v) for k, v in mime.items()},
                message=mime.as_string(),
            )
            sent += 1
        return sent
