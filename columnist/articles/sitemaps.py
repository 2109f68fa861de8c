from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from columnist.articles.models import Article, Author, Topic


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.8
    limit = 5000

    def items(self):
        return Article.objects.published().only("slug", "updated_at", "publish_at").order_by("id")

    def lastmod(self, item: Article):
        return max(item.updated_at, item.publish_at)


class TopicSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return Topic.objects.filter(articles__in=Article.objects.published()).distinct()


class AuthorSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return Author.objects.filter(articles__in=Article.objects.published()).distinct()


class PagesSitemap(Sitemap):
    changefreq = "daily"
    priority = 1.0

    def items(self):
        return ["articles:home", "articles:archive"]

    def location(self, item: str):
        return reverse(item)

    def lastmod(self, item: str):
        return Article.objects.published().aggregate(latest=Max("publish_at"))["latest"]


SITEMAPS = {
    "pages": PagesSitemap,
    "articles": ArticleSitemap,
    "topics": TopicSitemap,
    "authors": AuthorSitemap,
}
