"""The suite's settings: the real ones, with a throwaway key and static files served as they
are (the manifest storage wants collectstatic first). DATABASE_URL picks PostgreSQL."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-for-the-columnist-suite")

from columnist.settings import *  # noqa: F403
from columnist.settings import STORAGES

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# On SQLite the suite uses a file, not memory: the browser tests' live server then has its own
# connection instead of sharing the test's across threads.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test-columnist.sqlite3")}  # noqa: F405
