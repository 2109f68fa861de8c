import json

import pytest

from columnist.discussion.models import Comment
from tests.discussion.conftest import old_enough_token


def url(article):
    return f"/api/articles/{article.slug}/comments"


def test_read_a_thread(client, post, open_policy, article):
    root = post("Root question", author_name="Ana")
    reply = post("A reply", parent=root)
    data = client.get(url(article)).json()
    assert data["form_token"] and data["comments_open"] is True
    assert data["top_level_total"] == 1 and data["pages"] == 1
    assert [c["id"] for c in data["comments"]] == [root.pk, reply.pk]
    first = data["comments"][0]
    assert first["author_name"] == "Ana" and first["body_html"] == "<p>Root question</p>\n"
    assert "author_email" not in first and "@" not in json.dumps(data)
    assert data["comments"][1]["parent_id"] == root.pk


def test_pages_of_top_level_comments(client, post, open_policy, article):
    for n in range(5):
        post(f"Root {n}")
    data = client.get(url(article), {"page": 2, "per_page": 2}).json()
    assert [c["id"] for c in data["comments"]] == list(
        Comment.objects.filter(depth=0).order_by("path").values_list("id", flat=True)[2:4]
    )
    last = client.get(url(article), {"page": 999999, "per_page": 2}).json()
    assert last["page"] == 3


@pytest.mark.parametrize("params", [{"page": 0}, {"page": "x"}, {"per_page": 100000}])
def test_bad_paging_is_refused_clearly(client, article, params):
    response = client.get(url(article), params)
    assert response.status_code == 422


def test_unknown_article_is_404(client, db):
    assert client.get("/api/articles/nope/comments").status_code == 404


def payload(**overrides):
    data = {
        "author_name": "Noor",
        "author_email": "noor@example.com",
        "body": "Should I call him?",
        "form_token": old_enough_token(),
        "notify": True,
    }
    data.update(overrides)
    return data


def post_json(client, article, data):
    return client.post(url(article), json.dumps(data), content_type="application/json")


def test_post_a_question_that_is_held(client, article, policy):
    response = post_json(client, article, payload())
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "pending" and body["url"] is None
    assert Comment.objects.get().notify


def test_post_a_reply_that_is_published(client, post, open_policy, article):
    root = post("Root")
    response = post_json(client, article, payload(parent_id=root.pk))
    assert response.status_code == 201 and response.json()["status"] == "approved"
    assert response.json()["url"].startswith("/comments/")


def test_post_errors_name_their_fields_and_save_nothing(client, article, policy):
    response = post_json(client, article, payload(author_email="nope", body=" "))
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert "author_email" in errors and "body" in errors
    assert not Comment.objects.exists()


def test_post_needs_a_good_token(client, article, policy):
    response = post_json(client, article, payload(form_token="forged"))
    assert response.status_code == 400
    assert "could not be checked" in response.json()["message"]


def test_post_rate_limit_is_429(client, article, open_policy):
    for n in range(3):
        assert post_json(client, article, payload(body=f"Q{n}")).status_code == 201
    response = post_json(client, article, payload(body="Q4"))
    assert response.status_code == 429 and "wait" in response.json()["message"]


def test_post_a_crisis_message_returns_help(client, article, policy):
    from columnist.discussion.models import CareResource

    CareResource.objects.create(name="Helpline", contact="0800 000")
    response = post_json(client, article, payload(body="I want to kill myself tonight"))
    body = response.json()
    assert body["needs_care"] and body["care_resources"][0]["contact"] == "0800 000"


def test_reply_to_unknown_comment_is_404(client, article, policy):
    assert post_json(client, article, payload(parent_id=99999)).status_code == 404


def test_the_api_never_posts_as_the_signed_in_author(admin_client, article, policy):
    response = post_json(admin_client, article, payload())
    assert response.json()["status"] == "pending"
    assert not Comment.objects.get().is_author


def test_openapi_document_describes_the_api(client, db):
    document = client.get("/api/openapi.json").json()
    paths = document["paths"]
    assert "/api/articles/{slug}/comments" in paths
    operations = paths["/api/articles/{slug}/comments"]
    assert {"get", "post"} <= set(operations)
    assert "429" in operations["post"]["responses"]


@pytest.mark.parametrize("size", [3, 40])
def test_reading_a_thread_is_pinned(
    client, post, open_policy, article, django_assert_num_queries, size
):
    for n in range(size):
        post(f"Comment {n}")
    # article, its topics, thread state; then the thread page (count, page, comments) once
    # per version of the thread
    with django_assert_num_queries(6):
        client.get(url(article))
    with django_assert_num_queries(3):
        client.get(url(article))
