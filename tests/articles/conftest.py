import pytest

from tests.articles.factories import ArticleFactory, AuthorFactory, TopicFactory


@pytest.fixture
def author(db):
    return AuthorFactory(name="Ruth Example", slug="ruth-example")


@pytest.fixture
def breakups(db):
    return TopicFactory(name="Breakups", slug="breakups")


@pytest.fixture
def trust(db):
    return TopicFactory(name="Trust", slug="trust")


@pytest.fixture
def make_article(author):
    def make(**kwargs):
        kwargs.setdefault("author", author)
        return ArticleFactory(**kwargs)

    return make
