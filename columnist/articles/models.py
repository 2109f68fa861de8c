from datetime import timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from columnist.articles.querysets import ArticleQuerySet
from columnist.core.models import TimeStampedModel


class Author(TimeStampedModel):
    """The public face of someone who writes for the column."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="author_profile",
    )
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, unique=True)
    bio = models.TextField(blank=True, help_text="Markdown; a few sentences about the author.")
    bio_html = models.TextField(blank=True, editable=False)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:author", kwargs={"slug": self.slug})


class Topic(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:topic", kwargs={"slug": self.slug})


class Article(TimeStampedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SCHEDULED = "scheduled", "Scheduled"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    summary = models.CharField(
        max_length=300, blank=True, help_text="One or two sentences for lists, feeds and search."
    )
    body = models.TextField(help_text="Markdown. HTML is allowed; scripts are removed.")
    # The rendered body is cached here by the service that saves the article.
    body_html = models.TextField(blank=True, editable=False)
    body_text = models.TextField(blank=True, editable=False)
    reading_minutes = models.PositiveSmallIntegerField(default=1, editable=False)
    author = models.ForeignKey(Author, on_delete=models.PROTECT, related_name="articles")
    topics = models.ManyToManyField(Topic, blank=True, related_name="articles")
    related = models.ManyToManyField(
        "self",
        blank=True,
        symmetrical=False,
        related_name="+",
        help_text="Chosen by hand; otherwise related articles are found by topic and text.",
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    publish_at = models.DateTimeField(
        null=True, blank=True, help_text="When it goes live; a future time schedules it."
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-publish_at", "-id"]
        # Lists of live articles walk this index backwards, newest first, and count from it
        # alone: the status is in the index, so no row is read to check it.
        indexes = [
            models.Index(fields=["publish_at", "id", "status"], name="article_live_idx"),
            models.Index(fields=["author", "publish_at", "id"], name="article_author_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status="draft") | models.Q(publish_at__isnull=False),
                name="article_live_has_publish_time",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("articles:article", kwargs={"slug": self.slug})

    @property
    def is_live(self) -> bool:
        return (
            self.status != self.Status.DRAFT
            and self.publish_at is not None
            and self.publish_at <= timezone.now()
        )

    @property
    def was_revised(self) -> bool:
        """Edited after it went live (on a later day), so readers are told when."""
        return (
            self.is_live
            and self.updated_at - self.created_at > timedelta(minutes=30)
            and self.updated_at.date() > self.publish_at.date()
        )

    @property
    def display_status(self) -> str:
        if self.status == self.Status.DRAFT:
            return "Draft"
        return "Published" if self.is_live else "Scheduled"
