from django.db import models
from django.utils import timezone


def live_q(*, prefix: str = "", at=None) -> models.Q:
    """The condition for a live article, through `prefix` (such as "article__") when the
    query starts from a related model."""
    return models.Q(
        **{
            f"{prefix}status__in": ["published", "scheduled"],
            f"{prefix}publish_at__lte": at or timezone.now(),
        }
    )


class ArticleQuerySet(models.QuerySet):
    def published(self, *, at=None):
        """Live articles: published, or scheduled with their time come."""
        return self.filter(live_q(at=at))

    def for_listing(self):
        """What a list of article cards shows, without the bodies."""
        return (
            self.select_related("author")
            .defer("body", "body_html", "body_text")
            .prefetch_related("topics")
        )

    def newest_first(self):
        return self.order_by("-publish_at", "-id")
