"""Absolute addresses for places with no request at hand (mail, tasks)."""

from django.conf import settings


def absolute(path: str) -> str:
    base = settings.COLUMNIST_BASE_URL or f"http://127.0.0.1:{settings.COLUMNIST_PORT}"
    return base.rstrip("/") + path
