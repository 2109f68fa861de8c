from datetime import timedelta

import factory
from django.utils import timezone

from columnist.articles import services
from columnist.articles.models import Article, Author, Topic


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    description = "Articles on one theme."


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Writer {n}")
    slug = factory.Sequence(lambda n: f"writer-{n}")
    bio = "Writes about *people*."

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.author_save(author=model_class(**kwargs))


class ArticleFactory(factory.Factory):
    """Articles made through the service, so their cached HTML and search index are real."""

    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Advice number {n}")
    body = "## What to do\n\nTake a breath. Then write down what happened, in order.\n"
    author = factory.SubFactory(AuthorFactory)
    status = Article.Status.PUBLISHED
    publish_at = factory.Sequence(lambda n: timezone.now() - timedelta(days=n + 1))

    @classmethod
    def _create(cls, model_class, *args, topics=(), related=(), **kwargs):
        return services.article_create(topics=topics, related=related, **kwargs)

    @classmethod
    def _build(cls, model_class, *args, topics=(), related=(), **kwargs):
        return model_class(**kwargs)
