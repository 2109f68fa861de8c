"""The demo discussion: a few questions under the demo articles, with the author's answers,
posted and approved through the same services a reader and the author use. Loading twice
changes nothing."""

import json
import time
from pathlib import Path

from django.db import transaction

from columnist.articles.models import Article
from columnist.discussion import services
from columnist.discussion.models import Comment
from columnist.discussion.spam import issue_form_token

THREADS = Path(__file__).resolve().parent / "demo" / "threads.json"


@transaction.atomic
def load_demo_threads(*, author, dry_run: bool = False) -> int:
    """Post the demo threads on the demo articles that have no comments yet; `author` is the
    staff user who answers. Returns how many threads were (or would be) posted."""
    threads = json.loads(THREADS.read_text("utf-8"))
    articles = Article.objects.published().in_bulk(
        [t["article"] for t in threads], field_name="slug"
    )
    busy = set(
        Comment.objects.filter(article__in=articles.values()).values_list(
            "article__slug", flat=True
        )
    )
    todo = [t for t in threads if t["article"] in articles and t["article"] not in busy]
    if dry_run:
        return len(todo)
    token = issue_form_token(now=time.time() - 60)
    for n, thread in enumerate(todo):
        article = articles[thread["article"]]
        question = _post(article, thread["question"], token=token, author=author, key=f"{n}q")
        for m, reply in enumerate(thread["replies"]):
            _post(article, reply, token=token, author=author, key=f"{n}r{m}", parent=question)
    return len(todo)


def _post(article, entry, *, token, author, key, parent=None) -> Comment:
    if entry.get("author"):
        profile = getattr(author, "author_profile", None)
        return services.comment_post(
            article=article,
            parent=parent,
            author_name=profile.name if profile else author.get_username(),
            author_email=author.email or "author@example.com",
            body=entry["body"],
            form_token=None,
            user=author,
        )
    comment = services.comment_post(
        article=article,
        parent=parent,
        author_name=entry["name"],
        author_email=f"demo-reader-{key}@example.com",
        body=entry["body"],
        form_token=token,
    )
    services.comments_approve(comments=[comment])
    comment.refresh_from_db()
    return comment
