"""The discussion's JSON API: read a thread a page of top-level comments at a time, and post
a comment with the same checks, moderation and limits as the form."""

import json
from datetime import datetime

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.urls import reverse
from ninja import Field, Query, Router, Schema, Status

from columnist.articles import selectors as articles
from columnist.discussion import conf, selectors, services
from columnist.discussion.models import CareResource
from columnist.discussion.rules import rulebook
from columnist.discussion.spam import issue_form_token

router = Router(tags=["discussion"])
THREAD_CACHE_SECONDS = 3600


class Answer(Schema):
    label: str
    value: str


class CommentOut(Schema):
    id: int
    parent_id: int | None
    depth: int = Field(description="The real depth: 0 for a top-level comment.")
    level: int = Field(description="The nesting to show, at most the display depth.")
    reply_to: str = Field(description="'in reply to' name, for replies shown flatter.")
    removed: bool = Field(description="A placeholder kept so its replies keep their place.")
    author_name: str
    author_url: str
    is_author: bool
    body_html: str = Field(description="Sanitised HTML.")
    context: dict[str, Answer]
    created_at: datetime
    edited: bool
    url: str


class ThreadOut(Schema):
    form_token: str = Field(description="Send it back with a new comment.")
    article: str
    title: str
    comments_open: bool
    page: int
    pages: int
    top_level_total: int
    comments: list[CommentOut]


class CommentIn(Schema):
    author_name: str
    author_email: str = Field(description="Never shown to anyone.")
    author_url: str = ""
    body: str = Field(description="A Markdown subset: emphasis, links, lists, quotes.")
    parent_id: int | None = None
    notify: bool = Field(False, description="Email the poster when someone replies.")
    context: dict[str, str] = Field(default_factory=dict, description="Answers by field key.")
    form_token: str
    honeypot: str = Field("", description="Leave empty.")


class CareResourceOut(Schema):
    name: str
    contact: str
    url: str
    description: str


class PostedOut(Schema):
    id: int
    status: str
    url: str | None = Field(description="The comment's address, once it is visible.")
    needs_care: bool
    care_message: str | None = None
    care_resources: list[CareResourceOut] = []


class ErrorOut(Schema):
    message: str
    errors: dict[str, list[str]] = {}


def _thread_json(article, *, version: int, page: int, per_page: int) -> bytes:
    """The thread page as JSON (without the form token), made once per thread version."""
    key = f"api:thread:{article.pk}:{version}:{page}:{per_page}"
    body = cache.get(key)
    if body is None:
        thread = selectors.thread_page(article_id=article.pk, page=str(page), per_page=per_page)
        data = {
            "article": article.slug,
            "title": article.title,
            "page": thread.page.number,
            "pages": thread.page.paginator.num_pages,
            "top_level_total": thread.page.paginator.count,
            "comments": [_comment_json(item) for item in thread.items],
        }
        body = json.dumps(data, cls=DjangoJSONEncoder, separators=(",", ":")).encode()
        cache.set(key, body, THREAD_CACHE_SECONDS)
    return body


def _comment_json(item) -> dict:
    c = item.comment
    return {
        "id": c.pk,
        "parent_id": c.parent_id,
        "depth": c.depth,
        "level": item.level,
        "reply_to": item.reply_to,
        "removed": item.placeholder,
        "author_name": "" if item.placeholder else c.author_name,
        "author_url": "" if item.placeholder else c.author_url,
        "is_author": c.is_author,
        "body_html": "" if item.placeholder else c.body_html,
        "context": {} if item.placeholder else c.context,
        "created_at": c.created_at,
        "edited": c.edited_at is not None,
        "url": reverse("discussion:permalink", kwargs={"pk": c.pk}),
    }


@router.get("/articles/{slug}/comments", response=ThreadOut, summary="Read a thread")
def read_thread(
    request,
    slug: str,
    page: int = Query(1, ge=1, le=1_000_000),
    per_page: int = Query(conf.DISCUSSION_ROOTS_PER_PAGE, ge=1, le=conf.DISCUSSION_API_MAX_ROOTS),
):
    """A page of the thread under an article: `per_page` top-level comments with all their
    replies, in display order. A page number past the end gives the last page."""
    article = articles.article_for_reader(slug=slug)
    thread = selectors.thread_state(article=article)
    policy = rulebook().policy
    head = {
        "form_token": issue_form_token(),
        "comments_open": services.comments_open(article, policy=policy, thread=thread),
    }
    body = _thread_json(
        article, version=thread.version if thread else 0, page=page, per_page=per_page
    )
    # The cached page is an object; the per-request fields go in front of its first key.
    prefix = json.dumps(head, separators=(",", ":"))[:-1].encode() + b","
    return HttpResponse(prefix + body[1:], content_type="application/json")


@router.post(
    "/articles/{slug}/comments",
    response={201: PostedOut, 400: ErrorOut, 404: ErrorOut, 429: ErrorOut},
    summary="Post a comment",
)
def post_comment(request, slug: str, data: CommentIn):
    """Post a question or a reply. It may be published at once, held for the author, or
    refused with a message for each field at fault; too many posts in a short time get 429."""
    article = selectors.article_for_comments(slug=slug)
    parent = None
    if data.parent_id is not None:
        parent = selectors.parent_for_reply(article=article, pk=data.parent_id)
        if parent is None:
            return Status(404, {"message": "There is no such comment to reply to."})
    try:
        comment = services.comment_post(
            article=article,
            parent=parent,
            author_name=data.author_name,
            author_email=data.author_email,
            author_url=data.author_url,
            body=data.body,
            context=data.context,
            notify=data.notify,
            form_token=data.form_token,
            honeypot=data.honeypot,
            user=None,  # the API never speaks for a signed-in author: it has no CSRF check
            ip_address=request.META.get("REMOTE_ADDR") or None,
            user_agent=request.META.get("HTTP_USER_AGENT", ""),
        )
    except services.RateLimited as error:
        return Status(429, {"message": error.messages[0]})
    except ValidationError as error:
        errors = error.message_dict if hasattr(error, "error_dict") else {}
        message = error.messages[0] if not errors else "Please correct the fields named."
        return Status(400, {"message": message, "errors": errors})
    result = {
        "id": comment.pk,
        "status": comment.status,
        "url": comment.get_absolute_url() if comment.is_visible else None,
        "needs_care": comment.needs_care,
    }
    if comment.needs_care:
        result["care_message"] = rulebook().policy.care_message
        result["care_resources"] = [
            {"name": r.name, "contact": r.contact, "url": r.url, "description": r.description}
            for r in CareResource.objects.all()
        ]
    return Status(201, result)
