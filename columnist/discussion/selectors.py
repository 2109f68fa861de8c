"""Reads of the discussion that own their query shape. A page of a thread is three queries
whatever its size: the count of top-level comments, the page of them, and every comment under
them in display order (one range scan of the ordering key)."""

from dataclasses import dataclass

from django.core.paginator import Page
from django.db.models import Exists, OuterRef, Q
from django.shortcuts import get_object_or_404

from columnist.articles.models import Article
from columnist.core.pagination import page_of
from columnist.discussion import conf
from columnist.discussion.models import Comment, Thread

THREAD_FIELDS = (
    "id", "article_id", "parent_id", "root_id", "depth", "path", "author_name", "author_url",
    "is_author", "body_html", "context", "status", "deleted_by_poster", "created_at",
    "edited_at",
)  # fmt: skip


@dataclass
class ThreadItem:
    """One comment as the page shows it."""

    comment: Comment
    level: int  # the nesting shown, at most the display depth
    reply_to: str = ""  # "in reply to NAME" for replies shown flatter than they are
    placeholder: bool = False  # removed, kept so its replies keep their place


@dataclass
class ThreadPage:
    page: Page  # of top-level comments
    items: list[ThreadItem]

    @property
    def has_comments(self) -> bool:
        return bool(self.items)


def thread_state(*, article) -> Thread | None:
    return Thread.objects.filter(article=article).first()


def _roots(article_id: int):
    """Top-level comments a thread shows: approved ones, and removed ones that still have an
    approved reply."""
    approved_reply = Comment.objects.filter(root_id=OuterRef("pk"), status="approved").exclude(
        pk=OuterRef("pk")
    )
    return (
        Comment.objects.filter(article_id=article_id, depth=0)
        .alias(has_reply=Exists(approved_reply))
        .filter(Q(status="approved") | Q(status="removed", has_reply=True))
        .order_by("path")
    )


def thread_page(*, article_id: int, page: str | None, per_page: int | None = None) -> ThreadPage:
    roots = _roots(article_id).only("id", "path")
    found = page_of(roots, page, per_page or conf.DISCUSSION_ROOTS_PER_PAGE)
    page_roots = list(found.object_list)
    if not page_roots:
        return ThreadPage(page=found, items=[])
    # Paths are digits only, so every path under the last root sorts before the next number.
    first, after_last = page_roots[0].path, f"{int(page_roots[-1].path) + 1:012d}"
    comments = list(
        Comment.objects.in_thread_view()
        .filter(article_id=article_id, path__gte=first, path__lt=after_last)
        .only(*THREAD_FIELDS)
        .order_by("path")
    )
    return ThreadPage(page=found, items=arrange(comments))


def arrange(comments: list[Comment]) -> list[ThreadItem]:
    """Comments in display order, given in path order: nesting capped at the display depth
    (with "in reply to NAME" where a reply sits flatter than it is), and removed comments kept
    as placeholders only where a visible reply hangs under them."""
    depth_cap = conf.DISCUSSION_DISPLAY_DEPTH
    by_id = {c.pk: c for c in comments}
    # Walk backwards so each comment knows whether anything visible hangs under it.
    keeps: set[int] = set()
    for comment in reversed(comments):
        if comment.status == Comment.Status.APPROVED or comment.pk in keeps:
            if comment.parent_id:
                keeps.add(comment.parent_id)
            keeps.add(comment.pk)
    items = []
    for comment in comments:
        if comment.pk not in keeps:
            continue
        parent = by_id.get(comment.parent_id)
        reply_to = ""
        if comment.depth > depth_cap and parent is not None:
            reply_to = "a removed comment" if parent.status != "approved" else parent.author_name
        items.append(
            ThreadItem(
                comment=comment,
                level=min(comment.depth, depth_cap),
                reply_to=reply_to,
                placeholder=comment.status != Comment.Status.APPROVED,
            )
        )
    return items


def page_number_of(comment: Comment, *, per_page: int | None = None) -> int:
    """The page of its thread a comment is on."""
    before = _roots(comment.article_id).filter(path__lt=f"{comment.root_id:012d}").count()
    return before // (per_page or conf.DISCUSSION_ROOTS_PER_PAGE) + 1


def article_for_comments(*, slug: str) -> Article:
    """The live article a comment is posted to: the row alone, no relations."""
    return get_object_or_404(Article.objects.published().select_related("thread"), slug=slug)


def parent_for_reply(*, article: Article, pk: int) -> Comment | None:
    """The comment a reply answers: only what posting needs of it."""
    return (
        Comment.objects.filter(pk=pk, article=article)
        .only("id", "article_id", "status", "depth", "root_id", "path")
        .first()
    )


def own_comments(*, article_id: int, ids: list[int]) -> list[Comment]:
    """The viewer's own recent comments on this article (from their signed cookie): held
    ones they alone can see, and ones they may still edit."""
    if not ids:
        return []
    return list(
        Comment.objects.filter(
            article_id=article_id, pk__in=ids, status__in=["pending", "approved"]
        ).order_by("created_at")
    )


def comment_for_reader(*, pk: int) -> Comment | None:
    return (
        Comment.objects.select_related("article")
        .filter(pk=pk, status__in=["approved", "removed"])
        .first()
    )
