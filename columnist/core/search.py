"""Full-text search on the database's own engine: SQLite FTS5, PostgreSQL tsvector + GIN.

An app declares a FullTextIndex over some text columns of one of its tables and installs it
after migrations (installing is idempotent and repairs itself). Queries are parsed here into
plain word terms, so nothing a reader types is ever interpreted as search syntax or SQL.
"""

import re
from dataclasses import dataclass

from django.db import connections
from django.db.models import QuerySet
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

MAX_QUERY_CHARS = 200
MAX_TERMS = 8
MAX_TERM_CHARS = 40
# Counting stops past this many matches ("more than 1,000"); no reader pages that far.
MAX_COUNTED = 1000
# PostgreSQL ranks at most this many matches, the newest; a word found in more articles than
# that does not tell them apart, and ranking reads every candidate's whole vector.
MAX_RANKED = 1000
_START, _STOP = "\x02", "\x03"
_WORD = re.compile(r"[^\W_]+")
# Words too common to narrow a search; both engines would match them almost everywhere.
STOPWORDS = frozenset({
    "a", "about", "after", "again", "all", "am", "an", "and", "any", "are", "as", "at", "be",
    "because", "been", "before", "being", "but", "by", "can", "could", "did", "do", "does",
    "doing", "for", "from", "had", "has", "have", "having", "he", "her", "here", "hers", "him",
    "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "me", "my", "no", "nor",
    "not", "of", "off", "on", "once", "only", "or", "our", "out", "over", "own", "she", "should",
    "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these",
    "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we",
    "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
    "would", "you", "your", "yours",
})  # fmt: skip


@dataclass(frozen=True)
class ParsedQuery:
    """A reader's search, reduced to words: `text` is what they typed (trimmed), `terms` what
    is searched for, and `problem` a sentence to show when there is nothing to search."""

    text: str
    terms: tuple[str, ...]
    problem: str = ""

    @property
    def is_searchable(self) -> bool:
        return bool(self.terms)


def parse_query(raw: str | None) -> ParsedQuery:
    text = " ".join((raw or "").split())[:MAX_QUERY_CHARS]
    if not text:
        return ParsedQuery(text="", terms=(), problem="Type a word or two to search the column.")
    words = [w.lower() for w in _WORD.findall(text) if len(w) <= MAX_TERM_CHARS]
    terms = tuple(dict.fromkeys(w for w in words if w not in STOPWORDS))[:MAX_TERMS]
    if not terms:
        problem = (
            "Those words are too common to search for. Try a word that says what it is about, "
            "such as “jealousy” or “moving out”."
            if words
            else "There were no words to search for. Try plain words, such as “breakup”."
        )
        return ParsedQuery(text=text, terms=(), problem=problem)
    return ParsedQuery(text=text, terms=terms)


def highlight(marked: str | None) -> SafeString:
    """Escape text that the engine marked with control characters, then turn marks to <mark>."""
    escaped = escape((marked or "").strip())
    return mark_safe(escaped.replace(_START, "<mark>").replace(_STOP, "</mark>"))  # noqa: S308


@dataclass(frozen=True)
class Hit:
    pk: int
    score: float
    title: SafeString
    snippet: SafeString


