"""The articles' full-text index: title, then summary, then body."""

from django.db import connections

from columnist.core.search import FullTextIndex

ARTICLE_INDEX = FullTextIndex(
    table="articles_article",
    fields=(("title", 10.0), ("summary", 4.0), ("body_text", 1.0)),
    title_field="title",
    snippet_field="body_text",
    head=("title", "summary"),
)


def install_search_index(*, using: str = "default", **kwargs) -> None:
    ARTICLE_INDEX.install(connections[using])
