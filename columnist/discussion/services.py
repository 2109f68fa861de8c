"""Every write to the discussion: posting, editing, moderating, stopping emails. Keyword-only,
validated before anything is saved, atomic; mail is enqueued in the same transaction."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from columnist.articles.models import Article
from columnist.core import ratelimit
from columnist.core.markdown import render_reader_markdown
from columnist.discussion import care, conf, spam
from columnist.discussion.models import Comment, Commenter, ContextField, Policy, Thread
from columnist.discussion.rules import Rulebook, rulebook
from columnist.discussion.signals import comment_published

PATH_STEP = 12  # digits of one comment id in the ordering key


class RateLimited(ValidationError):
    """Too many comments from one address in a short time."""


@dataclass
class Verdict:
    status: str
    reason: str = ""
    spam_score: float = 0.5
    care_signals: list = field(default_factory=list)


# --- checks -------------------------------------------------------------------------------


def comments_open(article: Article, *, policy: Policy, thread: Thread | None, now=None) -> bool:
    mode = thread.mode if thread else Thread.Mode.DEFAULT
    if mode == Thread.Mode.CLOSED or not article.is_live:
        return False
    if mode == Thread.Mode.OPEN or policy.close_after_days is None:
        return True
    return (now or timezone.now()) < article.publish_at + timedelta(days=policy.close_after_days)


def _clean_fields(*, author_name, author_email, author_url, body) -> dict:
    errors: dict[str, list[str]] = {}
    name = " ".join((author_name or "").split())
    if not name:
        errors["author_name"] = ["Please give a name; any name you like will do."]
    elif len(name) > conf.DISCUSSION_MAX_NAME_LENGTH:
        errors["author_name"] = [
            f"Please keep the name under {conf.DISCUSSION_MAX_NAME_LENGTH} characters."
        ]
    email = (author_email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        errors["author_email"] = [
            "Please give an email address that works, like name@example.com. "
            "It is never shown to anyone."
        ]
    url = (author_url or "").strip()
    if url:
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError:
            errors["author_url"] = ["A website starts with https:// or http://."]
    text = (body or "").replace("\r\n", "\n").strip()
    if not text:
        errors["body"] = ["Please write your question or reply."]
    elif len(text) > conf.DISCUSSION_MAX_LENGTH:
        errors["body"] = [
            f"Please keep it under {conf.DISCUSSION_MAX_LENGTH:,} characters "
            f"(this is {len(text):,}). You can split it into two comments."
        ]
    if errors:
        raise ValidationError(errors)
    return {"author_name": name, "author_email": email, "author_url": url, "body": text}


def _clean_context(context: dict | None, fields: Iterable[ContextField]) -> dict:
    """Answers to the site's context questions, keyed by field key, as the reader gave them."""
    context = context or {}
    answers, errors = {}, {}
    for f in fields:
        value = " ".join(str(context.get(f.key) or "").split())[:200]
        if not value:
            if f.required:
                errors[f"context_{f.key}"] = [f"Please answer “{f.label}”."]
            continue
        if f.kind == ContextField.Kind.CHOICE and value not in f.options:
            errors[f"context_{f.key}"] = [f"Please pick one of the answers for “{f.label}”."]
            continue
        answers[f.key] = {"label": f.label, "value": value}
    if errors:
        raise ValidationError(errors)
    return answers


def _check_limits(*, email: str, ip_address: str | None) -> None:
    per_ip, per_email = conf.DISCUSSION_RATE_PER_IP, conf.DISCUSSION_RATE_PER_EMAIL
    ok = ratelimit.allow(f"comment:email:{email}", limit=per_email[0], window=per_email[1])
    if ip_address:
        ok = ratelimit.allow(f"comment:ip:{ip_address}", limit=per_ip[0], window=per_ip[1]) and ok
    if not ok:
        raise RateLimited(
            "You have posted several comments in a few minutes. Please wait a little and "
            "send this one again; your text is still here.",
            code="rate_limited",
        )


def _what_we_know(*, article: Article, email: str, body: str, now: datetime) -> tuple[bool, bool]:
    """Whether the address is trusted, and whether it sent this very text here lately. A new
    address costs one query: a duplicate needs an earlier comment, so a known address."""
    known = Commenter.objects.filter(email=email).values_list("trusted", flat=True).first()
    if known is None:
        return False, False
    duplicate = Comment.objects.filter(
        article=article,
        author_email=email,
        body=body,
        created_at__gte=now - conf.DISCUSSION_DUPLICATE_WINDOW,
    ).exists()
    return bool(known), duplicate


