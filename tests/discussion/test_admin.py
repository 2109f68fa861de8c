from django.urls import reverse

from columnist.discussion.models import Comment, Commenter


def test_moderation_queue_bulk_actions_use_the_services(admin_client, post):
    held = [post(f"Held {n}") for n in range(3)]
    url = reverse("admin:discussion_comment_changelist")
    page = admin_client.get(url, {"status__exact": "pending"}).content.decode()
    assert "Held 0" in page and "first comment from this address" in page
    admin_client.post(url, {"action": "approve", "_selected_action": [held[0].pk]})
    admin_client.post(url, {"action": "mark_spam", "_selected_action": [held[1].pk]})
    admin_client.post(url, {"action": "remove", "_selected_action": [held[2].pk]})
    statuses = dict(Comment.objects.values_list("pk", "status"))
    assert [statuses[c.pk] for c in held] == ["approved", "spam", "removed"]
    assert Commenter.objects.get(email=held[0].author_email).trusted


def test_comment_page_links_to_reply_as_author(admin_client, post, open_policy):
    comment = post("Approved")
    page = admin_client.get(
        reverse("admin:discussion_comment_change", args=[comment.pk])
    ).content.decode()
    assert reverse("discussion:reply", args=[comment.pk]) in page


def test_policy_is_one_row_edited_in_place(admin_client, db):
    response = admin_client.get(reverse("admin:discussion_policy_changelist"))
    assert response.status_code == 302
    assert admin_client.get(response["Location"]).status_code == 200
