import re

import pytest
from django.core import mail
from django.core.management import call_command

from columnist.discussion import conf
from columnist.discussion.models import Comment
from tests.articles.factories import ArticleFactory, AuthorFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def setting_up(transactional_db, live_server, settings, monkeypatch, django_user_model):
    monkeypatch.setattr(conf, "DISCUSSION_MIN_FORM_SECONDS", 0)  # people type faster here
    settings.COLUMNIST_BASE_URL = live_server.url
    author = django_user_model.objects.create_user(
        username="ruth@example.com",
        email="ruth@example.com",
        password="a long pass phrase 42",
        is_staff=True,
        is_superuser=True,
    )
    profile = AuthorFactory(name="Ruth Calloway", user=author)
    return ArticleFactory(title="When he goes quiet", author=profile)


def test_question_held_approved_answered_mailed_and_stopped(browser, live_server, setting_up):
    article = setting_up
    reader = browser.new_context().new_page()
    reader.goto(live_server.url + article.get_absolute_url())
    reader.get_by_label("Name").fill("Maya")
    reader.get_by_label("Email", exact=True).fill("maya@example.com")
    reader.get_by_label("Your question or reply").fill("He stopped answering. Do I write first?")
    reader.get_by_label("Email me when someone replies").check()
    reader.get_by_role("button", name="Post").click()
    reader.wait_for_url("**#your-comments")
    assert "Awaiting moderation" in reader.locator("#your-comments").inner_text()
    question = Comment.objects.get()

    author = browser.new_context().new_page()
    author.goto(live_server.url + "/admin/login/?next=/admin/discussion/comment/")
    author.get_by_label("Username").fill("ruth@example.com")
    author.get_by_label("Password").fill("a long pass phrase 42")
    author.get_by_role("button", name="Log in").click()
    author.wait_for_url("**/admin/discussion/comment/")
    author.locator(f"input[name=_selected_action][value='{question.pk}']").check()
    author.locator("select[name=action]").select_option("approve")
    author.locator("button[name=index]").first.click()
    author.wait_for_selector("text=Approved 1 comment")

    author.goto(live_server.url + article.get_absolute_url())
    author.locator(f"#comment-{question.pk} a.reply-link").click()
    form = author.locator(f"#comment-{question.pk} #reply-form")  # opened in place
    assert "Reply to Maya" in form.inner_text()
    form.get_by_label("Your question or reply").fill("Give it three days, then one short message.")
    form.get_by_role("button", name="Post").click()
    author.wait_for_url(re.compile(r".*#comment-\d+$"))
    reply = Comment.objects.get(parent=question)
    assert reply.is_author

    call_command("db_worker", batch=True, verbosity=0)
    reader.reload()
    answer = reader.locator(f"#comment-{reply.pk}")
    assert "Give it three days" in answer.inner_text()
    assert answer.locator(".badge").inner_text().lower() == "author"

    to_reader = [m for m in mail.outbox if m.to == ["maya@example.com"]]
    assert len(to_reader) == 1
    stop_url = to_reader[0].extra_headers["List-Unsubscribe"].strip("<>")
    assert stop_url in to_reader[0].body
    reader.goto(stop_url)
    reader.get_by_role("button", name="Stop these emails").click()
    reader.wait_for_selector("text=No more emails about this conversation")
    question.refresh_from_db()
    assert not question.notify


def test_reply_link_works_without_javascript(browser, live_server, setting_up):
    article = setting_up
    from columnist.discussion import services
    from tests.discussion.conftest import old_enough_token

    question = services.comment_post(
        article=article,
        author_name="Lee",
        author_email="lee@example.com",
        body="Is silence an answer?",
        form_token=old_enough_token(),
    )
    services.comments_approve(comments=[question])
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + article.get_absolute_url())
    page.locator(f"#comment-{question.pk} a.reply-link").click()
    page.wait_for_url(f"**/comments/{question.pk}/reply/")
    assert "Reply to Lee" in page.content()
    context.close()