def _check_duplicate(duplicate: bool) -> None:
    if duplicate:
        raise ValidationError(
            {"body": ["You already posted this exact message here. It is on its way."]},
            code="duplicate",
        )


def moderate(
    *, name, email, body, url, ip_address, is_author: bool, trusted: bool, rules: Rulebook
) -> Verdict:
    """Where a new comment goes: approved, held for the author, or spam; and whether it
    shows signs of crisis."""
    policy = rules.policy
    signals = care.classify(body, extra_phrases=rules.care_phrases)
    if is_author:
        return Verdict(Comment.Status.APPROVED, care_signals=signals)
    blocked = spam.blocked_by(
        name=name, email=email, body=body, ip_address=ip_address, rules=rules.block_rules
    )
    if blocked:
        return Verdict(Comment.Status.SPAM, blocked, 1.0, signals)
    score = spam.spam_probability(
        spam.tokens(name=name, body=body, url=url), learned=rules.spam_learned
    )
    if score >= 0.99:
        return Verdict(Comment.Status.SPAM, "the spam filter is sure", score, signals)
    links = spam.count_links(body)
    if links > policy.max_links:
        return Verdict(Comment.Status.PENDING, f"{links} links", score, signals)
    if score >= 0.9:
        return Verdict(Comment.Status.PENDING, "the spam filter is unsure", score, signals)
    if policy.hold_first_comment and not trusted:
        return Verdict(Comment.Status.PENDING, "first comment from this address", score, signals)
    return Verdict(Comment.Status.APPROVED, "", score, signals)


# --- posting ------------------------------------------------------------------------------


@transaction.atomic
def comment_post(
    *,
    article: Article,
    author_name: str,
    author_email: str,
    body: str,
    form_token: str | None,
    parent: Comment | None = None,
    author_url: str = "",
    context: dict | None = None,
    notify: bool = False,
    honeypot: str = "",
    user=None,
    ip_address: str | None = None,
    user_agent: str = "",
) -> Comment:
    """A reader's (or the author's) new comment, checked, moderated and stored. Raises
    ValidationError with a message for each field at fault, RateLimited when too fast."""
    now = timezone.now()
    is_author = bool(user and user.is_authenticated and user.is_staff)
    if not is_author:
        spam.check_honeypot(honeypot)
        spam.check_form_token(form_token)
    rules = rulebook()
    thread = _thread_of(article)
    if not comments_open(article, policy=rules.policy, thread=thread, now=now):
        raise ValidationError("Comments on this article are closed.", code="closed")
    if parent is not None and (parent.article_id != article.pk or not parent.is_visible):
        raise ValidationError(
            {"parent": ["That comment can no longer be replied to."]}, code="parent"
        )
    fields = _clean_fields(
        author_name=author_name, author_email=author_email, author_url=author_url, body=body
    )
    answers = _clean_context(context, rules.context_fields) if parent is None else {}
    trusted, duplicate = _what_we_know(
        article=article, email=fields["author_email"], body=fields["body"], now=now
    )
    if not is_author:
        _check_duplicate(duplicate)
        _check_limits(email=fields["author_email"], ip_address=ip_address)

    verdict = moderate(
        name=fields["author_name"],
        email=fields["author_email"],
        body=fields["body"],
        url=fields["author_url"],
        ip_address=ip_address,
        is_author=is_author,
        trusted=trusted,
        rules=rules,
    )
    comment = Comment.objects.create(
        article=article,
        parent=parent,
        depth=parent.depth + 1 if parent else 0,
        **fields,
        body_html=render_reader_markdown(fields["body"]),
        context=answers,
        user=user if is_author else None,
        is_author=is_author,
        status=verdict.status,
        held_because=verdict.reason,
        spam_score=verdict.spam_score,
        notify=notify,
        needs_care=bool(verdict.care_signals),
        care_signals=", ".join(sorted({s.phrase for s in verdict.care_signals}))[:300],
        ip_address=ip_address,
        user_agent=(user_agent or "")[:300],
        created_at=now,
    )
    comment.root_id = parent.root_id if parent else comment.pk
    comment.path = _path_for(comment, parent)
    comment.save(update_fields=["root", "path"])
    Commenter.objects.bulk_create(
        [Commenter(email=fields["author_email"], last_name=fields["author_name"])],
        update_conflicts=True,
        unique_fields=["email"],
        update_fields=["last_name"],
    )
    if thread is None:
        thread, _ = Thread.objects.get_or_create(article=article)
    if comment.status == Comment.Status.APPROVED:
        _published([comment], thread_ids=[thread.pk])
    elif comment.needs_care and comment.status == Comment.Status.PENDING:
        _enqueue_author_alert(comment)
    return comment


