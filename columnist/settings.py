"""Columnist settings. Every value that varies between sites comes from the environment
through columnist.env; the defaults run the embedded single-machine site."""

from pathlib import Path

import dj_database_url
from django.utils.csp import CSP

from columnist import env

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = env.get_path("COLUMNIST_DATA_DIR", BASE_DIR / "var")

DEBUG = env.get_bool("DEBUG", False)
SECRET_KEY = env.get_mandatory_secret("SECRET_KEY", debug=DEBUG)
ALLOWED_HOSTS = env.get_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.get_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "columnist.core",
    "columnist.articles",
    "columnist.discussion",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "columnist.urls"
WSGI_APPLICATION = "columnist.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "columnist" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "columnist.core.context_processors.site",
                "columnist.articles.context_processors.navigation",
            ],
        },
    },
]

# Database: SQLite in the data directory unless DATABASE_URL names another.
DATA_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        env.get_str("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'columnist.sqlite3'}",
        conn_max_age=env.get_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
            "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=20000;"
        ),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: local memory on one machine, Redis when REDIS_URL is set.
REDIS_URL = env.get_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "columnist",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            # Threads are cached a comment at a time: room for a few long threads per process.
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }

# Background work runs in the same database as the data.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# What `manage.py scheduler` enqueues, and every how many seconds. Each task is idempotent.
COLUMNIST_PERIODIC_TASKS = [
    ("columnist.discussion.tasks.digest_tick", 300),
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
LOGIN_URL = "admin:login"

LANGUAGE_CODE = "en"
TIME_ZONE = env.get_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
MEDIA_URL = "media/"
MEDIA_ROOT = DATA_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Security baseline. HTTPS-only settings switch on with SECURE_HTTPS=true behind TLS.
SECURE_HTTPS = env.get_bool("SECURE_HTTPS", False)
SECURE_SSL_REDIRECT = SECURE_HTTPS and env.get_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if SECURE_HTTPS else None
SESSION_COOKIE_SECURE = SECURE_HTTPS
CSRF_COOKIE_SECURE = SECURE_HTTPS
SECURE_HSTS_SECONDS = env.get_int("SECURE_HSTS_SECONDS", 31536000 if SECURE_HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

# Mail: by SMTP when EMAIL_URL is set; otherwise kept in the outbox, readable at /desk/outbox/.
EMAIL_URL = env.get_str("EMAIL_URL")
MAILERS = {
    "default": env.parse_email_url(EMAIL_URL)
    if EMAIL_URL
    else {"BACKEND": "columnist.core.mail.OutboxBackend"}
}
DEFAULT_FROM_EMAIL = env.get_str("DEFAULT_FROM_EMAIL", "Columnist <columnist@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# The site itself.
COLUMNIST_SITE_NAME = env.get_str("COLUMNIST_SITE_NAME", "Dear Columnist")
COLUMNIST_SITE_TAGLINE = env.get_str(
    "COLUMNIST_SITE_TAGLINE", "Plain advice on love, breakups and the people in between"
)
# The public address, for feeds, sitemaps and canonical links when behind a proxy.
COLUMNIST_BASE_URL = env.get_str("COLUMNIST_BASE_URL").rstrip("/")
COLUMNIST_PORT = env.get_int("PORT", 8000)
# The discussion: top-level comments a page, and how many comments one IP address or one
# email address may post in a stretch of seconds.
DISCUSSION_ROOTS_PER_PAGE = env.get_int("DISCUSSION_ROOTS_PER_PAGE", 30)
DISCUSSION_RATE_PER_IP = env.get_rate("DISCUSSION_RATE_PER_IP", (5, 600))
DISCUSSION_RATE_PER_EMAIL = env.get_rate("DISCUSSION_RATE_PER_EMAIL", (3, 600))

COLUMNIST_ADMIN_EMAIL = env.get_str("COLUMNIST_ADMIN_EMAIL", "author@example.com")
COLUMNIST_ADMIN_PASSWORD = env.get_str("COLUMNIST_ADMIN_PASSWORD")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.get_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}
