from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from columnist.articles import conf
from columnist.articles.models import Article, Topic


class LatestArticlesFeed(Feed):
    description_template = "articles/feed_item.html"

    def title(self):
        return settings.COLUMNIST_SITE_NAME

    def description(self):
        return settings.COLUMNIST_SITE_TAGLINE

    def link(self):
        return reverse("articles:home")

    def feed_url(self):
        return reverse("articles:feed")

    def articles(self):
        return Article.objects.published().select_related("author").prefetch_related("topics")

    def items(self):
        return self.articles().newest_first()[: conf.ARTICLES_FEED_ITEMS]

    def item_title(self, item: Article):
        return item.title

    def item_pubdate(self, item: Article):
        return item.publish_at

    def item_updateddate(self, item: Article):
        return max(item.updated_at, item.publish_at)

    def item_author_name(self, item: Article):
        return item.author.name

    def item_author_link(self, item: Article):
        return item.author.get_absolute_url()

    def item_categories(self, item: Article):
        return [t.name for t in item.topics.all()]

    def item_guid(self, item: Article):
        return f"article-{item.pk}"

    item_guid_is_permalink = False


class LatestArticlesAtomFeed(LatestArticlesFeed):
    feed_type = Atom1Feed
    subtitle = LatestArticlesFeed.description

    def feed_url(self):
        return reverse("articles:feed_atom")


class TopicFeed(LatestArticlesFeed):
    def get_object(self, request, slug: str):
        return get_object_or_404(Topic, slug=slug)

    def title(self, topic: Topic):
        return f"{topic.name} · {settings.COLUMNIST_SITE_NAME}"

    def description(self, topic: Topic):
        return topic.description or f"Articles about {topic.name.lower()}."

    def link(self, topic: Topic):
        return topic.get_absolute_url()

    def feed_url(self, topic: Topic):
        return reverse("articles:topic_feed", kwargs={"slug": topic.slug})

    def items(self, topic: Topic):
        return self.articles().filter(topics=topic).newest_first()[: conf.ARTICLES_FEED_ITEMS]
