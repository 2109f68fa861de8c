from datetime import datetime, timedelta

import pytest
from django.http import Http404
from django.utils import timezone

from columnist.articles import selectors
from columnist.articles.models import Article
from columnist.core.search import parse_query


def test_related_prefers_the_authors_choice_then_shared_topics(make_article, breakups, trust):
    chosen = make_article(title="Chosen by hand")
    two_shared = make_article(title="Two topics", topics=[breakups, trust])
    one_shared = make_article(title="One topic", topics=[trust])
    make_article(title="Unrelated gardening")
    article = make_article(title="Main", topics=[breakups, trust], related=[chosen])
    related = selectors.related_articles(article=article, limit=3)
    assert related[:3] == [chosen, two_shared, one_shared]


def test_related_falls_back_to_shared_words(make_article):
    article = make_article(title="Jealousy and the phone")
    similar = make_article(title="When jealousy takes over")
    make_article(title="Moving house")
    assert selectors.related_articles(article=article, limit=1) == [similar]


def test_related_skips_drafts(make_article, breakups):
    make_article(title="Hidden", topics=[breakups], status=Article.Status.DRAFT, publish_at=None)
    article = make_article(title="Main", topics=[breakups])
    assert selectors.related_articles(article=article) == []


def test_archive_months_count_live_articles(make_article):
    tz = timezone.get_current_timezone()
    make_article(publish_at=datetime(2026, 3, 5, tzinfo=tz))
    make_article(publish_at=datetime(2026, 3, 20, tzinfo=tz))
    make_article(publish_at=datetime(2026, 1, 2, tzinfo=tz))
    make_article(status=Article.Status.DRAFT, publish_at=None)
    months = [(m["month"].month, m["count"]) for m in selectors.archive_months()]
    assert months == [(3, 2), (1, 1)]


@pytest.mark.parametrize("year,month", [(2026, 13), (2026, 0), (99999, 1)])
def test_impossible_months_are_not_found(db, year, month):
    with pytest.raises(Http404):
        selectors.month_articles(year=year, month=month, page=None)


def test_search_ranks_title_matches_first_and_skips_unpublished(make_article):
    body_only = make_article(title="Moving on", body="Some readers feel jealousy at night.")
    in_title = make_article(title="Jealousy, explained", body="A short note.")
    make_article(title="Jealousy draft", status=Article.Status.DRAFT, publish_at=None)
    make_article(title="Jealousy later", publish_at=timezone.now() + timedelta(days=1))
    outcome = selectors.search_articles(query=parse_query("jealousy"), page=None)
    assert [hit.article for hit in outcome.page.object_list] == [in_title, body_only]
    assert "<mark>Jealousy</mark>" in outcome.page.object_list[0].title


def test_search_stems_words(make_article):
    article = make_article(title="Breakups", body="She was texting him every night.")
    outcome = selectors.search_articles(query=parse_query("texts"), page=None)
    assert [hit.article for hit in outcome.page.object_list] == [article]


def test_search_falls_back_to_any_word(make_article):
    article = make_article(title="Jealousy", body="About a phone.")
    outcome = selectors.search_articles(query=parse_query("jealousy volcano"), page=None)
    assert not outcome.matched_all_words
    assert [hit.article for hit in outcome.page.object_list] == [article]


def test_search_snippet_escapes_article_text(make_article):
    make_article(title="Markup", body="Use `<b>` tags & jealousy never.")
    outcome = selectors.search_articles(query=parse_query("jealousy"), page=None)
    snippet = str(outcome.page.object_list[0].snippet)
    assert "<b>" not in snippet and "&amp;" in snippet
    assert "<mark>jealousy</mark>" in snippet


def test_search_index_follows_updates_and_deletes(make_article):
    from columnist.articles import services

    article = make_article(title="Apples")
    article.title = "Oranges"
    services.article_save(article=article)
    assert (
        selectors.search_articles(query=parse_query("apples"), page=None).page.paginator.count == 0
    )
    assert (
        selectors.search_articles(query=parse_query("oranges"), page=None).page.paginator.count == 1
    )
    article.delete()
    assert (
        selectors.search_articles(query=parse_query("oranges"), page=None).page.paginator.count == 0
    )


def test_search_counts_stop_past_the_cap(make_article, monkeypatch):
    from columnist.core import search

    monkeypatch.setattr(search, "MAX_COUNTED", 3)
    monkeypatch.setattr(selectors, "MAX_COUNTED", 3)
    for n in range(6):
        make_article(title=f"Jealousy note {n}")
    outcome = selectors.search_articles(query=parse_query("jealousy"), page=None)
    assert outcome.page.paginator.count == 4
    assert outcome.count_is_capped


def test_index_can_match_some_columns_only(make_article):
    from columnist.articles.search import ARTICLE_INDEX

    in_title = make_article(title="Jealousy at work", body="Nothing here.")
    make_article(title="Other", summary="Plain", body="The word jealousy is only in the body.")
    live = Article.objects.published()
    query = parse_query("jealousy")
    everywhere = ARTICLE_INDEX.hits(query, live, match_all=True, offset=0, limit=10)
    assert len(everywhere) == 2
    head = ARTICLE_INDEX.hits(
        query, live, match_all=True, offset=0, limit=10, marked=False, columns=("title",)
    )
    assert [h.pk for h in head] == [in_title.pk]
    both = ARTICLE_INDEX.hits(
        query, live, match_all=True, offset=0, limit=10, columns=("title", "summary")
    )
    assert [h.pk for h in both] == [in_title.pk]
