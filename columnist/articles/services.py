"""Every write to articles, authors and topics. Keyword-only, validated, atomic."""

import secrets
from collections.abc import Iterable
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from columnist.articles.models import Article, Author, Topic
from columnist.core.markdown import html_to_text, reading_minutes, render_author_markdown


def unique_slug(model, text: str, *, exclude_pk=None, max_length: int = 200) -> str:
    base = (slugify(text) or model._meta.model_name)[: max_length - 8].strip("-")
    taken = set(
        model.objects.filter(slug__startswith=base)
        .exclude(pk=exclude_pk)
        .values_list("slug", flat=True)
    )
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def _normalise_status(article: Article, now: datetime) -> None:
    """A live article has a publish time; one whose time is ahead is scheduled."""
    if article.status == Article.Status.DRAFT:
        return
    if article.publish_at is None:
        article.publish_at = now
    article.status = (
        Article.Status.SCHEDULED if article.publish_at > now else Article.Status.PUBLISHED
    )


@transaction.atomic
def article_save(
    *,
    article: Article,
    topics: Iterable[Topic] | None = None,
    related: Iterable[Article] | None = None,
) -> Article:
    """Create or update an article: render and cache its body, settle its status, validate,
    save; then set its topics and related articles when they are given."""
    article.title = article.title.strip()
    if not article.slug:
        article.slug = unique_slug(Article, article.title, exclude_pk=article.pk)
    _normalise_status(article, timezone.now())
    article.body_html = render_author_markdown(article.body)
    article.body_text = html_to_text(article.body_html)
    article.reading_minutes = reading_minutes(article.body_text)
    if not article.summary.strip():
        article.summary = _summary_from(article.body_text)
    article.full_clean(exclude=["topics", "related"])
    article.save()
    if topics is not None:
        article.topics.set(topics)
    if related is not None:
        article.related.set([a for a in related if a.pk != article.pk])
    return article


def _summary_from(text: str, limit: int = 280) -> str:
    first = text.strip().split("\n\n", 1)[0]
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def article_create(
    *,
    title: str,
    body: str,
    author: Author,
    slug: str = "",
    summary: str = "",
    topics: Iterable[Topic] = (),
    related: Iterable[Article] = (),
    status: str = Article.Status.DRAFT,
    publish_at: datetime | None = None,
) -> Article:
    article = Article(
        title=title,
        body=body,
        author=author,
        slug=slug,
        summary=summary,
        status=status,
        publish_at=publish_at,
    )
    return article_save(article=article, topics=topics, related=related)


@transaction.atomic
def article_publish(*, article: Article, at: datetime | None = None) -> Article:
    """Publish now, or schedule for `at` when it lies ahead."""
    article.status = Article.Status.PUBLISHED
    article.publish_at = at or timezone.now()
    _normalise_status(article, timezone.now())
    article.save(update_fields=["status", "publish_at", "updated_at"])
    return article


@transaction.atomic
def article_unpublish(*, article: Article) -> Article:
    article.status = Article.Status.DRAFT
    article.save(update_fields=["status", "updated_at"])
    return article


@transaction.atomic
def author_save(*, author: Author) -> Author:
    author.name = author.name.strip()
    if not author.slug:
        author.slug = unique_slug(Author, author.name, exclude_pk=author.pk, max_length=120)
    author.bio_html = render_author_markdown(author.bio)
    author.full_clean()
    author.save()
    return author


@transaction.atomic
def topic_save(*, topic: Topic) -> Topic:
    topic.name = topic.name.strip()
    if not topic.slug:
        topic.slug = unique_slug(Topic, topic.name, exclude_pk=topic.pk, max_length=80)
    topic.full_clean()
    topic.save()
    return topic


@transaction.atomic
def author_account_ensure(*, email: str, password: str = "", name: str = "The Columnist"):
    """On first start, make the author's sign-in and public profile. Returns (user, the
    generated password or "") when it made them, (None, "") when a staff account exists."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.password_validation import validate_password

    User = get_user_model()
    if User.objects.filter(is_staff=True).exists():
        return None, ""
    generated = ""
    if not password:
        generated = password = secrets.token_urlsafe(12)
    user = User(username=email, email=email, is_staff=True, is_superuser=True)
    validate_password(password, user)
    user.set_password(password)
    user.full_clean()
    user.save()
    profile = Author.objects.filter(user__isnull=True).order_by("pk").first()
    if profile is None:
        author_save(author=Author(name=name, user=user))
    else:
        profile.user = user
        profile.save(update_fields=["user", "updated_at"])
    return user, generated
