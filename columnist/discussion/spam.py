"""Defences against spam that need no outside service: a signed form timestamp, a honeypot
field, block rules, and a filter that learns from the author's spam / not-spam decisions."""

import ipaddress
import math
import re
import time
from collections.abc import Iterable

from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F

from columnist.discussion import conf
from columnist.discussion.models import BlockRule, SpamCorpus, SpamToken
from columnist.discussion.rules import forget_rulebook

FORM_TOKEN_SALT = "columnist.discussion.form"  # noqa: S105 - a namespace, not a secret
_TOKEN = re.compile(r"[^\W_][\w'\u2019-]{1,29}", re.UNICODE)
_LINK = re.compile(r"https?://|www\.|\]\(", re.IGNORECASE)


# --- the form's signed timestamp ------------------------------------------------------------


def issue_form_token(*, now: float | None = None) -> str:
    """A token the form carries: when it was shown, signed so it cannot be forged."""
    return signing.dumps({"t": int(now if now is not None else time.time())}, salt=FORM_TOKEN_SALT)


def check_form_token(token: str | None, *, now: float | None = None) -> None:
    now = now if now is not None else time.time()
    try:
        shown = signing.loads(token or "", salt=FORM_TOKEN_SALT)["t"]
    except (signing.BadSignature, KeyError, TypeError):
        raise ValidationError(
            "The form could not be checked. Please send it again.", code="form_token"
        ) from None
    age = now - shown
    if age < conf.DISCUSSION_MIN_FORM_SECONDS:
        raise ValidationError(
            "That was sent faster than a person can type. Please wait a moment and send it again.",
            code="too_fast",
        )
    if age > conf.DISCUSSION_MAX_FORM_AGE.total_seconds():
        raise ValidationError(
            "This form was open for too long. Please send it again.", code="too_old"
        )


def check_honeypot(value: str | None) -> None:
    if value:
        raise ValidationError("This message could not be accepted.", code="honeypot")


# --- block rules ----------------------------------------------------------------------------


def blocked_by(
    *, name: str, email: str, body: str, ip_address: str | None, rules: Iterable[BlockRule]
) -> str:
    """The first block rule a comment matches, as a reason, or ""."""
    text = f"{name}\n{body}".casefold()
    email = email.casefold()
    address = _parse_ip(ip_address)
    for rule in rules:
        value = rule.value.strip().casefold()
        if not value:
            continue
        if rule.kind == BlockRule.Kind.WORD and re.search(
            rf"(?<!\w){re.escape(value)}(?!\w)", text
        ):
            return f"blocked word “{rule.value}”"
        if rule.kind == BlockRule.Kind.EMAIL and (
            email == value or (value.startswith("@") and email.endswith(value))
        ):
            return f"blocked address {rule.value}"
        if rule.kind == BlockRule.Kind.IP and address and _in_network(address, value):
            return f"blocked IP range {rule.value}"
    return ""


def _parse_ip(raw: str | None):
    try:
        return ipaddress.ip_address(raw) if raw else None
    except ValueError:
        return None


def _in_network(address, value: str) -> bool:
    try:
        return address in ipaddress.ip_network(value, strict=False)
    except ValueError:
        return False


def count_links(body: str) -> int:
    return len(_LINK.findall(body))


# --- the learning filter --------------------------------------------------------------------
# A naive Bayes filter in the manner of Paul Graham's "A Plan for Spam": each word's spam
# probability from the author's decisions, combined over the most telling words.

MIN_CORPUS = 5  # of each kind, before the filter says anything
TELLING_WORDS = 15


def tokens(*, name: str, body: str, url: str = "") -> set[str]:
    words = {w.casefold() for w in _TOKEN.findall(f"{name} {body}")}
    if url:
        words.add("url:" + url.split("//")[-1].split("/")[0].casefold())
    if count_links(body):
        words.add("has:link")
    return {w[:64] for w in words}


def spam_probability(words: set[str], *, learned: tuple[int, int]) -> float:
    """0 (surely not spam) to 1 (surely spam); 0.5 until the filter has learned from enough
    comments of each kind (`learned`: how many spam, how many not)."""
    spam_seen, ham_seen = learned
    if spam_seen < MIN_CORPUS or ham_seen < MIN_CORPUS or not words:
        return 0.5
    known = SpamToken.objects.filter(token__in=words).values_list("token", "spam", "ham")
    probabilities = []
    for _, spam, ham in known:
        p_spam = min(1.0, spam / spam_seen)
        p_ham = min(1.0, 2 * ham / ham_seen)  # ham counts double, as Graham suggests
        if spam + ham < 2:
            continue
        probabilities.append(max(0.01, min(0.99, p_spam / (p_spam + p_ham))))
    if not probabilities:
        return 0.5
    telling = sorted(probabilities, key=lambda p: abs(p - 0.5), reverse=True)[:TELLING_WORDS]
    log_spam = sum(math.log(p) for p in telling)
    log_ham = sum(math.log(1 - p) for p in telling)
    return 1 / (1 + math.exp(log_ham - log_spam))


@transaction.atomic
def learn(*, words: set[str], is_spam: bool, unlearn: bool = False) -> None:
    """Count a decision (or take one back, when the author changes their mind)."""
    step = -1 if unlearn else 1
    column = "spam" if is_spam else "ham"
    existing = set(SpamToken.objects.filter(token__in=words).values_list("token", flat=True))
    if not unlearn:
        SpamToken.objects.bulk_create(
            [SpamToken(token=w) for w in words - existing], ignore_conflicts=True
        )
    SpamToken.objects.filter(token__in=words, **{f"{column}__gte": 1 if unlearn else 0}).update(
        **{column: F(column) + step}
    )
    corpus = SpamCorpus.current()
    SpamCorpus.objects.filter(pk=corpus.pk, **{f"{column}__gte": 1 if unlearn else 0}).update(
        **{column: F(column) + step}
    )
    forget_rulebook()