def _thread_of(article: Article) -> Thread | None:
    """The article's thread: as fetched with it (article_for_comments selects it in the same
    query), or read now."""
    relation = Article.thread.related
    if relation.is_cached(article):
        return relation.get_cached_value(article)
    return Thread.objects.filter(article=article).first()


def _path_for(comment: Comment, parent: Comment | None) -> str:
    own = f"{comment.pk:0{PATH_STEP}d}"
    if parent is None:
        return own
    keep = (conf.DISCUSSION_PATH_DEPTH - 1) * PATH_STEP
    # Beyond the kept depth, replies sort by time under their deepest kept ancestor.
    return parent.path[:keep] + own


def _published(comments: list[Comment], *, thread_ids: Iterable[int]) -> None:
    """Comments readers can now see: change the threads' versions and counts, and tell the
    people who asked to hear of replies, and the author."""
    thread_ids = list(thread_ids)
    Thread.objects.filter(pk__in=thread_ids).update(version=F("version") + 1)
    _recount(thread_ids)
    for comment in comments:
        if comment.parent_id:
            _enqueue("notify_reply", comment.pk)
        if not comment.is_author:
            _enqueue_author_alert(comment)

        def announce(comment=comment):
            comment_published.send(sender=Comment, comment=comment)

        transaction.on_commit(announce)


def _enqueue(task_name: str, *args) -> None:
    from columnist.discussion import tasks

    getattr(tasks, task_name).enqueue(*args)


def _enqueue_author_alert(comment: Comment) -> None:
    policy = rulebook().policy
    if comment.needs_care or policy.author_alerts == Policy.AuthorAlerts.INSTANT:
        _enqueue("notify_author", comment.pk)


def _recount(thread_ids: Iterable[int]) -> None:
    for thread in Thread.objects.filter(pk__in=list(thread_ids)):
        count = Comment.objects.filter(article_id=thread.article_id).approved().count()
        Thread.objects.filter(pk=thread.pk).update(approved_count=count)


def _bump(article_ids: Iterable[int]) -> None:
    threads = Thread.objects.filter(article_id__in=set(article_ids))
    threads.update(version=F("version") + 1)
    _recount(list(threads.values_list("pk", flat=True)))


# --- moderation ---------------------------------------------------------------------------


@transaction.atomic
def comments_approve(*, comments: Iterable[Comment]) -> int:
    """Approve held (or wrongly removed) comments; their addresses become trusted, the
    filter learns they are not spam, and the usual mail goes out."""
    now = timezone.now()
    changed = [c for c in comments if c.status != Comment.Status.APPROVED]
    for comment in changed:
        if comment.status == Comment.Status.SPAM:
            spam.learn(words=_words(comment), is_spam=True, unlearn=True)
        spam.learn(words=_words(comment), is_spam=False)
        comment.status = Comment.Status.APPROVED
        comment.moderated_at = now
        comment.deleted_by_poster = False
        comment.save(update_fields=["status", "moderated_at", "deleted_by_poster"])
    emails = {c.author_email for c in changed}
    for email in emails:
        Commenter.objects.update_or_create(email=email, defaults={"trusted": True})
    if changed:
        thread_ids = Thread.objects.filter(
            article_id__in={c.article_id for c in changed}
        ).values_list("pk", flat=True)
        _published(changed, thread_ids=list(thread_ids))
    return len(changed)


