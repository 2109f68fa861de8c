"""Markdown to safe HTML. Everything rendered here passes through nh3 (ammonia) before it is
stored or shown, so a script or event handler never survives, whoever wrote the text."""

import html
import math
import re
from functools import cache

import nh3
from markdown_it import MarkdownIt

# What an author may use: the usual document tags, tables and images; no scripts, styles,
# frames, forms or event handlers, and links only to web, mail and relative addresses.
AUTHOR_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details",
    "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr",
    "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span",
    "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time",
    "tr", "u", "ul",
}  # fmt: skip
AUTHOR_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "ol": {"start"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "time": {"datetime"},
    "blockquote": {"cite"},
}
URL_SCHEMES = {"http", "https", "mailto"}
WORDS_PER_MINUTE = 220
_BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote|pre|tr|div|dd|dt|figcaption)>|<br\s*/?>", re.I)
_SPACE = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


@cache
def _author_parser() -> MarkdownIt:
    # CommonMark with raw HTML allowed (it is cleaned afterwards), plus tables and strikethrough.
    return MarkdownIt("commonmark", {"html": True, "typographer": True}).enable(
        ["table", "strikethrough", "replacements", "smartquotes"]
    )


def clean_author_html(fragment: str) -> str:
    return nh3.clean(
        fragment,
        tags=AUTHOR_TAGS,
        clean_content_tags={"script", "style"},
        attributes=AUTHOR_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener",
    )


def render_author_markdown(source: str) -> str:
    """An author's Markdown (which may contain HTML) as sanitised HTML."""
    return clean_author_html(_author_parser().render(source or ""))


def html_to_text(fragment: str) -> str:
    """Readable plain text of an HTML fragment, for search, summaries and reading time."""
    spaced = _BLOCK_END.sub(lambda m: m.group(0) + "\n\n", fragment or "")
    text = html.unescape(nh3.clean(spaced, tags=set(), clean_content_tags={"script", "style"}))
    lines = (_SPACE.sub(" ", line).strip() for line in text.splitlines())
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def reading_minutes(text: str) -> int:
    words = len(text.split())
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


# What a reader may use: paragraphs, emphasis, links, lists, quotes and inline code. No
# headings, images, tables or raw HTML; links are marked as user content and not followed.
READER_TAGS = {"p", "br", "em", "strong", "a", "ul", "ol", "li", "blockquote", "code"}
READER_LINK_REL = "nofollow ugc noopener"


@cache
def _reader_parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False, "breaks": True, "typographer": True})
    parser.disable(
        ["heading", "lheading", "code", "fence", "hr", "image", "html_block", "html_inline"]
    )
    parser.enable(["replacements", "smartquotes"])
    return parser


def render_reader_markdown(source: str) -> str:
    """A reader's text as sanitised HTML in the reader subset; hostile input comes out as
    harmless text."""
    html = _reader_parser().render(source or "")
    return nh3.clean(
        html,
        tags=READER_TAGS,
        clean_content_tags={"script", "style"},
        attributes={"a": {"href"}, "ol": {"start"}},
        url_schemes=URL_SCHEMES,
        url_relative="deny",  # a reader's link goes to a full web or mail address, or nowhere
        link_rel=READER_LINK_REL,
    )
