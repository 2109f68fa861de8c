from hypothesis import given
from hypothesis import strategies as st

from columnist.core.search import MAX_QUERY_CHARS, MAX_TERMS, highlight, parse_query


def test_empty_query_asks_for_words():
    query = parse_query("   ")
    assert not query.is_searchable and "Type a word" in query.problem


def test_only_common_words_explains_why():
    query = parse_query("what do I do")
    assert not query.is_searchable and "too common" in query.problem


def test_punctuation_only_explains_why():
    assert "no words" in parse_query("!!! ??? ***").problem


def test_terms_are_words_only_lowercased_and_deduplicated():
    query = parse_query('"Breakup" OR breakup* AND NEAR(ex) -- ; DROP')
    assert query.terms == ("breakup", "near", "ex", "drop")


def test_long_queries_are_trimmed():
    query = parse_query("word" + " another" * 500)
    assert len(query.text) <= MAX_QUERY_CHARS
    assert len(query.terms) <= MAX_TERMS


def test_highlight_escapes_everything_but_the_marks():
    assert highlight("<b>x</b> \x02hit\x03") == "&lt;b&gt;x&lt;/b&gt; <mark>hit</mark>"


@given(st.text(max_size=400))
def test_any_text_parses_to_safe_terms(raw):
    query = parse_query(raw)
    assert len(query.text) <= MAX_QUERY_CHARS
    for term in query.terms:
        assert term.isalnum() and '"' not in term
    assert query.is_searchable or query.problem
