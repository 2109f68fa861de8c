from django.contrib.admin.views.decorators import staff_member_required
from django.shortcuts import render
from django.views.decorators.http import require_safe

from columnist.articles import selectors
from columnist.core.search import parse_query


@require_safe
def home(request):
    page = selectors.latest_articles(page=request.GET.get("page"))
    return render(request, "articles/home.html", {"page": page})


@require_safe
def article_detail(request, slug: str):
    article = selectors.article_for_reader(slug=slug)
    related = selectors.related_articles(article=article)
    return render(request, "articles/article_detail.html", {"article": article, "related": related})


@staff_member_required
@require_safe
def article_preview(request, pk: int):
    article = selectors.article_for_preview(pk=pk)
    related = selectors.related_articles(article=article)
    return render(
        request,
        "articles/article_detail.html",
        {"article": article, "related": related, "preview": True},
    )


@require_safe
def topic_detail(request, slug: str):
    topic, page = selectors.topic_with_articles(slug=slug, page=request.GET.get("page"))
    return render(request, "articles/topic_detail.html", {"topic": topic, "page": page})


@require_safe
def author_detail(request, slug: str):
    author, page = selectors.author_with_articles(slug=slug, page=request.GET.get("page"))
    return render(request, "articles/author_detail.html", {"author": author, "page": page})


@require_safe
def archive_index(request):
    return render(request, "articles/archive_index.html", {"months": selectors.archive_months()})


@require_safe
def archive_month(request, year: int, month: int):
    first_day, page = selectors.month_articles(year=year, month=month, page=request.GET.get("page"))
    return render(request, "articles/archive_month.html", {"month": first_day, "page": page})


@require_safe
def search(request):
    query = parse_query(request.GET.get("q"))
    outcome = selectors.search_articles(query=query, page=request.GET.get("page"))
    context = {"outcome": outcome, "query": query}
    if not query.is_searchable:
        context["suggested_topics"] = selectors.nav_topics()
    return render(request, "articles/search.html", context)
