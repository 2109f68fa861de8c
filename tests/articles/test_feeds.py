import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from columnist.articles.models import Article

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def column(make_article, breakups, trust):
    live = make_article(title="Texting an ex", topics=[breakups], body="Think *first*.")
    other = make_article(title="Trust again", topics=[trust])
    make_article(title="Draft idea", status=Article.Status.DRAFT, publish_at=None)
    make_article(title="Tomorrow", publish_at=timezone.now() + timezone.timedelta(days=1))
    return live, other


def test_rss_feed_lists_live_articles_with_full_content(client, column):
    response = client.get("/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == ["Texting an ex", "Trust again"]
    first = channel.find("item")
    assert first.findtext("link") == "http://testserver/articles/texting-an-ex/"
    assert "<em>first</em>" in first.findtext("description")
    assert first.findtext("category") == "Breakups"


def test_atom_feed(client, column):
    response = client.get("/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    titles = [e.findtext(f"{ATOM}title") for e in root.findall(f"{ATOM}entry")]
    assert titles == ["Texting an ex", "Trust again"]
    assert root.find(f"{ATOM}entry/{ATOM}author/{ATOM}name").text == "Ruth Example"


def test_topic_feed_only_has_that_topic(client, column):
    channel = ET.fromstring(client.get("/topics/trust/feed/").content).find("channel")
    assert [i.findtext("title") for i in channel.findall("item")] == ["Trust again"]
    assert channel.findtext("title").startswith("Trust")


def test_sitemap_lists_live_articles_topics_and_authors(client, column):
    body = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/articles/texting-an-ex/" in body
    assert "http://testserver/topics/breakups/" in body
    assert "http://testserver/authors/ruth-example/" in body
    assert "draft-idea" not in body and "tomorrow" not in body


def test_robots_txt_points_to_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body
