from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from columnist.discussion.models import Comment


def test_demo_threads_answer_readers_and_load_once(db, django_user_model):
    call_command("demo", stdout=StringIO())
    with pytest.raises(CommandError, match="no author account"):
        call_command("demo_discussion", stdout=StringIO())
    django_user_model.objects.create_user(
        username="ruth@example.com", email="ruth@example.com", password="x", is_staff=True
    )
    out = StringIO()
    call_command("demo_discussion", stdout=out)
    assert "Posted 4 demo thread(s)." in out.getvalue()
    assert Comment.objects.filter(status="pending").count() == 0
    assert Comment.objects.filter(depth=0).count() == 4
    assert Comment.objects.filter(is_author=True, depth=1).count() == 4
    before = Comment.objects.count()
    call_command("demo_discussion", stdout=StringIO())
    assert Comment.objects.count() == before


def test_demo_threads_show_on_the_article(client, db, django_user_model):
    call_command("demo", stdout=StringIO())
    django_user_model.objects.create_user(
        username="ruth@example.com", email="ruth@example.com", password="x", is_staff=True
    )
    call_command("demo_discussion", stdout=StringIO())
    page = client.get("/articles/no-contact-rule/").content.decode()
    assert "We work in the same building" in page and 'class="badge"' in page