@transaction.atomic
def comments_mark_spam(*, comments: Iterable[Comment]) -> int:
    now = timezone.now()
    changed = [c for c in comments if c.status != Comment.Status.SPAM]
    for comment in changed:
        if comment.status == Comment.Status.APPROVED:
            spam.learn(words=_words(comment), is_spam=False, unlearn=True)
        spam.learn(words=_words(comment), is_spam=True)
        comment.status = Comment.Status.SPAM
        comment.moderated_at = now
        comment.save(update_fields=["status", "moderated_at"])
    Commenter.objects.filter(email__in={c.author_email for c in changed}).update(trusted=False)
    _bump(c.article_id for c in changed)
    return len(changed)


@transaction.atomic
def comments_remove(*, comments: Iterable[Comment]) -> int:
    now = timezone.now()
    changed = [c for c in comments if c.status != Comment.Status.REMOVED]
    for comment in changed:
        comment.status = Comment.Status.REMOVED
        comment.moderated_at = now
        comment.save(update_fields=["status", "moderated_at"])
    _bump(c.article_id for c in changed)
    return len(changed)


def _words(comment: Comment) -> set[str]:
    return spam.tokens(name=comment.author_name, body=comment.body, url=comment.author_url)


# --- the poster's own changes -------------------------------------------------------------


def can_still_change(comment: Comment, *, now=None) -> bool:
    now = now or timezone.now()
    return (
        comment.status in (Comment.Status.APPROVED, Comment.Status.PENDING)
        and not comment.deleted_by_poster
        and now - comment.created_at <= conf.DISCUSSION_EDIT_WINDOW
    )


def _check_can_change(comment: Comment) -> None:
    if not can_still_change(comment):
        minutes = int(conf.DISCUSSION_EDIT_WINDOW.total_seconds() // 60)
        raise ValidationError(
            f"A comment can be changed for {minutes} minutes after it is posted; "
            "that time has passed.",
            code="too_late",
        )


@transaction.atomic
def comment_edit(*, comment: Comment, body: str) -> Comment:
    """The poster rewrites their comment within the edit window."""
    _check_can_change(comment)
    fields = _clean_fields(
        author_name=comment.author_name,
        author_email=comment.author_email,
        author_url=comment.author_url,
        body=body,
    )
    verdict = moderate(
        name=comment.author_name,
        email=comment.author_email,
        body=fields["body"],
        url=comment.author_url,
        ip_address=comment.ip_address,
        is_author=comment.is_author,
        trusted=True,  # holding a first comment is for new comments, not edits
        rules=rulebook(),
    )
    comment.body = fields["body"]
    comment.body_html = render_reader_markdown(comment.body)
    comment.edited_at = timezone.now()
    comment.needs_care = comment.needs_care or bool(verdict.care_signals)
    # An edit that would have been held (new links, blocked words) is held now.
    if (
        comment.status == Comment.Status.APPROVED
        and verdict.status != Comment.Status.APPROVED
        and verdict.reason != "first comment from this address"
    ):
        comment.status, comment.held_because = verdict.status, f"edited: {verdict.reason}"
    comment.save(
        update_fields=["body", "body_html", "edited_at", "needs_care", "status", "held_because"]
    )
    _bump([comment.article_id])
    return comment


@transaction.atomic
def comment_delete_by_poster(*, comment: Comment) -> Comment:
    """The poster takes back their comment; replies to it keep their place under a
    placeholder."""
    _check_can_change(comment)
    comment.status = Comment.Status.REMOVED
    comment.deleted_by_poster = True
    comment.save(update_fields=["status", "deleted_by_poster"])
    _bump([comment.article_id])
    return comment


@transaction.atomic
def thread_stop_emails(*, email: str, root_id: int) -> int:
    """No more reply emails to `email` for the thread under the top-level comment `root_id`."""
    return Comment.objects.filter(root_id=root_id, author_email=email.lower(), notify=True).update(
        notify=False
    )


@transaction.atomic
def thread_set_mode(*, article: Article, mode: str) -> Thread:
    thread, _ = Thread.objects.get_or_create(article=article)
    if mode not in Thread.Mode.values:
        raise ValidationError({"mode": ["Choose open, closed or as the policy says."]})
    thread.mode = mode
    thread.version = F("version") + 1
    thread.save(update_fields=["mode", "version"])
    thread.refresh_from_db()
    Article.thread.related.set_cached_value(article, thread)  # the caller's copy stays true
    return thread
