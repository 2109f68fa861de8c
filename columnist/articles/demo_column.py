"""The demo column: articles, topics and an author written for Columnist, loaded through the
same services the admin uses. Loading twice changes nothing."""

import json
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from columnist.articles import services
from columnist.articles.models import Article, Author, Topic

DEMO_DIR = Path(__file__).resolve().parent / "demo"


@dataclass(frozen=True)
class DemoArticle:
    title: str
    slug: str
    summary: str
    topics: list[str]
    days_ago: int
    related: list[str]
    body: str


def parse_article(text: str) -> DemoArticle:
    """A demo file: `---`, `key: value` lines, `---`, then the Markdown body."""
    _, head, body = text.split("---\n", 2)
    meta: dict[str, str] = {}
    for line in head.strip().splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()

    def listed(key: str) -> list[str]:
        return [item.strip() for item in meta.get(key, "").split(",") if item.strip()]

    return DemoArticle(
        title=meta["title"],
        slug=meta["slug"],
        summary=meta.get("summary", ""),
        topics=listed("topics"),
        days_ago=int(meta.get("days_ago", "1")),
        related=listed("related"),
        body=body.strip() + "\n",
    )


def demo_articles() -> list[DemoArticle]:
    return [parse_article(p.read_text("utf-8")) for p in sorted(DEMO_DIR.glob("*.md"))]


@dataclass
class LoadReport:
    created: int = 0
    skipped: int = 0


@transaction.atomic
def load_demo_column(*, dry_run: bool = False) -> LoadReport:
    report = LoadReport()
    articles = demo_articles()
    existing = set(
        Article.objects.filter(slug__in=[a.slug for a in articles]).values_list("slug", flat=True)
    )
    report.skipped = len(existing)
    report.created = len(articles) - len(existing)
    if dry_run or not report.created:
        return report

    topics = {}
    for entry in json.loads((DEMO_DIR / "topics.json").read_text("utf-8")):
        topic = Topic.objects.filter(slug=entry["slug"]).first() or services.topic_save(
            topic=Topic(name=entry["name"], slug=entry["slug"], description=entry["description"])
        )
        topics[topic.slug] = topic
    persona = json.loads((DEMO_DIR / "author.json").read_text("utf-8"))
    author = Author.objects.filter(slug=persona["slug"]).first() or services.author_save(
        author=Author(name=persona["name"], slug=persona["slug"], bio=persona["bio"])
    )

    morning = timezone.localtime().replace(hour=8, minute=0, second=0, microsecond=0)
    made: dict[str, Article] = {}
    for demo in articles:
        if demo.slug in existing:
            continue
        made[demo.slug] = services.article_create(
            title=demo.title,
            slug=demo.slug,
            summary=demo.summary,
            body=demo.body,
            author=author,
            topics=[topics[s] for s in demo.topics],
            status=Article.Status.PUBLISHED,
            publish_at=morning - timedelta(days=demo.days_ago),
        )
    by_slug = {a.slug: a for a in Article.objects.filter(slug__in=[a.slug for a in articles])}
    for demo in articles:
        if demo.slug in made and demo.related:
            made[demo.slug].related.set([by_slug[s] for s in demo.related if s in by_slug])
    return report
