"""Reading the environment: the only module that looks at os.environ for settings."""

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

TRUE = {"1", "true", "yes", "on"}
FALSE = {"0", "false", "no", "off", ""}


def get_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def get_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}.")


def get_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}.") from None


def get_rate(name: str, default: tuple[int, int]) -> tuple[int, int]:
    """A rate limit written as "COUNT/SECONDS", like "5/600"."""
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        count, seconds = (int(part) for part in raw.split("/"))
    except ValueError:
        raise ImproperlyConfigured(f"{name} must look like 5/600 (5 in 600 seconds).") from None
    return count, seconds


def get_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def get_path(name: str, default: Path) -> Path:
    raw = get_str(name)
    return Path(raw).expanduser().resolve() if raw else default


def get_mandatory_secret(name: str, *, debug: bool) -> str:
    """A secret the site cannot run without; development gets a fixed, clearly unsafe one."""
    value = get_str(name)
    if value:
        return value
    if debug:
        return "development-only-secret-key-never-use-in-production"
    raise ImproperlyConfigured(
        f"{name} is not set. Set it to a long random string "
        "(python3 -c 'import secrets; print(secrets.token_urlsafe(50))'), "
        "or set DEBUG=true for local development."
    )


def parse_email_url(url: str) -> dict[str, object]:
    """A Django mailer from `smtp://user:password@host:port`, with `smtp+tls://` (STARTTLS) or `smtp+ssl://`."""
    parts = urlsplit(url)
    schemes = {"smtp": (False, False), "smtp+tls": (True, False), "smtp+ssl": (False, True)}
    if parts.scheme not in schemes or not parts.hostname:
        raise ImproperlyConfigured(
            "EMAIL_URL must look like smtp://user:password@host:587 "
            "(or smtp+tls:// for STARTTLS, smtp+ssl:// for TLS)."
        )
    use_tls, use_ssl = schemes[parts.scheme]
    return {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": parts.hostname,
            "port": parts.port or (465 if use_ssl else 587 if use_tls else 25),
            "username": unquote(parts.username or ""),
            "password": unquote(parts.password or ""),
            "use_tls": use_tls,
            "use_ssl": use_ssl,
            "timeout": 20,
        },
    }
