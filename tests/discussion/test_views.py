import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from columnist.discussion import services
from columnist.discussion.models import CareResource, Comment, ContextField
from tests.discussion.conftest import old_enough_token


def form_data(**overrides):
    data = {
        "author_name": "Maya",
        "author_email": "maya@example.com",
        "author_url": "",
        "body": "He stopped answering after our fight. Should I write first?",
        "notify": "on",
        "form_token": old_enough_token(),
        "company": "",
    }
    data.update(overrides)
    return data


def test_article_page_shows_the_thread_and_the_form(client, post, open_policy, article):
    post("Is it over?", author_name="Sam")
    body = client.get(article.get_absolute_url()).content.decode()
    assert "1 comment" in body and "Is it over?" in body and "Sam" in body
    assert 'id="reply-form"' in body and 'name="form_token"' in body
    assert "@example.com" not in body  # emails are never shown


def test_reader_posts_a_question_and_sees_it_held(client, article, policy):
    response = client.post(reverse("discussion:post", args=[article.slug]), form_data())
    assert response.status_code == 302
    assert response["Location"].endswith("#your-comments")
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Awaiting moderation" in page and "Should I write first?" in page
    stranger = client.__class__().get(article.get_absolute_url()).content.decode()
    assert "Should I write first?" not in stranger
    comment = Comment.objects.get()
    assert comment.notify and comment.status == Comment.Status.PENDING


def test_an_approved_comment_lands_on_its_permalink(client, article, open_policy):
    response = client.post(reverse("discussion:post", args=[article.slug]), form_data())
    comment = Comment.objects.get()
    assert response["Location"] == f"{article.get_absolute_url()}#comment-{comment.pk}"


@pytest.mark.parametrize(
    "overrides,field,message",
    [
        ({"author_email": "maya-at-example"}, "author_email", "valid email"),
        ({"body": ""}, "body", "This field is required"),
        ({"author_name": ""}, "author_name", "This field is required"),
        ({"body": "x" * 20000}, "body", "at most 8000 characters"),
        ({"author_url": "javascript:alert(1)"}, "author_url", "valid URL"),
    ],
)
def test_errors_show_beside_their_field_and_keep_what_was_typed(
    client, article, policy, overrides, field, message
):
    data = form_data(**overrides)
    response = client.post(reverse("discussion:post", args=[article.slug]), data)
    assert response.status_code == 400
    body = response.content.decode()
    assert message in body
    assert f'id="id_{field}_error"' in body
    for kept in ("Maya", "Should I write first?") if field not in ("author_name", "body") else ():
        assert kept in body
    assert not Comment.objects.exists()


def test_service_errors_keep_the_text_too(client, article, policy):
    data = form_data(form_token="")
    response = client.post(reverse("discussion:post", args=[article.slug]), data)
    assert response.status_code == 400
    body = response.content.decode()
    assert "could not be checked" in body and "Should I write first?" in body
    # A fresh token comes with the page, so sending again works.
    token = re.search(r'name="form_token" value="([^"]+)"', body).group(1)
    assert token


def test_rate_limited_posts_get_429_and_keep_the_text(client, article, open_policy, settings):
    for n in range(3):
        client.post(reverse("discussion:post", args=[article.slug]), form_data(body=f"Q{n}"))
    response = client.post(reverse("discussion:post", args=[article.slug]), form_data(body="Q4"))
    assert response.status_code == 429
    assert "Please wait a little" in response.content.decode()
    assert "Q4" in response.content.decode()


def test_context_fields_are_asked_and_shown(client, article, open_policy):
    ContextField.objects.create(label="How long were you together?", key="how-long", order=1)
    ContextField.objects.create(
        label="Who ended it?", key="who", kind="choice", choices="Me\nThem\nBoth", required=True
    )
    page = client.get(article.get_absolute_url()).content.decode()
    assert "How long were you together?" in page and "Who ended it?" in page
    bad = client.post(reverse("discussion:post", args=[article.slug]), form_data())
    assert bad.status_code == 400 and "This field is required" in bad.content.decode()
    ok = client.post(
        reverse("discussion:post", args=[article.slug]),
        form_data(**{"context_how-long": "Three years", "context_who": "Them"}),
    )
    assert ok.status_code == 302
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Three years" in page and "Who ended it?" in page


def test_reply_page_works_without_javascript(client, post, open_policy):
    question = post("What now?", author_name="Lee")
    page = client.get(reverse("discussion:reply", args=[question.pk])).content.decode()
    assert "Reply to Lee" in page and f'name="parent" value="{question.pk}"' in page
    response = client.post(
        reverse("discussion:post", args=[question.article.slug]),
        form_data(parent=question.pk, body="Give it a week."),
    )
    reply = Comment.objects.get(body="Give it a week.")
    assert reply.parent == question and response.status_code == 302


def test_permalinks_find_their_page(client, post, open_policy, settings, article):
    from columnist.discussion import conf

    roots = [post(f"Root {n}") for n in range(conf.DISCUSSION_ROOTS_PER_PAGE + 1)]
    last = roots[-1]
    response = client.get(reverse("discussion:permalink", args=[last.pk]))
    assert response["Location"] == f"{article.get_absolute_url()}?cpage=2#comment-{last.pk}"
    page = client.get(response["Location"]).content.decode()
    assert f'id="comment-{last.pk}"' in page
    assert client.get(reverse("discussion:permalink", args=[999999])).status_code == 404


