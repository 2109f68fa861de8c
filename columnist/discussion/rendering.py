"""The thread's HTML, built from each comment's rendered fragment. A fragment is rendered
once and kept in the cache until something it shows changes (an edit, a status, its nesting),
so the first view after a new comment renders only that comment, not the whole page."""

import hashlib

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from columnist.discussion.selectors import ThreadItem

FRAGMENT_SECONDS = 24 * 3600
# Between fragments rendered together; nh3 strips HTML comments from reader text, so it
# cannot appear inside a fragment.
SEPARATOR = "<!--columnist:item-->"


def _key(item: ThreadItem) -> str:
    c = item.comment
    edited = c.edited_at.timestamp() if c.edited_at else 0
    shown = f"{c.status}:{item.level}:{item.reply_to}:{item.placeholder}:{edited}"
    return f"comment-html:{c.pk}:{hashlib.md5(shown.encode(), usedforsecurity=False).hexdigest()}"


def rendered_items(items: list[ThreadItem]) -> list[SafeString]:
    keys = [_key(item) for item in items]
    found = cache.get_many(keys)
    missing = [(item, key) for item, key in zip(items, keys, strict=True) if key not in found]
    if missing:
        html = render_to_string(
            "discussion/_thread.html#comments", {"items": [item for item, _ in missing]}
        )
        fresh = dict(zip((key for _, key in missing), html.split(SEPARATOR), strict=False))
        cache.set_many(fresh, FRAGMENT_SECONDS)
        found.update(fresh)
    return [mark_safe(found[key]) for key in keys]  # noqa: S308 - rendered by our template
