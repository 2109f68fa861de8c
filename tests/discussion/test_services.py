import time
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from columnist.discussion import services
from columnist.discussion.models import BlockRule, Comment, Commenter, Thread
from columnist.discussion.spam import issue_form_token
from tests.discussion.conftest import old_enough_token


def test_first_comment_is_held_then_the_address_is_trusted(post):
    first = post(author_email="ann@example.com")
    assert first.status == Comment.Status.PENDING
    assert first.held_because == "first comment from this address"
    services.comments_approve(comments=[first])
    assert Commenter.objects.get(email="ann@example.com").trusted
    second = post("And another thing.", author_email="ann@example.com")
    assert second.status == Comment.Status.APPROVED


def test_thread_keys_give_display_order(post, open_policy):
    a = post("A")
    b = post("B")
    a1 = post("A1", parent=a)
    a1x = post("A1x", parent=a1)
    a2 = post("A2", parent=a)
    b1 = post("B1", parent=b)
    ordered = list(Comment.objects.filter(article=a.article).order_by("path"))
    assert ordered == [a, a1, a1x, a2, b, b1]
    assert (a1x.depth, a1x.root_id, a1x.parent_id) == (2, a.pk, a1.pk)
    assert b1.root_id == b.pk and b.root_id == b.pk


def test_posting_a_reply_costs_the_same_in_a_big_thread(
    post, open_policy, django_assert_max_num_queries
):
    root = post("Root")
    for n in range(60):
        post(f"Reply {n}", parent=root)
    with django_assert_max_num_queries(30) as small:
        post("One more", parent=root)
    for n in range(200):
        post(f"More {n}", parent=root)
    with django_assert_max_num_queries(len(small.captured_queries)):
        post("And one more", parent=root)


def test_deep_chains_keep_a_bounded_key(post, open_policy, settings):
    parent = post("Level 0")
    for level in range(1, 101):
        parent = post(f"Level {level}", parent=parent)
    assert parent.depth == 100
    assert len(parent.path) <= 600
    ordered = list(Comment.objects.filter(article=parent.article).values_list("depth", flat=True))
    assert ordered == list(range(101))


def test_author_replies_are_approved_and_marked(post, staff):
    question = post()
    services.comments_approve(comments=[question])
    reply = services.comment_post(
        article=question.article,
        parent=question,
        author_name="Ruth",
        author_email="ruth@example.com",
        body="Here is what I think.",
        form_token=None,
        user=staff,
    )
    assert reply.status == Comment.Status.APPROVED and reply.is_author


def test_many_links_hold_a_comment(post, open_policy):
    body = "See https://a.example and https://b.example and https://c.example"
    comment = post(body)
    assert comment.status == Comment.Status.PENDING
    assert comment.held_because == "3 links"


@pytest.mark.parametrize(
    "kind,value,kwargs",
    [
        (BlockRule.Kind.WORD, "casino", {"body": "Best CASINO bonus"}),
        (BlockRule.Kind.EMAIL, "@spam.example", {"author_email": "x@spam.example"}),
        (BlockRule.Kind.EMAIL, "bad@example.com", {"author_email": "Bad@Example.com"}),
        (BlockRule.Kind.IP, "203.0.113.0/24", {"ip_address": "203.0.113.77"}),
    ],
)
def test_block_rules_send_to_spam(post, open_policy, kind, value, kwargs):
    BlockRule.objects.create(kind=kind, value=value)
    body = kwargs.pop("body", "Hello there")
    comment = post(body, **kwargs)
    assert comment.status == Comment.Status.SPAM
    assert comment.held_because.startswith("blocked")


def test_word_rules_match_whole_words_only(post, open_policy):
    BlockRule.objects.create(kind=BlockRule.Kind.WORD, value="ass")
    assert post("I was passed over again").status == Comment.Status.APPROVED


def test_comments_close_after_the_policy_days(post, open_policy, article):
    open_policy.close_after_days = 30
    open_policy.save()
    article.publish_at = timezone.now() - timedelta(days=31)
    article.save()
    with pytest.raises(ValidationError, match="closed"):
        post()
    services.thread_set_mode(article=article, mode=Thread.Mode.OPEN)
    assert post().pk
    services.thread_set_mode(article=article, mode=Thread.Mode.CLOSED)
    with pytest.raises(ValidationError, match="closed"):
        post()


