"""Settings of the articles app, each with its default; override them in settings."""

from django.conf import settings

ARTICLES_PER_PAGE: int = getattr(settings, "ARTICLES_PER_PAGE", 10)
ARTICLES_FEED_ITEMS: int = getattr(settings, "ARTICLES_FEED_ITEMS", 20)
ARTICLES_RELATED_COUNT: int = getattr(settings, "ARTICLES_RELATED_COUNT", 3)
