import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from columnist.articles import services
from columnist.articles.models import Article


@pytest.fixture
def signed_in(client, db, author):
    user, _ = services.author_account_ensure(
        email="ruth@example.com", password="correct horse battery 9"
    )
    author.user = user
    author.save()
    client.force_login(user)
    return client


def test_author_signs_in_with_the_account_make_run_creates(client, db):
    services.author_account_ensure(email="ruth@example.com", password="correct horse battery 9")
    response = client.post(
        reverse("admin:login"),
        {"username": "ruth@example.com", "password": "correct horse battery 9", "next": "/admin/"},
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_author_publishes_an_article_that_appears_everywhere(signed_in, author, breakups):
    response = signed_in.post(
        reverse("admin:articles_article_add"),
        {
            "title": "Holding on to the flat",
            "slug": "holding-on-to-the-flat",
            "author": author.pk,
            "summary": "Who keeps the flat after a breakup?",
            "body": "## Who stays\n\nThe one whose name is on the lease, mostly.",
            "status": "published",
            "publish_at_0": "",
            "publish_at_1": "",
            "topics": [breakups.pk],
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    article = Article.objects.get(slug="holding-on-to-the-flat")
    assert article.is_live and "<h2>Who stays</h2>" in article.body_html
    client = signed_in
    assert "Holding on to the flat" in client.get("/").content.decode()
    assert "Holding on to the flat" in client.get("/topics/breakups/").content.decode()
    rss = ET.fromstring(client.get("/feed/").content)
    assert "Holding on to the flat" in [i.findtext("title") for i in rss.iter("item")]
    assert "Holding on to the flat" in client.get("/feed/atom/").content.decode()
    results = client.get("/search/", {"q": "lease"}).content.decode()
    assert "Holding on to the flat" in results


def test_admin_form_errors_keep_what_was_typed(signed_in, author):
    response = signed_in.post(
        reverse("admin:articles_article_add"),
        {
            "title": "",
            "slug": "",
            "author": author.pk,
            "body": "Everything I wrote",
            "status": "draft",
        },
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "This field is required" in body
    assert "Everything I wrote" in body
    assert not Article.objects.exists()


def test_change_form_shows_the_rendered_preview(signed_in, make_article):
    article = make_article(
        body="Some **bold** advice", status=Article.Status.DRAFT, publish_at=None
    )
    body = signed_in.get(
        reverse("admin:articles_article_change", args=[article.pk])
    ).content.decode()
    assert "<strong>bold</strong>" in body
    assert reverse("articles:preview", args=[article.pk]) in body


def test_bulk_publish_and_draft_actions_use_the_services(signed_in, make_article):
    article = make_article(status=Article.Status.DRAFT, publish_at=None)
    url = reverse("admin:articles_article_changelist")
    signed_in.post(url, {"action": "publish_now", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.is_live
    signed_in.post(url, {"action": "back_to_draft", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


def test_admin_changelist_works_with_strict_csp(signed_in, make_article):
    make_article()
    response = signed_in.get(reverse("admin:articles_article_changelist"))
    assert response.status_code == 200
    assert "script-src 'self'" in response["Content-Security-Policy"]