@pytest.mark.parametrize(
    "field,kwargs,message",
    [
        ("author_name", {"author_name": "  "}, "Please give a name"),
        ("author_email", {"author_email": "not-an-address"}, "email address that works"),
        ("author_url", {"author_url": "javascript:alert(1)"}, "https://"),
        ("body", {"body": "   "}, "Please write"),
        ("body", {"body": "x" * 20000}, "under 8,000 characters"),
    ],
)
def test_bad_fields_get_a_message_and_nothing_is_saved(post, field, kwargs, message):
    body = kwargs.pop("body", "A real question")
    with pytest.raises(ValidationError) as error:
        post(body, **kwargs)
    assert message in " ".join(error.value.message_dict[field])
    assert not Comment.objects.exists()


def test_the_honeypot_and_the_form_clock(post):
    with pytest.raises(ValidationError, match="could not be accepted"):
        post(honeypot="http://spam.example")
    with pytest.raises(ValidationError, match="faster than a person"):
        post(form_token=issue_form_token())
    with pytest.raises(ValidationError, match="open for too long"):
        post(form_token=issue_form_token(now=time.time() - 3 * 86400))
    with pytest.raises(ValidationError, match="could not be checked"):
        post(form_token="forged:token")
    assert not Comment.objects.exists()


def test_rate_limits_per_address_and_per_ip(post, open_policy):
    for n in range(3):
        post(f"Question {n}", author_email="busy@example.com")
    with pytest.raises(services.RateLimited):
        post("Question 4", author_email="busy@example.com")
    for n in range(5):
        post(f"From one IP {n}", ip_address="198.51.100.9")
    with pytest.raises(services.RateLimited):
        post("One too many", ip_address="198.51.100.9")


def test_duplicates_are_refused(post, open_policy):
    post("Same words", author_email="twice@example.com")
    with pytest.raises(ValidationError, match="already posted"):
        post("Same words", author_email="twice@example.com")


def test_replies_only_to_visible_comments_of_the_same_article(post, article):
    held = post()
    with pytest.raises(ValidationError, match="can no longer be replied to"):
        post(parent=held)


def test_the_filter_learns_from_the_authors_decisions(post):
    held_spam = [post(f"cheap pills discount pharmacy offer {n}") for n in range(6)]
    held_ham = [post(f"my boyfriend stopped texting and I feel lost {n}") for n in range(6)]
    assert post("cheap pills discount pharmacy offer").spam_score == 0.5  # nothing learned yet
    services.comments_mark_spam(comments=held_spam)
    services.comments_approve(comments=held_ham)
    verdict = post("discount pills pharmacy offer cheap")
    assert verdict.status == Comment.Status.SPAM
    assert verdict.spam_score >= 0.99
    normal = post("my boyfriend stopped texting me, I feel lost")
    assert normal.status == Comment.Status.PENDING  # a first comment, held as usual
    assert normal.spam_score < 0.1


def test_poster_edits_and_deletes_within_the_window(post, open_policy):
    comment = post("First version")
    services.comment_edit(comment=comment, body="Second *version*")
    assert comment.body_html == "<p>Second <em>version</em></p>\n" and comment.edited_at
    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - timedelta(minutes=16))
    comment.refresh_from_db()
    with pytest.raises(ValidationError, match="15 minutes"):
        services.comment_edit(comment=comment, body="Too late")
    with pytest.raises(ValidationError, match="15 minutes"):
        services.comment_delete_by_poster(comment=comment)


def test_an_edit_adding_links_is_held(post, open_policy):
    comment = post("Plain")
    services.comment_edit(comment=comment, body="https://a.example https://b.example https://c.x")
    assert comment.status == Comment.Status.PENDING


def test_stop_emails_for_a_thread(post, open_policy):
    root = post("Root", author_email="me@example.com", notify=True)
    mine = post("Me again", parent=root, author_email="me@example.com", notify=True)
    other = post("Elsewhere", author_email="me@example.com", notify=True)
    assert services.thread_stop_emails(email="ME@example.com", root_id=root.pk) == 2
    mine.refresh_from_db()
    other.refresh_from_db()
    assert not mine.notify and other.notify


def test_crisis_messages_are_flagged(post, open_policy):
    comment = post("I can't do this anymore, I want to kill myself")
    assert comment.needs_care
    assert "kill myself" in comment.care_signals.lower()
    assert not post("This breakup is killing me, honestly").needs_care


def test_thread_version_changes_with_what_readers_see(post, open_policy, article):
    comment = post()
    version = Thread.objects.get(article=article).version
    services.comments_remove(comments=[comment])
    assert Thread.objects.get(article=article).version > version
    assert Thread.objects.get(article=article).approved_count == 0


def test_an_old_enough_token_is_accepted(post):
    assert post(form_token=old_enough_token()).pk
