"""Mail about comments, run by the task worker. Each task takes ids, reads the current state,
and sends each mail at most once however often it runs."""

from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from columnist.core.urls import absolute
from columnist.discussion.models import Comment, Notice, Policy
from columnist.discussion.tokens import stop_token


def _send_once(key: str, message: EmailMultiAlternatives) -> bool:
    """Send unless a mail with this key was sent; a failed send leaves no record, so the task
    can run again."""
    try:
        with transaction.atomic():
            Notice.objects.create(key=key[:200])
            message.send()
    except IntegrityError:
        return False
    return True


def _message(*, to: list[str], subject: str, template: str, context: dict, headers=None):
    text = render_to_string(f"discussion/email/{template}.txt", context)
    html = render_to_string(f"discussion/email/{template}.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
        headers=headers or {},
    )
    message.attach_alternative(html, "text/html")
    return message


@task()
def notify_reply(comment_id: int) -> None:
    """Tell the person replied to, if they asked, about a visible reply."""
    reply = (
        Comment.objects.select_related("article", "parent")
        .filter(pk=comment_id, status=Comment.Status.APPROVED)
        .first()
    )
    if reply is None or reply.parent is None:
        return
    parent = reply.parent
    if (
        not parent.notify
        or parent.status != Comment.Status.APPROVED
        or parent.author_email == reply.author_email
    ):
        return
    stop_url = absolute(
        reverse(
            "discussion:stop",
            kwargs={"token": stop_token(email=parent.author_email, root_id=parent.root_id)},
        )
    )
    context = {
        "reply": reply,
        "parent": parent,
        "article": reply.article,
        "reply_url": absolute(reply.get_absolute_url()),
        "stop_url": stop_url,
        "site_name": settings.COLUMNIST_SITE_NAME,
    }
    who = "The author" if reply.is_author else reply.author_name
    message = _message(
        to=[parent.author_email],
        subject=f"{who} replied to you on “{reply.article.title}”",
        template="reply",
        context=context,
        headers={
            # RFC 8058: one click (a POST with no cookies) stops these mails.
            "List-Unsubscribe": f"<{stop_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    _send_once(f"reply:{reply.pk}:{parent.author_email}", message)


def author_recipients() -> list[str]:
    policy = Policy.current()
    if policy.author_email:
        return [policy.author_email]
    staff = get_user_model().objects.filter(is_staff=True, is_active=True).exclude(email="")
    return sorted(set(staff.values_list("email", flat=True)))


@task()
def notify_author(comment_id: int) -> None:
    """Tell the author about a new comment from a reader, at once: every one when the policy
    says so, and always one that shows signs of crisis."""
    comment = Comment.objects.select_related("article").filter(pk=comment_id).first()
    if comment is None or comment.is_author or comment.status == Comment.Status.SPAM:
        return
    recipients = author_recipients()
    if not recipients:
        return
    kind = "care" if comment.needs_care else ("question" if comment.depth == 0 else "reply")
    subjects = {
        "care": f"Needs care: {comment.author_name} on “{comment.article.title}”",
        "question": f"New question from {comment.author_name} on “{comment.article.title}”",
        "reply": f"New reply from {comment.author_name} on “{comment.article.title}”",
    }
    context = {
        "comment": comment,
        "kind": kind,
        "comment_url": absolute(comment.get_absolute_url()),
        "moderate_url": absolute(reverse("admin:discussion_comment_change", args=[comment.pk])),
        "site_name": settings.COLUMNIST_SITE_NAME,
    }
    message = _message(
        to=recipients, subject=subjects[kind], template="author_alert", context=context
    )
    _send_once(f"author:{kind}:{comment.pk}", message)


@task()
def send_digest(day: str) -> None:
    """The author's daily mail: the readers' comments of `day` (site time, ISO date)."""
    start = timezone.make_aware(datetime.fromisoformat(day))
    comments = list(
        Comment.objects.select_related("article")
        .filter(created_at__gte=start, created_at__lt=start + timedelta(days=1), is_author=False)
        .exclude(status=Comment.Status.SPAM)
        .order_by("article__title", "path")
    )
    recipients = author_recipients()
    if not comments or not recipients:
        return
    context = {
        "comments": comments,
        "day": start.date(),
        "queue_url": absolute(reverse("admin:discussion_comment_changelist")),
        "site_name": settings.COLUMNIST_SITE_NAME,
    }
    message = _message(
        to=recipients,
        subject=f"{len(comments)} new comment{'s' if len(comments) != 1 else ''} on "
        f"{settings.COLUMNIST_SITE_NAME}, {start.date():%-d %B}",
        template="digest",
        context=context,
    )
    _send_once(f"digest:{day}", message)


@task()
def digest_tick() -> None:
    """Run by the scheduler every few minutes: once the digest hour has come, send the
    previous day's digest (once)."""
    policy = Policy.current()
    if policy.author_alerts != Policy.AuthorAlerts.DIGEST:
        return
    now = timezone.localtime()
    if now.hour < policy.digest_hour:
        return
    yesterday = (now - timedelta(days=1)).date().isoformat()
    if not Notice.objects.filter(key=f"digest:{yesterday}").exists():
        send_digest.enqueue(yesterday)
