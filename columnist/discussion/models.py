from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from columnist.articles.models import Article
from columnist.discussion.querysets import CommentQuerySet


class Policy(models.Model):
    """The site's moderation policy: one row, edited in the admin."""

    class AuthorAlerts(models.TextChoices):
        INSTANT = "instant", "An email for each new question"
        DIGEST = "digest", "One email a day"
        NONE = "none", "No email"

    hold_first_comment = models.BooleanField(
        default=True,
        help_text="Hold the first comment from an address until it is approved; "
        "after that the address is trusted.",
    )
    max_links = models.PositiveSmallIntegerField(
        default=2, help_text="Hold a comment with more links than this."
    )
    close_after_days = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="Close comments this many days after an article is published "
        "(empty: never). An article can override it.",
    )
    author_alerts = models.CharField(
        max_length=10, choices=AuthorAlerts.choices, default=AuthorAlerts.INSTANT
    )
    digest_hour = models.PositiveSmallIntegerField(
        default=7, help_text="Hour of the day (site time) the daily digest is sent."
    )
    author_email = models.EmailField(
        blank=True, help_text="Where new questions are announced; empty: the staff accounts."
    )
    care_message = models.TextField(
        default=(
            "Something in what you wrote made us want to be sure you have this, just in case. "
            "If things are hard right now, you don't have to carry them alone: the people "
            "below are there to listen, at any hour. If you are in danger, call your local "
            "emergency number now."
        ),
        help_text="Shown at once to a reader whose message shows signs of crisis.",
    )

    class Meta:
        verbose_name = "moderation policy"
        verbose_name_plural = "moderation policy"

    def __str__(self) -> str:
        return "Moderation policy"

    @classmethod
    def current(cls) -> "Policy":
        """The policy row, made with the defaults the first time (a write: not for GET)."""
        policy, _ = cls.objects.get_or_create(pk=1)
        return policy

    @classmethod
    def for_reading(cls) -> "Policy":
        """The policy as it stands, without writing anything."""
        return cls.objects.filter(pk=1).first() or cls(pk=1)