@dataclass(frozen=True)
class FullTextIndex:
    """Columns of one table searched together. `fields` pairs each column with its weight
    (highest first: the title before the summary before the body)."""

    table: str
    fields: tuple[tuple[str, float], ...]
    title_field: str
    snippet_field: str
    language: str = "english"
    # Columns also searched on their own (related articles by title and summary): PostgreSQL
    # gives them a small vector and index of their own, so matching them reads no body.
    head: tuple[str, ...] = ()

    # --- installing -----------------------------------------------------------------------

    def install(self, connection) -> None:
        if connection.vendor == "sqlite":
            self._install_sqlite(connection)
        elif connection.vendor == "postgresql":
            self._install_postgresql(connection)
        else:
            raise NotImplementedError(f"Full-text search is not built for {connection.vendor}.")

    @property
    def _fts(self) -> str:
        return f"{self.table}_fts"

    def _columns(self) -> list[str]:
        return [name for name, _ in self.fields]

    def _sqlite_triggers(self) -> dict[str, str]:
        cols = ", ".join(self._columns())
        new = ", ".join(f"new.{c}" for c in self._columns())
        old = ", ".join(f"old.{c}" for c in self._columns())
        fts, table = self._fts, self.table
        delete = f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});"
        insert = f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new});"
        return {
            f"{table}_fts_ai": f"AFTER INSERT ON {table} BEGIN {insert} END",
            f"{table}_fts_ad": f"AFTER DELETE ON {table} BEGIN {delete} END",
            f"{table}_fts_au": f"AFTER UPDATE ON {table} BEGIN {delete} {insert} END",
        }

    def _install_sqlite(self, connection) -> None:
        triggers = self._sqlite_triggers()
        placeholders = ", ".join(["%s"] * (len(triggers) + 1))
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT name FROM sqlite_master "
                f"WHERE type IN ('table', 'trigger') AND name IN ({placeholders})",
                [self._fts, *triggers],
            )
            present = {row[0] for row in cursor.fetchall()}
            if present == {self._fts, *triggers}:
                return
            # A table rebuilt by a migration loses its triggers: recreate them and reindex.
            cursor.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {self._fts} USING fts5("
                f"{', '.join(self._columns())}, content='{self.table}', content_rowid='id', "
                "tokenize='porter unicode61 remove_diacritics 2')"
            )
            for name, body in triggers.items():
                cursor.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")
            cursor.execute(f"INSERT INTO {self._fts}({self._fts}) VALUES ('rebuild')")

    def _weight_letter(self, column: str) -> str:
        return "ABCD"[min(self._columns().index(column), 3)]

    def _install_postgresql(self, connection) -> None:
        with connection.cursor() as cursor:
            for column, names in (("search_vector", self._columns()), ("search_head", self.head)):
                if not names:
                    continue
                vector = " || ".join(
                    f"setweight(to_tsvector('{self.language}'::regconfig, coalesce({name}, '')), "
                    f"'{self._weight_letter(name)}')"
                    for name in names
                )
                cursor.execute(
                    f"ALTER TABLE {self.table} ADD COLUMN IF NOT EXISTS {column} tsvector "
                    f"GENERATED ALWAYS AS ({vector}) STORED"
                )
                cursor.execute(
                    f"CREATE INDEX IF NOT EXISTS {self.table}_{column}_gin "
                    f"ON {self.table} USING GIN ({column})"
                )

    # --- searching ------------------------------------------------------------------------

    def count(self, query: ParsedQuery, within: QuerySet, *, match_all: bool) -> int:
        """How many rows of `within` match the query."""
        if not query.is_searchable:
            return 0
        sql = self._sql(query, within, match_all)
        with connections[within.db].cursor() as cursor:
            cursor.execute(sql.count, [sql.match, *sql.restrict_params])
            return cursor.fetchone()[0]

    def hits(
        self,
        query: ParsedQuery,
        within: QuerySet,
        *,
        match_all: bool,
        offset: int,
        limit: int,
        marked: bool = True,
        columns: tuple[str, ...] = (),
    ) -> list[Hit]:
        """One page of matching rows of `within`, best first. With `marked`, the matched words
        are marked in the title and in a snippet of the body; those are made for the page's
        rows only, after ranking. `columns` limits the match to some of the fields."""
        if not query.is_searchable:
            return []
        sql = self._sql(query, within, match_all, columns)
        params = [sql.match, *sql.restrict_params, limit, offset]
        with connections[within.db].cursor() as cursor:
            if marked:
                cursor.execute(sql.marked, [*params, sql.match])
            else:
                cursor.execute(sql.ranked, params)
            rows = cursor.fetchall()
        if not marked:
            return [Hit(pk=pk, score=float(score), title="", snippet="") for pk, score in rows]
        return [
            Hit(pk=pk, score=float(score), title=highlight(title), snippet=highlight(snip))
            for pk, score, title, snip in rows
        ]

    def _sql(self, query: ParsedQuery, within: QuerySet, match_all: bool, columns=()) -> "_SQL":
        restrict_sql, restrict_params = within.values("pk").query.sql_with_params()
        unknown = set(columns) - set(self._columns())
        if unknown:
            raise ValueError(f"Not in this index: {', '.join(sorted(unknown))}")
        if connections[within.db].vendor == "sqlite":
            return self._sqlite_sql(query, match_all, restrict_sql, restrict_params, columns)
        return self._postgresql_sql(query, match_all, restrict_sql, restrict_params, columns)

    def _sqlite_sql(self, query, match_all, restrict_sql, restrict_params, columns) -> "_SQL":
        fts = self._fts
        weights = ", ".join(str(weight) for _, weight in self.fields)
        title_col = self._columns().index(self.title_field)
        snippet_col = self._columns().index(self.snippet_field)
        # The unary + keeps SQLite from handing the IN list to FTS5 as rowid lookups (one
        # full-text query per candidate row); the match drives, the list filters.
        where = f"{fts} MATCH %s AND +{fts}.rowid IN ({restrict_sql})"
        ranked = (
            f"SELECT {fts}.rowid AS id, bm25({fts}, {weights}) AS score FROM {fts} "
            f"WHERE {where} ORDER BY score, id DESC LIMIT %s OFFSET %s"
        )
        marked = (
            f"SELECT page.id, page.score, highlight({fts}, {title_col}, char(2), char(3)), "
            f"snippet({fts}, {snippet_col}, char(2), char(3), '…', 32) "
            f"FROM ({ranked}) AS page JOIN {fts} ON {fts}.rowid = page.id "
            f"WHERE {fts} MATCH %s ORDER BY page.score, page.id DESC"
        )
        match = (" " if match_all else " OR ").join(f'"{term}"' for term in query.terms)
        if columns:
            match = f"{{{' '.join(columns)}}} : ({match})"
        return _SQL(
            match=match,
            restrict_params=restrict_params,
            count=_capped_count(f"SELECT 1 FROM {fts} WHERE {where}"),
            ranked=ranked,
            marked=marked,
        )

    def _postgresql_sql(self, query, match_all, restrict_sql, restrict_params, columns) -> "_SQL":
        lang, table = self.language, self.table
        tsquery = f"to_tsquery('{lang}'::regconfig, %s)"
        vector = "search_vector"
        if columns and set(columns) == set(self.head):
            vector, columns = "search_head", ()
        where = f"t.{vector} @@ q AND t.id IN ({restrict_sql})"
        marks = "StartSel=\x02, StopSel=\x03"
        candidates = (
            f"SELECT t.id, t.{vector} AS vector, q AS query FROM {table} t, {tsquery} q "
            f"WHERE {where} ORDER BY t.id DESC LIMIT {MAX_RANKED}"
        )
        ranked = (
            f"SELECT c.id, ts_rank_cd(c.vector, c.query) AS score FROM ({candidates}) c "
            f"ORDER BY score DESC, c.id DESC LIMIT %s OFFSET %s"
        )
        marked = (
            f"SELECT page.id, page.score, "
            f"ts_headline('{lang}'::regconfig, t.{self.title_field}, q, "
            f"'{marks}, HighlightAll=true'), "
            f"ts_headline('{lang}'::regconfig, t.{self.snippet_field}, q, "
            f"'{marks}, MaxWords=34, MinWords=16, MaxFragments=2, FragmentDelimiter=\" … \"') "
            f"FROM ({ranked}) AS page JOIN {table} t ON t.id = page.id, {tsquery} q "
            f"ORDER BY page.score DESC, page.id DESC"
        )
        # Each column is indexed under its own weight letter; `term:AB` matches only those.
        letters = "".join(self._weight_letter(c) for c in columns)
        terms = [f"{term}:{letters}" if letters else term for term in query.terms]
        return _SQL(
            match=(" & " if match_all else " | ").join(terms),
            restrict_params=restrict_params,
            count=_capped_count(f"SELECT 1 FROM {table} t, {tsquery} q WHERE {where}"),
            ranked=ranked,
            marked=marked,
        )


def _capped_count(matches_sql: str) -> str:
    return f"SELECT count(*) FROM ({matches_sql} LIMIT {MAX_COUNTED + 1}) AS capped"


@dataclass(frozen=True)
class _SQL:
    """A search's statements: `count` and `ranked` take the match and the restricting
    parameters (then limit and offset); `marked` takes those and the match once more."""

    match: str
    restrict_params: tuple
    count: str
    ranked: str
    marked: str
