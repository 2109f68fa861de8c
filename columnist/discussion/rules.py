"""The rules every new comment is checked against (policy, block rules, care phrases, context
questions, what the spam filter has learned), read once and kept in the cache for a few
seconds: posting and page views then need no query for them. Saving any of them through the
ORM clears the copy at once; other processes without a shared cache see a change within
RULEBOOK_SECONDS."""

from dataclasses import dataclass

from django.core.cache import cache

RULEBOOK_KEY = "discussion:rulebook"
RULEBOOK_SECONDS = 10


@dataclass(frozen=True)
class Rulebook:
    policy: "Policy"  # noqa: F821
    block_rules: tuple
    care_phrases: tuple[tuple[str, str], ...]
    context_fields: tuple
    spam_learned: tuple[int, int]  # comments learned from: (spam, not spam)


def rulebook() -> Rulebook:
    book = cache.get(RULEBOOK_KEY)
    if book is None:
        book = _read()
        cache.set(RULEBOOK_KEY, book, RULEBOOK_SECONDS)
    return book


def _read() -> Rulebook:
    from columnist.discussion.models import (
        BlockRule,
        CarePhrase,
        ContextField,
        Policy,
        SpamCorpus,
    )

    corpus = SpamCorpus.objects.filter(pk=1).first()
    return Rulebook(
        policy=Policy.for_reading(),
        block_rules=tuple(BlockRule.objects.all()),
        care_phrases=tuple(CarePhrase.objects.values_list("category", "phrase")),
        context_fields=tuple(ContextField.objects.filter(active=True)),
        spam_learned=(corpus.spam, corpus.ham) if corpus else (0, 0),
    )


def forget_rulebook(**kwargs) -> None:
    cache.delete(RULEBOOK_KEY)
