import time

import pytest

from columnist.discussion import services
from columnist.discussion.models import Policy
from columnist.discussion.spam import issue_form_token
from tests.articles.factories import ArticleFactory, AuthorFactory


def old_enough_token() -> str:
    """A form token from a form shown a minute ago, as a person would send it."""
    return issue_form_token(now=time.time() - 60)


@pytest.fixture
def article(db):
    return ArticleFactory(title="When he stops texting back", author=AuthorFactory())


@pytest.fixture
def policy(db):
    return Policy.current()


@pytest.fixture
def open_policy(policy):
    """A policy that publishes readers' comments at once, to test threads and mail."""
    policy.hold_first_comment = False
    policy.save()
    return policy


_counter = iter(range(1, 10**9))


@pytest.fixture
def post(article, policy):
    """Post as a reader through the service, with a valid form token and a fresh address."""

    def post(body="What should I do?", *, parent=None, on=None, **kwargs):
        n = next(_counter)
        kwargs.setdefault("author_name", f"Reader {n}")
        kwargs.setdefault("author_email", f"reader{n}@example.com")
        kwargs.setdefault("form_token", old_enough_token())
        kwargs.setdefault("ip_address", f"10.0.{n // 250 % 250}.{n % 250}")
        return services.comment_post(article=on or article, parent=parent, body=body, **kwargs)

    return post


@pytest.fixture
def staff(db, django_user_model):
    return django_user_model.objects.create_user(
        username="ruth@example.com", email="ruth@example.com", password="x", is_staff=True
    )
