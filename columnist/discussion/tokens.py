"""Signed tokens in links the discussion mails out. JSON, never pickle."""

from django.core import signing

STOP_SALT = "columnist.discussion.stop-thread"


def stop_token(*, email: str, root_id: int) -> str:
    return signing.dumps({"e": email.lower(), "r": root_id}, salt=STOP_SALT, compress=True)


def read_stop_token(token: str) -> tuple[str, int] | None:
    """(email, root id), or None for a token that is not ours."""
    try:
        data = signing.loads(token, salt=STOP_SALT)
        return str(data["e"]), int(data["r"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
