from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from columnist.articles import selectors as articles
from columnist.articles.models import Article
from columnist.discussion import cookies, selectors, services
from columnist.discussion.forms import CommentForm, EditForm
from columnist.discussion.models import CareResource, Comment
from columnist.discussion.rendering import rendered_items
from columnist.discussion.rules import rulebook
from columnist.discussion.spam import issue_form_token
from columnist.discussion.tokens import read_stop_token

THREAD_CACHE_SECONDS = 3600


def _client_ip(request) -> str | None:
    return request.META.get("REMOTE_ADDR") or None


def _new_form(request, *, parent: Comment | None = None, data=None) -> CommentForm:
    initial = {"form_token": issue_form_token(), "parent": parent.pk if parent else None}
    user = request.user
    if user.is_authenticated and user.is_staff:
        profile = getattr(user, "author_profile", None)
        initial.update(
            author_name=profile.name if profile else user.get_full_name() or user.get_username(),
            author_email=user.email or user.get_username(),
        )
    return CommentForm(
        data,
        initial=initial,
        context_fields=rulebook().context_fields,
        top_level=parent is None,
    )


def _thread_html(article: Article, *, version: int, page: str | None) -> str:
    """The public thread, rendered once per version of the thread and page."""
    key = f"thread:{article.pk}:{version}:{page or 1}"
    html = cache.get(key)
    if html is None:
        thread = selectors.thread_page(article_id=article.pk, page=page)
        html = render_to_string(
            "discussion/_thread.html#thread",
            {"thread": thread, "article": article, "rendered": rendered_items(thread.items)},
        )
        cache.set(key, html, THREAD_CACHE_SECONDS)
    return html


def _discussion(request, article: Article, *, form=None) -> dict:
    thread = selectors.thread_state(article=article)
    policy = rulebook().policy
    own = selectors.own_comments(article_id=article.pk, ids=cookies.own_ids(request))
    return {
        "thread": thread,
        "thread_html": _thread_html(
            article, version=thread.version if thread else 0, page=request.GET.get("cpage")
        ),
        "comment_count": thread.approved_count if thread else 0,
        "comments_open": services.comments_open(article, policy=policy, thread=thread),
        "form": form or _new_form(request),
        "own_comments": [(c, services.can_still_change(c)) for c in own],
    }


@require_safe
def article_page(request, slug: str):
    """The article with its discussion."""
    article = articles.article_for_reader(slug=slug)
    context = {
        "article": article,
        "related": articles.related_articles(article=article),
        **_discussion(request, article),
    }
    return render(request, "discussion/article_detail.html", context)


@require_POST
def post_comment(request, slug: str):
    article = selectors.article_for_comments(slug=slug)
    parent = None
    parent_id = request.POST.get("parent") or ""
    if parent_id.isdigit():
        parent = selectors.parent_for_reply(article=article, pk=int(parent_id))
    form = _new_form(request, parent=parent, data=request.POST)
    status = 400
    if parent_id and parent is None:
        # The comment answered has gone: say so rather than post it as a new question.
        form.is_valid()
        form.add_error(None, "That comment can no longer be replied to. Your text is below.")
    elif form.is_valid():
        data = form.cleaned_data
        try:
            comment = services.comment_post(
                article=article,
                parent=parent,
                author_name=data["author_name"],
                author_email=data["author_email"],
                author_url=data["author_url"],
                body=data["body"],
                context=form.context_answers(),
                notify=data["notify"],
                form_token=data["form_token"],
                honeypot=data["company"],
                user=request.user,
                ip_address=_client_ip(request),
                user_agent=request.META.get("HTTP_USER_AGENT", ""),
            )
        except services.RateLimited as error:
            form.add_error(None, error)
            status = 429
        except ValidationError as error:
            _add_errors(form, error)
            if any(e.code in ("form_token", "too_fast", "too_old") for e in error.error_list):
                # A fresh token, so that sending again works; what was typed stays.
                form.data = form.data.copy()
                form.data["form_token"] = issue_form_token()
        else:
            return _posted(request, article, comment)
    return render(
        request,
        "discussion/reply.html",
        {"article": article, "parent": parent, "form": form},
        status=status,
    )


def _add_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


def _posted(request, article: Article, comment: Comment):
    if comment.needs_care:
        policy = rulebook().policy
        response = render(
            request,
            "discussion/care.html",
            {
                "article": article,
                "comment": comment,
                "policy": policy,
                "resources": list(CareResource.objects.all()),
            },
        )
    elif comment.status == Comment.Status.APPROVED:
        response = HttpResponseRedirect(_comment_url(comment))
    else:
        response = HttpResponseRedirect(article.get_absolute_url() + "#your-comments")
    cookies.remember(request, response, comment.pk)
    return response


def _comment_url(comment: Comment) -> str:
    number = selectors.page_number_of(comment)
    query = f"?cpage={number}" if number > 1 else ""
    return f"{comment.article.get_absolute_url()}{query}#{comment.anchor}"


@require_safe
def permalink(request, pk: int):
    comment = selectors.comment_for_reader(pk=pk)
    if comment is None or not comment.article.is_live:
        raise Http404("No such comment.")
    return redirect(_comment_url(comment))


@require_safe
def reply_page(request, pk: int):
    """The reply form on a page of its own: how "Reply" works without JavaScript."""
    parent = get_object_or_404(
        Comment.objects.select_related("article"), pk=pk, status=Comment.Status.APPROVED
    )
    if not parent.article.is_live:
        raise Http404("No such comment.")
    return render(
        request,
        "discussion/reply.html",
        {"article": parent.article, "parent": parent, "form": _new_form(request, parent=parent)},
    )


@require_http_methods(["GET", "HEAD", "POST"])
def edit_comment(request, pk: int):
    """The poster edits or deletes their comment, from the browser that posted it."""
    comment = get_object_or_404(Comment.objects.select_related("article"), pk=pk)
    if pk not in cookies.own_ids(request):
        raise Http404("No such comment of yours.")
    form = EditForm(request.POST or None, initial={"body": comment.body})
    if request.method == "POST":
        try:
            if "delete" in request.POST:
                services.comment_delete_by_poster(comment=comment)
                return redirect(comment.article.get_absolute_url() + "#your-comments")
            if form.is_valid():
                services.comment_edit(comment=comment, body=form.cleaned_data["body"])
                target = (
                    _comment_url(comment)
                    if comment.status == Comment.Status.APPROVED
                    else comment.article.get_absolute_url() + "#your-comments"
                )
                return redirect(target)
        except ValidationError as error:
            _add_errors(form, error)
    return render(
        request,
        "discussion/edit.html",
        {
            "comment": comment,
            "form": form,
            "can_change": services.can_still_change(comment),
        },
        status=400 if form.errors else 200,
    )


@csrf_exempt  # RFC 8058: mail clients POST here with no cookies and no form.
@require_http_methods(["GET", "HEAD", "POST"])
def stop_emails(request, token: str):
    """GET shows a page with a button; only POST changes anything."""
    found = read_stop_token(token)
    if found is None:
        return render(request, "discussion/stop.html", {"invalid": True}, status=400)
    email, root_id = found
    root = Comment.objects.select_related("article").filter(pk=root_id).first()
    done = False
    if request.method == "POST":
        services.thread_stop_emails(email=email, root_id=root_id)
        done = True
    return render(request, "discussion/stop.html", {"root": root, "done": done, "token": token})
