import pytest

from columnist.core.markdown import html_to_text, reading_minutes, render_author_markdown


def test_commonmark_basics_render():
    html = render_author_markdown("## Start here\n\nOne *small* step.\n\n- a\n- b\n\n> a letter")
    assert "<h2>Start here</h2>" in html
    assert "<em>small</em>" in html
    assert "<li>a</li>" in html
    assert "<blockquote>" in html


def test_author_html_is_kept_but_cleaned():
    html = render_author_markdown(
        '<p class="x">Kept <strong>bold</strong></p>\n\n<script>alert(1)</script>\n\n'
        '<img src="/a.png" onerror="alert(2)" alt="a">'
    )
    assert "<strong>bold</strong>" in html
    assert "<script" not in html and "alert(1)" not in html
    assert "onerror" not in html
    assert 'alt="a"' in html


@pytest.mark.parametrize(
    "source",
    [
        "[click](javascript:alert(1))",
        '<a href="javascript:alert(1)">click</a>',
        '<a href="data:text/html;base64,PHNjcmlwdD4=">click</a>',
        '<a href="JaVaScRiPt&#58;alert(1)">click</a>',
        '<svg onload="alert(1)"><circle r="4"/></svg>',
        '<iframe src="https://example.com"></iframe>',
        "<style>body{display:none}</style>",
        '<p style="position:fixed">x</p>',
        '<form action="/x"><input name="a"></form>',
    ],
)
def test_hostile_author_html_is_neutralised(source):
    html = render_author_markdown(source).lower()
    for marker in (
        'href="javascript',
        'href="data:',
        "onload",
        "<svg",
        "<iframe",
        "<style",
        "style=",
        "<form",
    ):
        assert marker not in html


def test_links_keep_safe_targets():
    html = render_author_markdown("[next](/articles/next/) and [mail](mailto:a@example.com)")
    assert 'href="/articles/next/"' in html
    assert 'href="mailto:a@example.com"' in html


def test_plain_text_keeps_paragraphs_and_decodes_entities():
    text = html_to_text(
        "<h2>Title</h2><p>Fish &amp; chips</p><p>Line<br>two</p><script>x()</script>"
    )
    assert text == "Title\n\nFish & chips\n\nLine\n\ntwo"


def test_reading_minutes_round_up_and_never_zero():
    assert reading_minutes("") == 1
    assert reading_minutes("word " * 220) == 1
    assert reading_minutes("word " * 221) == 2
