from io import StringIO

from django.core.management import call_command

from columnist.articles.demo_column import demo_articles
from columnist.articles.models import Article, Author, Topic


def test_demo_fills_an_empty_site_and_a_second_run_changes_nothing(db):
    out = StringIO()
    call_command("demo", stdout=out)
    assert "Loaded 14 demo article(s)" in out.getvalue()
    assert Article.objects.published().count() >= 12
    assert Topic.objects.count() >= 4
    assert Topic.objects.filter(articles__isnull=True).count() == 0
    snapshot = sorted(Article.objects.values_list("slug", "updated_at"))
    call_command("demo", stdout=StringIO())
    assert sorted(Article.objects.values_list("slug", "updated_at")) == snapshot
    assert Author.objects.count() == 1


def test_demo_if_empty_leaves_a_real_site_alone(make_article):
    make_article(title="The author's own")
    call_command("demo", if_empty=True, stdout=StringIO())
    assert Article.objects.count() == 1


def test_demo_dry_run_writes_nothing(db):
    call_command("demo", dry_run=True, stdout=StringIO())
    assert not Article.objects.exists()


def test_demo_articles_are_complete_and_link_within_the_set():
    articles = demo_articles()
    slugs = {a.slug for a in articles}
    assert len(articles) >= 12
    for article in articles:
        assert article.title and article.summary and article.topics
        assert len(article.body.split()) > 300
        assert set(article.related) <= slugs


def test_demo_internal_links_resolve(client, db):
    call_command("demo", stdout=StringIO())
    import re

    for article in Article.objects.all():
        for href in re.findall(r'href="(/articles/[^"]+)"', article.body_html):
            assert client.get(href).status_code == 200, href
