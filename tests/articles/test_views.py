from datetime import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from columnist.articles.models import Article
from columnist.discussion.rules import rulebook
from tests.articles.factories import TopicFactory


@pytest.fixture
def column(make_article, breakups, trust):
    """A small live column, plus a draft and a scheduled article that must stay hidden."""
    articles = [
        make_article(title=f"Breakup advice {n}", topics=[breakups, trust]) for n in range(3)
    ]
    make_article(title="Secret draft", status=Article.Status.DRAFT, publish_at=None)
    make_article(title="Not yet", publish_at=timezone.now() + timezone.timedelta(days=3))
    return articles


def test_home_lists_latest_articles(client, column):
    response = client.get("/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Breakup advice 0" in body and "Breakup advice 2" in body
    assert "Secret draft" not in body and "Not yet" not in body
    assert body.index("Breakup advice 0") < body.index("Breakup advice 2")


def test_article_page_shows_body_meta_and_related(client, column):
    article = column[0]
    response = client.get(f"/articles/{article.slug}/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "<h2>What to do</h2>" in body
    assert f'<link rel="canonical" href="http://testserver/articles/{article.slug}/">' in body
    assert '<meta property="og:type" content="article">' in body
    assert '<meta name="twitter:card" content="summary">' in body
    assert "Related articles" in body and column[1].title in body
    assert "1 min read" in body


def test_unpublished_articles_are_not_found(client, column):
    draft = Article.objects.get(title="Secret draft")
    later = Article.objects.get(title="Not yet")
    assert client.get(f"/articles/{draft.slug}/").status_code == 404
    assert client.get(f"/articles/{later.slug}/").status_code == 404


def test_topic_author_and_archive_pages(client, column, breakups, author):
    assert "Breakup advice 1" in client.get("/topics/breakups/").content.decode()
    profile = client.get(f"/authors/{author.slug}/").content.decode()
    assert "Ruth Example" in profile and "<em>people</em>" in profile
    archive = client.get("/archive/").content.decode()
    month = column[0].publish_at
    link = reverse("articles:archive_month", args=[month.year, month.month])
    assert link in archive
    assert column[0].title in client.get(link).content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/articles/no-such-article/",
        "/topics/no-such-topic/",
        "/authors/nobody/",
        "/archive/2026/13/",
        "/archive/0/1/",
        "/topics/no-such-topic/feed/",
        "/articles/%E2%80%AE-evil/",
    ],
)
def test_unknown_addresses_get_a_friendly_404(client, db, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "We couldn’t find that page" in response.content.decode()


@pytest.mark.parametrize("page", ["999999999999999999999999", "-1", "abc", "1e9", "2'--"])
def test_absurd_page_numbers_get_a_clean_page(client, column, page):
    for url in ("/", "/topics/breakups/", "/search/?q=breakup"):
        response = client.get(url, {"page": page})
        assert response.status_code == 200, url


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "the and of",
        '"unbalanced',
        "NEAR(a b) OR * AND -",
        "'; DROP TABLE articles_article; --",
        "<script>alert(1)</script>",
        "x" * 5000,
        "breakup " * 300,
        "\u202e\u0000\ufeff",
        "title:breakup",
        "%",
    ],
)
def test_hostile_or_empty_searches_get_a_helpful_page(client, column, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert(1)</script>" not in body
    assert Article.objects.count() == 5


def test_empty_search_explains_and_suggests_topics(client, column):
    body = client.get("/search/").content.decode()
    assert "Type a word or two" in body
    assert 'href="/topics/breakups/"' in body


def test_search_highlights_the_words_found(client, column):
    body = client.get("/search/", {"q": "breakup advice"}).content.decode()
    assert "3 articles for “breakup advice”" in body
    assert "<mark>Breakup</mark> <mark>advice</mark>" in body


def test_search_with_no_match_says_so(client, column):
    body = client.get("/search/", {"q": "xylophone"}).content.decode()
    assert "Nothing in the column matches “xylophone”" in body


def test_staff_preview_shows_drafts_and_strangers_are_sent_to_sign_in(client, admin_client, column):
    draft = Article.objects.get(title="Secret draft")
    url = reverse("articles:preview", args=[draft.pk])
    assert client.get(url).status_code == 302
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "Readers cannot see this page" in response.content.decode()


def test_writes_are_not_accepted_on_reader_pages(client, column):
    assert client.post("/").status_code == 405
    assert client.post("/search/", {"q": "x"}).status_code == 405


# --- pinned query counts: the same whatever the number of articles ----------------------

PAGES = {
    # nav topics, count, page, topics of the page
    "home": ("/", 4),
    "topic": ("/topics/breakups/", 5),
    "author": ("/authors/ruth-example/", 5),
    "archive": ("/archive/", 2),
    "archive_month": (None, 4),
    # nav topics, count, page of hits, articles, their topics
    "search": ("/search/?q=breakup", 5),
    # nav topics, article, its topics, chosen related, shared topics, text matches, fetch;
    # then the discussion under it: thread state, top-level count (its rules are cached)
    "article": (None, 9),
}


def _seed(make_article, topics, n):
    month = datetime(2026, 5, 1, tzinfo=timezone.get_current_timezone())
    for i in range(n):
        make_article(
            title=f"Breakup note {i}",
            topics=topics,
            publish_at=month + timezone.timedelta(hours=i),
        )


@pytest.mark.parametrize("page", sorted(PAGES))
@pytest.mark.parametrize("articles", [3, 40])
def test_query_counts_are_pinned(
    client, make_article, breakups, django_assert_num_queries, page, articles
):
    _seed(make_article, [breakups, TopicFactory()], articles)
    url, expected = PAGES[page]
    if page == "archive_month":
        url = "/archive/2026/5/"
    if page == "article":
        url = "/articles/breakup-note-1/"
        rulebook()  # the discussion's rules, read once a few seconds by any page
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert response.status_code == 200


def test_canonical_link_keeps_the_page_number_only(client, make_article):
    for n in range(12):  # ten a page
        make_article(title=f"Note {n}")
    body = client.get("/", {"page": "2", "utm_source": "x"}).content.decode()
    assert '<link rel="canonical" href="http://testserver/?page=2">' in body
    assert '<link rel="canonical" href="http://testserver/">' in client.get("/").content.decode()
