"""Mail about comments, delivered by the real task worker to a real SMTP server."""

import email
import email.policy
import socket

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command

from columnist.discussion import services
from columnist.discussion.models import Policy

# The worker closes its database connection between tasks, as a long-running worker should;
# that needs real transactions rather than the test's wrapping one.
pytestmark = pytest.mark.django_db(transaction=True)


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp(settings):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": controller.port, "timeout": 10},
        }
    }
    yield inbox
    controller.stop()


def run_worker():
    call_command("db_worker", batch=True, verbosity=0)


def text_of(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def test_a_reply_reaches_the_person_who_asked_to_hear(smtp, post, open_policy, staff):
    question = post("He left. What now?", author_email="asker@example.com", notify=True)
    services.comment_post(
        article=question.article,
        parent=question,
        author_name="Ruth",
        author_email="ruth@example.com",
        body="Start with sleep.",
        form_token=None,
        user=staff,
    )
    run_worker()
    replies = [(to, m) for to, m in smtp.messages if to == ["asker@example.com"]]
    assert len(replies) == 1
    _, message = replies[0]
    assert message["Subject"] == f"The author replied to you on “{question.article.title}”"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    stop = message["List-Unsubscribe"].strip("<>")
    assert "/discussion/stop/" in stop
    body = text_of(message)
    assert "Start with sleep." in body and stop in body
    assert "ruth@example.com" not in message.as_string()
    run_worker()  # running again sends nothing new
    assert len([m for to, m in smtp.messages if to == ["asker@example.com"]]) == 1


def test_no_mail_for_held_or_spam_or_unwanted(smtp, post, policy):
    question = post("Q", author_email="quiet@example.com", notify=False)
    services.comments_approve(comments=[question])
    held_reply = post("Held reply", parent=question)  # a first comment: held
    run_worker()
    assert not [m for to, m in smtp.messages if to == ["quiet@example.com"]]
    services.comments_mark_spam(comments=[held_reply])
    run_worker()
    assert not [m for to, m in smtp.messages if to == ["quiet@example.com"]]


def test_reply_to_someone_who_asked_goes_out_only_once_approved(smtp, post, policy):
    question = post("Q", author_email="wants@example.com", notify=True)
    services.comments_approve(comments=[question])
    reply = post("A reader's answer", parent=question, author_email="helper@example.com")
    run_worker()
    assert not [m for to, m in smtp.messages if to == ["wants@example.com"]]
    services.comments_approve(comments=[reply])
    run_worker()
    sent = [m for to, m in smtp.messages if to == ["wants@example.com"]]
    assert len(sent) == 1 and "helper@example.com" not in sent[0].as_string()


def test_author_hears_of_new_questions_at_once(smtp, post, open_policy, staff):
    post("Is it normal to miss him?", author_name="Jo")
    run_worker()
    to_author = [m for to, m in smtp.messages if to == ["ruth@example.com"]]
    assert len(to_author) == 1
    assert to_author[0]["Subject"].startswith("New question from Jo")


def test_crisis_messages_reach_the_author_even_when_held(smtp, post, policy, staff):
    post("I want to end my life", author_name="Kim")
    run_worker()
    to_author = [m for to, m in smtp.messages if to == ["ruth@example.com"]]
    assert len(to_author) == 1
    assert to_author[0]["Subject"].startswith("Needs care: Kim")
    assert "held" in text_of(to_author[0])


def test_daily_digest_instead_of_instant_mail(smtp, post, open_policy, staff):
    from django.utils import timezone

    from columnist.discussion import tasks

    open_policy.author_alerts = Policy.AuthorAlerts.DIGEST
    open_policy.save()
    post("Question one", author_name="A")
    post("Question two", author_name="B")
    run_worker()
    assert not smtp.messages
    tasks.send_digest.enqueue(timezone.localdate().isoformat())
    tasks.send_digest.enqueue(timezone.localdate().isoformat())
    run_worker()
    assert len(smtp.messages) == 1
    body = text_of(smtp.messages[0][1])
    assert "Question one" in body and "Question two" in body
