"""The poster's own recent comments, remembered in a signed cookie so that the same browser
can see its held comments and edit or delete its comments for a while."""

from django.core import signing

from columnist.discussion import conf

COOKIE = "columnist_own"
SALT = "columnist.discussion.own"
KEEP = 20


def own_ids(request) -> list[int]:
    raw = request.get_signed_cookie(
        COOKIE, default="", salt=SALT, max_age=int(conf.DISCUSSION_EDIT_WINDOW.total_seconds()) * 96
    )
    try:
        ids = signing.loads(raw, salt=SALT) if raw else []
    except signing.BadSignature:
        return []
    return [int(i) for i in ids if isinstance(i, int)][-KEEP:]


def remember(request, response, comment_id: int) -> None:
    ids = [i for i in own_ids(request) if i != comment_id] + [comment_id]
    response.set_signed_cookie(
        COOKIE,
        signing.dumps(ids[-KEEP:], salt=SALT),
        salt=SALT,
        max_age=int(conf.DISCUSSION_EDIT_WINDOW.total_seconds()) * 96,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
