"""Settings of the discussion app, each with its default; override them in settings."""

from datetime import timedelta

from django.conf import settings

# Nesting shown on the page; deeper replies sit at this depth with "in reply to NAME".
DISCUSSION_DISPLAY_DEPTH: int = getattr(settings, "DISCUSSION_DISPLAY_DEPTH", 5)
# Top-level comments a page; their replies come with them.
DISCUSSION_ROOTS_PER_PAGE: int = getattr(settings, "DISCUSSION_ROOTS_PER_PAGE", 30)
# The API may ask for more top-level comments a page, up to this.
DISCUSSION_API_MAX_ROOTS: int = getattr(settings, "DISCUSSION_API_MAX_ROOTS", 500)
# Levels kept in the ordering key; replies deeper than this sort by time under that level.
DISCUSSION_PATH_DEPTH: int = getattr(settings, "DISCUSSION_PATH_DEPTH", 48)

DISCUSSION_MAX_LENGTH: int = getattr(settings, "DISCUSSION_MAX_LENGTH", 8000)
DISCUSSION_MAX_NAME_LENGTH: int = 80
# A form sent sooner than this after it was shown is a robot's; later than this, stale.
DISCUSSION_MIN_FORM_SECONDS: int = getattr(settings, "DISCUSSION_MIN_FORM_SECONDS", 3)
DISCUSSION_MAX_FORM_AGE: timedelta = getattr(settings, "DISCUSSION_MAX_FORM_AGE", timedelta(days=2))
# How long a poster may edit or delete their comment from the same browser.
DISCUSSION_EDIT_WINDOW: timedelta = getattr(
    settings, "DISCUSSION_EDIT_WINDOW", timedelta(minutes=15)
)
# Rate limits: (comments, seconds) per IP address and per email address.
DISCUSSION_RATE_PER_IP: tuple[int, int] = getattr(settings, "DISCUSSION_RATE_PER_IP", (5, 600))
DISCUSSION_RATE_PER_EMAIL: tuple[int, int] = getattr(
    settings, "DISCUSSION_RATE_PER_EMAIL", (3, 600)
)
# The same text from the same address within this time is a duplicate.
DISCUSSION_DUPLICATE_WINDOW: timedelta = getattr(
    settings, "DISCUSSION_DUPLICATE_WINDOW", timedelta(days=1)
)
