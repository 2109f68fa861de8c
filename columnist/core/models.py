from django.db import models


class TimeStampedModel(models.Model):
    """Created and updated times, kept by the database layer on every save."""

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
