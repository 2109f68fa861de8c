"""Reads of articles that own their query shape: each returns what its page shows in a fixed
number of queries, whatever the number of articles."""

from dataclasses import dataclass
from datetime import date, datetime

from django.core.paginator import Page
from django.db.models import Count, Exists, OuterRef
from django.db.models.functions import TruncMonth
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from columnist.articles import conf
from columnist.articles.models import Article, Author, Topic
from columnist.articles.querysets import live_q
from columnist.articles.search import ARTICLE_INDEX
from columnist.core.pagination import page_of
from columnist.core.search import MAX_COUNTED, Hit, ParsedQuery


def nav_topics() -> list[Topic]:
    """Topics that have live articles, for the site navigation."""
    live = Article.topics.through.objects.filter(live_q(prefix="article__"), topic=OuterRef("pk"))
    return list(Topic.objects.filter(Exists(live)).order_by("name"))


def latest_articles(*, page: str | None) -> Page:
    articles = Article.objects.published().for_listing().newest_first()
    return page_of(articles, page, conf.ARTICLES_PER_PAGE)


def article_for_reader(*, slug: str) -> Article:
    return get_object_or_404(
        Article.objects.published().select_related("author").prefetch_related("topics"),
        slug=slug,
    )


def article_for_preview(*, pk: int) -> Article:
    """Any article, draft or not, as staff preview it."""
    return get_object_or_404(
        Article.objects.select_related("author").prefetch_related("topics"), pk=pk
    )


def related_articles(*, article: Article, limit: int | None = None) -> list[Article]:
    """The author's own choice first; the rest by shared topics, then by shared words."""
    limit = limit or conf.ARTICLES_RELATED_COUNT
    live = Article.objects.published().exclude(pk=article.pk)
    chosen = list(
        live.filter(pk__in=article.related.values("pk")).select_related("author").newest_first()
    )[:limit]
    if len(chosen) >= limit:
        return chosen
    taken = {a.pk for a in chosen} | {article.pk}
    # Shared topics are counted on the link table alone; the live filter comes at the end.
    shared = (
        Article.topics.through.objects.filter(topic__in=[t.pk for t in article.topics.all()])
        .exclude(article__in=taken)
        .values("article")
        .annotate(shared=Count("topic"))
        .order_by("-shared", "-article")
        .values_list("article", "shared")[: limit * 4]
    )
    scores: dict[int, float] = {pk: float(n) for pk, n in shared}
    query = _words_of(article)
    if query.is_searchable:
        hits = ARTICLE_INDEX.hits(
            query,
            live.exclude(pk__in=taken),
            match_all=False,
            offset=0,
            limit=limit * 4,
            marked=False,
            columns=("title", "summary"),
        )
        for rank, hit in enumerate(hits):
            scores[hit.pk] = scores.get(hit.pk, 0.0) + 1.0 - rank / (limit * 4)
    found = live.filter(pk__in=list(scores)).select_related("author").defer("body", "body_html")
    ranked = sorted(found, key=lambda a: (-scores[a.pk], -a.pk))
    return chosen + ranked[: limit - len(chosen)]


def _words_of(article: Article) -> ParsedQuery:
    from columnist.core.search import parse_query

    return parse_query(f"{article.title} {' '.join(t.name for t in article.topics.all())}")


def topic_with_articles(*, slug: str, page: str | None) -> tuple[Topic, Page]:
    topic = get_object_or_404(Topic, slug=slug)
    articles = topic.articles.published().for_listing().newest_first()
    return topic, page_of(articles, page, conf.ARTICLES_PER_PAGE)


def author_with_articles(*, slug: str, page: str | None) -> tuple[Author, Page]:
    author = get_object_or_404(Author, slug=slug)
    articles = author.articles.published().for_listing().newest_first()
    return author, page_of(articles, page, conf.ARTICLES_PER_PAGE)


def month_articles(*, year: int, month: int, page: str | None) -> tuple[date, Page]:
    if not (1 <= month <= 12 and 1900 <= year <= 9999):
        raise Http404("No such month.")
    tz = timezone.get_current_timezone()
    start = datetime(year, month, 1, tzinfo=tz)
    end = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=tz)
    articles = (
        Article.objects.published()
        .filter(publish_at__gte=start, publish_at__lt=end)
        .for_listing()
        .newest_first()
    )
    return start.date(), page_of(articles, page, conf.ARTICLES_PER_PAGE)


def archive_months() -> list[dict]:
    """Every month with live articles, newest first, with how many."""
    return list(
        Article.objects.published()
        .annotate(month=TruncMonth("publish_at"))
        .values("month")
        .annotate(count=Count("id"))
        .order_by("-month")
    )


@dataclass
class SearchHit:
    article: Article
    title: str
    snippet: str


class _SearchResults:
    """A sized, sliceable view of the search for Django's Paginator: the count is one query,
    each page another, and the page's articles a third (with their topics a fourth)."""

    def __init__(self, query: ParsedQuery):
        self.query = query
        self.within = Article.objects.published()
        self.match_all = True
        self._count: int | None = None

    def count(self) -> int:
        if self._count is None:
            self._count = ARTICLE_INDEX.count(self.query, self.within, match_all=True)
            if not self._count and len(self.query.terms) > 1:
                self.match_all = False
                self._count = ARTICLE_INDEX.count(self.query, self.within, match_all=False)
        return self._count

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list[SearchHit]:
        hits: list[Hit] = ARTICLE_INDEX.hits(
            self.query,
            self.within,
            match_all=self.match_all,
            offset=window.start or 0,
            limit=(window.stop or 0) - (window.start or 0),
        )
        articles = Article.objects.for_listing().in_bulk([h.pk for h in hits])
        return [
            SearchHit(article=articles[h.pk], title=h.title, snippet=h.snippet)
            for h in hits
            if h.pk in articles
        ]


@dataclass
class SearchOutcome:
    query: ParsedQuery
    page: Page | None
    matched_all_words: bool
    max_counted: int = MAX_COUNTED

    @property
    def count_is_capped(self) -> bool:
        return self.page is not None and self.page.paginator.count > MAX_COUNTED


def search_articles(*, query: ParsedQuery, page: str | None) -> SearchOutcome:
    if not query.is_searchable:
        return SearchOutcome(query=query, page=None, matched_all_words=True)
    results = _SearchResults(query)
    found = page_of(results, page, conf.ARTICLES_PER_PAGE)
    return SearchOutcome(query=query, page=found, matched_all_words=results.match_all)