def test_poster_edits_and_deletes_from_the_same_browser(client, article, open_policy, post):
    client.post(reverse("discussion:post", args=[article.slug]), form_data())
    comment = Comment.objects.get()
    reply = post("I'd wait.", parent=comment)
    edit_url = reverse("discussion:edit", args=[comment.pk])
    assert client.get(edit_url).status_code == 200
    assert client.__class__().get(edit_url).status_code == 404  # another browser
    client.post(edit_url, {"body": "Edited *text*", "save": "1"})
    comment.refresh_from_db()
    assert comment.body == "Edited *text*" and comment.edited_at
    client.post(edit_url, {"body": comment.body, "delete": "1"})
    page = client.get(article.get_absolute_url()).content.decode()
    assert ("This comment was removed." in page and "I&#x27;d wait." in page) or "I’d wait." in page
    assert reply.pk


def test_care_page_shows_help_at_once(client, article, policy):
    CareResource.objects.create(name="Samaritans", contact="116 123", order=1)
    response = client.post(
        reverse("discussion:post", args=[article.slug]),
        form_data(body="I don't want to be here anymore. I think about ending my life."),
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Samaritans" in body and "116 123" in body
    assert Comment.objects.get().needs_care


def test_stop_emails_get_shows_post_acts_without_cookies(client, post, open_policy):
    from columnist.discussion.tokens import stop_token

    root = post("Root", author_email="me@example.com", notify=True)
    url = reverse("discussion:stop", args=[stop_token(email="me@example.com", root_id=root.pk)])
    assert "Stop these emails" in client.get(url).content.decode()
    root.refresh_from_db()
    assert root.notify  # GET changed nothing
    from django.test import Client

    one_click = Client(enforce_csrf_checks=True)
    response = one_click.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    root.refresh_from_db()
    assert not root.notify
    assert client.get(url[:-5] + "xx/").status_code == 400


HOSTILE = [
    '<script>alert("x")</script>',
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<svg onload="alert(1)"><circle/></svg>',
    "&lt;script&gt;alert(1)&lt;/script&gt; &#x3C;script&#x3E;",
    "[x](jav&#x09;ascript:alert(1))",
    "\u202eevil\u202c \u200b<scr\u200bipt>",
    '<a href="https://ok.example" onclick="steal()">ok</a>',
    "<iframe src=//evil.example></iframe>",
]


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def dangerous_markup(html: str) -> list:
    """Elements or attributes in `html` that could run script or load from elsewhere."""
    parser = _Elements()
    parser.feed(html)
    bad = []
    for tag, attrs in parser.found:
        if tag in {"script", "svg", "iframe", "img", "object", "embed", "style", "form", "math"}:
            bad.append(tag)
        for name, value in attrs.items():
            value = (value or "").strip().lower()
            if name.startswith("on") or name == "style":
                bad.append(f"{tag}[{name}]")
            if name in {"href", "src"} and not value.startswith(
                ("https:", "http:", "mailto:", "/", "#", "?")
            ):
                bad.append(f"{tag}[{name}={value[:20]}]")
    return bad


@pytest.mark.parametrize("body", HOSTILE)
def test_hostile_text_is_rendered_harmless(client, post, open_policy, article, body):
    post(body)
    page = client.get(article.get_absolute_url()).content.decode()
    thread = page.split('<ol class="thread"', 1)[1].split("</ol>", 1)[0]
    assert dangerous_markup(thread) == []


def test_a_100_level_chain_renders(client, post, open_policy, article):
    parent = post("Level 0")
    for level in range(1, 101):
        parent = post(f"Level {level}", parent=parent)
    page = client.get(article.get_absolute_url()).content.decode()
    assert page.count('class="comment level-5') == 96
    assert "Level 100" in page


@pytest.mark.parametrize("size", [5, 60])
def test_article_page_query_count_is_pinned(
    client, post, open_policy, article, django_assert_num_queries, size
):
    for n in range(size):
        post(f"Comment {n}")
    # article, its topics, related (chosen, words), thread state, navigation; the thread
    # itself (count, page, comments) only when its version changed. The rules (policy, block
    # rules, care phrases, context fields) were cached by the posts a moment ago.
    with django_assert_num_queries(9):
        client.get(article.get_absolute_url())
    with django_assert_num_queries(6):
        client.get(article.get_absolute_url())


def test_closed_threads_say_so(client, article, post, open_policy):
    services.thread_set_mode(article=article, mode="closed")
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Comments on this article are closed." in page
    response = client.post(reverse("discussion:post", args=[article.slug]), form_data())
    assert response.status_code == 400 and "closed" in response.content.decode()


def test_a_reply_to_a_vanished_comment_is_not_posted_as_a_question(client, article, open_policy):
    response = client.post(
        reverse("discussion:post", args=[article.slug]), form_data(parent="99999")
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "can no longer be replied to" in body and "Should I write first?" in body
    assert not Comment.objects.exists()
