from django.db import models


class TimeStampedModel(models.Model):
    """Created and updated times, kept by the database layer on every save."""

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class OutboxMail(models.Model):
    """A mail the site sent while no SMTP server was configured: kept here so staff can
    read every message at /desk/outbox/."""

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    sender = models.CharField(max_length=300)
    recipients = models.TextField(help_text="One address a line.")
    subject = models.CharField(max_length=300)
    body = models.TextField()
    html = models.TextField(blank=True)
    headers = models.JSONField(default=dict)
    message = models.TextField(help_text="The whole message as it would go on the wire.")

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "mail in the outbox"
        verbose_name_plural = "mail in the outbox"

    def __str__(self) -> str:
        return self.subject

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("outbox_detail", kwargs={"pk": self.pk})

    @property
    def recipient_list(self) -> list[str]:
        return self.recipients.splitlines()


class Lease(models.Model):
    """A named lock with an expiry, held by one process at a time (the scheduler's)."""

    name = models.CharField(max_length=60, primary_key=True)
    holder = models.CharField(max_length=120)
    expires_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.name} held by {self.holder}"