class CareResource(models.Model):
    """A hotline or service shown with the care message."""

    name = models.CharField(max_length=120)
    contact = models.CharField(max_length=120, help_text="A phone number, text line or address.")
    url = models.URLField(blank=True)
    description = models.CharField(max_length=240, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class CarePhrase(models.Model):
    """A phrase the site owner adds to the crisis classifier."""

    class Category(models.TextChoices):
        SELF_HARM = "self_harm", "Self-harm or suicide"
        VIOLENCE = "violence", "Violence or abuse"

    phrase = models.CharField(max_length=120)
    category = models.CharField(max_length=12, choices=Category.choices)

    class Meta:
        ordering = ["category", "phrase"]
        constraints = [
            models.UniqueConstraint(fields=["category", "phrase"], name="care_phrase_unique")
        ]

    def __str__(self) -> str:
        return self.phrase


class BlockRule(models.Model):
    """Comments matching a rule go to spam."""

    class Kind(models.TextChoices):
        WORD = "word", "Word or phrase in the text or name"
        EMAIL = "email", "Email address or domain (@example.com)"
        IP = "ip", "IP address or range (CIDR, 203.0.113.0/24)"

    kind = models.CharField(max_length=5, choices=Kind.choices)
    value = models.CharField(max_length=200)
    note = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kind", "value"]
        constraints = [models.UniqueConstraint(fields=["kind", "value"], name="block_rule_unique")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.value}"


class Commenter(models.Model):
    """What the site knows of an email address: whether it is trusted."""

    email = models.EmailField(unique=True, help_text="Stored in lower case.")
    trusted = models.BooleanField(default=False)
    last_name = models.CharField(max_length=80, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["email"]

    def __str__(self) -> str:
        return self.email


class ContextField(models.Model):
    """A question the site asks with each top-level question, like "How long were you
    together?"."""

    class Kind(models.TextChoices):
        TEXT = "text", "Short text"
        CHOICE = "choice", "Choice"

    label = models.CharField(max_length=120)
    key = models.SlugField(max_length=40, unique=True)
    kind = models.CharField(max_length=6, choices=Kind.choices, default=Kind.TEXT)
    choices = models.TextField(blank=True, help_text="For a choice: one option a line.")
    required = models.BooleanField(default=False)
    order = models.PositiveSmallIntegerField(default=0)
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.label

    @property
    def options(self) -> list[str]:
        return [line.strip() for line in self.choices.splitlines() if line.strip()]


class Thread(models.Model):
    """The discussion under one article: whether it is open, and a version that changes
    whenever what readers see changes (it keys the cached thread)."""

    class Mode(models.TextChoices):
        DEFAULT = "default", "As the policy says"
        OPEN = "open", "Always open"
        CLOSED = "closed", "Closed"

    article = models.OneToOneField(Article, on_delete=models.CASCADE, related_name="thread")
    mode = models.CharField(max_length=8, choices=Mode.choices, default=Mode.DEFAULT)
    version = models.PositiveBigIntegerField(default=0)
    approved_count = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"Comments on {self.article}"


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        APPROVED = "approved", "Approved"
        SPAM = "spam", "Spam"
        REMOVED = "removed", "Removed"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="comments")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    # The top-level comment of this one's thread (itself for a top-level comment), the
    # depth (0 at the top) and the key that sorts a whole article's comments into display
    # order: the parent's key followed by this comment's id, fixed width.
    root = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    depth = models.PositiveIntegerField(default=0)
    path = models.CharField(max_length=600, blank=True)

    author_name = models.CharField(max_length=80)
    author_email = models.EmailField(help_text="Never shown to readers.")
    author_url = models.URLField(blank=True, max_length=300)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    is_author = models.BooleanField(default=False, help_text="Written by the column's author.")

    body = models.TextField()
    body_html = models.TextField(blank=True, editable=False)
    context = models.JSONField(default=dict, blank=True)

    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)
    held_because = models.CharField(max_length=200, blank=True)
    spam_score = models.FloatField(default=0.0)
    notify = models.BooleanField(default=False, help_text="Email the poster replies to it.")
    deleted_by_poster = models.BooleanField(default=False)
    needs_care = models.BooleanField(default=False)
    care_signals = models.CharField(max_length=300, blank=True)

    ip_address = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    moderated_at = models.DateTimeField(null=True, blank=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["path"]
        indexes = [
            models.Index(fields=["article", "path"], name="comment_thread_idx"),
            models.Index(fields=["article", "depth", "path"], name="comment_roots_idx"),
            models.Index(fields=["status", "created_at"], name="comment_queue_idx"),
            models.Index(fields=["author_email", "article"], name="comment_email_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.author_name} on {self.article}: {self.body[:40]}"

    def get_absolute_url(self) -> str:
        return reverse("discussion:permalink", kwargs={"pk": self.pk})

    @property
    def anchor(self) -> str:
        return f"comment-{self.pk}"

    @property
    def is_visible(self) -> bool:
        return self.status == self.Status.APPROVED


class SpamToken(models.Model):
    """How often a word appeared in comments the author marked spam and not spam."""

    token = models.CharField(max_length=64, unique=True)
    spam = models.PositiveIntegerField(default=0)
    ham = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return self.token


class SpamCorpus(models.Model):
    """How many comments the filter has learned from, of each kind (one row)."""

    spam = models.PositiveIntegerField(default=0)
    ham = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.spam} spam, {self.ham} not spam"

    @classmethod
    def current(cls) -> "SpamCorpus":
        corpus, _ = cls.objects.get_or_create(pk=1)
        return corpus


class Notice(models.Model):
    """A mail the discussion sent, by a key naming what it was about and to whom, so a task
    run twice sends it once."""

    key = models.CharField(max_length=200, unique=True)
    sent_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.key
