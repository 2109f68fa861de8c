import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives

from columnist.core.models import OutboxMail


def send(settings, **kwargs):
    settings.MAILERS = {"default": {"BACKEND": "columnist.core.mail.OutboxBackend"}}
    message = EmailMultiAlternatives(
        subject="Hello", body="Plain words", from_email="site@example.com", to=["a@example.com"]
    )
    message.attach_alternative("<p>Plain words</p>", "text/html")
    message.send()


def test_outbox_backend_keeps_every_mail(settings, db):
    send(settings)
    kept = OutboxMail.objects.get()
    assert kept.subject == "Hello" and kept.recipient_list == ["a@example.com"]
    assert kept.body == "Plain words" and kept.html == "<p>Plain words</p>"
    assert "Subject: Hello" in kept.message
    assert not getattr(mail, "outbox", [])  # not the test backend


def test_outbox_pages_are_for_staff(client, admin_client, settings, db):
    send(settings)
    kept = OutboxMail.objects.get()
    assert client.get("/desk/outbox/").status_code == 302
    listing = admin_client.get("/desk/outbox/").content.decode()
    assert "Hello" in listing and "a@example.com" in listing
    detail = admin_client.get(f"/desk/outbox/{kept.pk}/").content.decode()
    assert "Plain words" in detail


def test_settings_keep_mail_in_the_outbox_without_an_email_url():
    from columnist import settings as project

    if not project.EMAIL_URL:
        assert project.MAILERS["default"]["BACKEND"] == "columnist.core.mail.OutboxBackend"


@pytest.mark.parametrize("mails", [2, 30])
def test_outbox_list_query_count_is_pinned(
    admin_client, settings, django_assert_num_queries, mails
):
    for _ in range(mails):
        send(settings)
    admin_client.get("/desk/outbox/")  # the session and the user, once
    # session, user, count, page (the navigation topics: one more)
    with django_assert_num_queries(5):
        response = admin_client.get("/desk/outbox/")
    assert response.status_code == 200
