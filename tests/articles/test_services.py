from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import identify_hasher
from django.core.exceptions import ValidationError
from django.utils import timezone

from columnist.articles import services
from columnist.articles.models import Article, Author


def test_create_renders_and_caches_the_body(make_article):
    article = make_article(title="After the breakup", body="## First\n\nBreathe. " + "word " * 500)
    article.refresh_from_db()
    assert "<h2>First</h2>" in article.body_html
    assert article.body_text.startswith("First\n\nBreathe.")
    assert article.reading_minutes == 3
    assert article.slug == "after-the-breakup"
    assert article.summary.startswith("First")


def test_update_rerenders_the_cached_body(make_article):
    article = make_article(body="old words")
    article.body = "*new* words"
    services.article_save(article=article)
    article.refresh_from_db()
    assert article.body_html == "<p><em>new</em> words</p>\n"


def test_slugs_are_unique(make_article):
    first = make_article(title="Same title")
    second = make_article(title="Same title")
    third = make_article(title="Same title")
    assert (first.slug, second.slug, third.slug) == ("same-title", "same-title-2", "same-title-3")


def test_future_publish_time_schedules_and_appears_by_itself(make_article):
    later = timezone.now() + timedelta(hours=2)
    article = make_article(publish_at=later)
    assert article.status == Article.Status.SCHEDULED
    assert not Article.objects.published().filter(pk=article.pk).exists()
    assert article.display_status == "Scheduled"
    at_time = Article.objects.published(at=later + timedelta(seconds=1))
    assert at_time.filter(pk=article.pk).exists()


def test_published_without_time_gets_now(make_article):
    article = make_article(publish_at=None)
    assert article.status == Article.Status.PUBLISHED
    assert article.publish_at <= timezone.now()


def test_drafts_are_not_live(make_article):
    article = make_article(status=Article.Status.DRAFT, publish_at=None)
    assert not Article.objects.published().filter(pk=article.pk).exists()
    services.article_publish(article=article)
    assert Article.objects.published().filter(pk=article.pk).exists()
    services.article_unpublish(article=article)
    assert not Article.objects.published().filter(pk=article.pk).exists()


def test_publish_later_schedules(make_article):
    article = make_article(status=Article.Status.DRAFT, publish_at=None)
    services.article_publish(article=article, at=timezone.now() + timedelta(days=1))
    assert article.status == Article.Status.SCHEDULED


@pytest.mark.parametrize("field,value", [("title", "   "), ("body", "")])
def test_blank_title_or_body_is_refused_and_nothing_saved(author, field, value):
    data = {"title": "A title", "body": "A body", field: value}
    with pytest.raises(ValidationError) as error:
        services.article_create(author=author, **data)
    assert field in error.value.message_dict
    assert not Article.objects.exists()


def test_related_never_includes_itself(make_article):
    other = make_article()
    article = make_article(related=[other])
    services.article_save(article=article, related=[article, other])
    assert list(article.related.all()) == [other]


def test_author_account_is_made_once_with_a_generated_password(db):
    user, password = services.author_account_ensure(email="me@example.com")
    assert user.is_staff and user.is_superuser and len(password) >= 12
    assert user.check_password(password)
    assert identify_hasher(user.password).algorithm == "argon2"
    assert Author.objects.get(user=user).name
    again, second = services.author_account_ensure(email="me@example.com")
    assert (again, second) == (None, "")
    assert get_user_model().objects.count() == 1


def test_author_account_takes_the_password_given_and_claims_the_demo_profile(db):
    persona = services.author_save(author=Author(name="Ruth Calloway"))
    user, generated = services.author_account_ensure(
        email="ruth@example.com", password="a long pass phrase 42"
    )
    assert generated == ""
    assert user.check_password("a long pass phrase 42")
    persona.refresh_from_db()
    assert persona.user == user


def test_weak_author_password_is_refused(db):
    with pytest.raises(ValidationError):
        services.author_account_ensure(email="me@example.com", password="123")
    assert not get_user_model().objects.exists()


def test_revised_only_when_edited_on_a_later_day(make_article):
    article = make_article(publish_at=timezone.now() - timedelta(days=30))
    assert not article.was_revised  # loaded or written today, but never edited since
    Article.objects.filter(pk=article.pk).update(created_at=timezone.now() - timedelta(days=30))
    article.refresh_from_db()
    article.body = "A correction."
    services.article_save(article=article)
    assert article.was_revised
