"""Hypothesis strategies: one per model class, news-like HTML pages, and page mutations.

* ``blocks()``, ``datelines()``, ``media()``, ``nav_links()``, ``problems()``,
  ``articles()``: valid model values (for round-trip properties).
* ``news_pages()``: random but realistic article pages (headline, standfirst, byline,
  paragraphs with inline markup, figures, lists, quotes, navigation, related links,
  scripts, JSON-LD and footer boilerplate around them), as :class:`GeneratedPage`.
* ``encoded_pages()``: those pages as bytes in one of several encodings, with a true,
  missing or lying charset declaration.
* ``mutated()``: a page with elements dropped or duplicated, attributes shuffled,
  bytes truncated, junk injected, or re-encoded; applied to generated pages and, when
  ``NEWSPARSE_CORPUS`` is set, to real corpus pages (``corpus_pages()``).

Everything here is pure: no strategy reads a file except ``corpus_pages()``, which
reads the corpus lazily and only when the corpus is present.
"""

from __future__ import annotations

import functools
import gzip
import html
import json
import os
import random
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import attrs
from attrs import frozen
from hypothesis import strategies as st

from newsparse.model import (
    Article,
    Block,
    BlockKind,
    Dateline,
    Media,
    MediaKind,
    NavLink,
    NavRole,
    Problem,
)
from newsparse.toolkit.text import normalize_space

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"

# -- text -------------------------------------------------------------------------------

_WORDS = (
    "the council voted budget minister said on tuesday city police report water school "
    "election court ruling storm market prices rose fell officials according to new plan "
    "residents hospital strike union government opposition leader reform tax years after "
    "Zürich São Paulo Kraków Ελλάδα Москва 東京 서울 القاهرة ירושלים naïve café – — “quoted” "
    "'single' & < > 100% $5 €20 1,000 3.5 #tag @name"
).split()

#: Non-blank, whitespace-normalized text (what the model's text fields hold).
clean_text = st.builds(
    lambda words: " ".join(words),
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12),
)
#: Arbitrary non-blank text, including control characters and odd whitespace.
raw_text = st.text(min_size=1, max_size=40).filter(lambda s: bool(s.strip()))
any_text = st.one_of(clean_text, raw_text)
optional_text = st.none() | any_text
http_urls = st.builds(
    lambda scheme, host, path: f"{scheme}://{host}/{path}",
    st.sampled_from(("http", "https")),
    st.sampled_from(
        ("example.com", "news.example.org", "www.example.net", "xn--bcher-kva.example")
    ),
    st.from_regex(r"[a-z0-9/_-]{0,30}", fullmatch=True),
)

# -- model classes ------------------------------------------------------------------------


def blocks() -> st.SearchStrategy[Block]:
    return st.builds(Block, kind=st.sampled_from(BlockKind), text=any_text)


def datelines() -> st.SearchStrategy[Dateline]:
    return st.builds(
        Dateline,
        text=any_text,
        location=optional_text,
        agency=optional_text,
        date_text=optional_text,
    )


def media() -> st.SearchStrategy[Media]:
    sizes = st.none() | st.integers(min_value=0, max_value=100_000)
    return st.builds(
        Media,
        kind=st.sampled_from(MediaKind),
        url=http_urls,
        caption=optional_text,
        credit=optional_text,
        alt=optional_text,
        width=sizes,
        height=sizes,
        position=st.integers(min_value=0, max_value=500),
    )


def nav_links() -> st.SearchStrategy[NavLink]:
    return st.builds(NavLink, role=st.sampled_from(NavRole), text=any_text, url=http_urls)


def problems() -> st.SearchStrategy[Problem]:
    return st.builds(Problem, field=clean_text, message=any_text)


def _offsets() -> st.SearchStrategy[Any]:
    minutes = st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59)
    return st.none() | st.just(UTC) | minutes.map(lambda m: timezone(timedelta(minutes=m)))


def datetimes() -> st.SearchStrategy[datetime]:
    """Naive, UTC, fixed-offset and named-zone datetimes (DST folds included)."""
    named = st.timezones()
    return st.one_of(
        st.datetimes(min_value=datetime(1900, 1, 1), timezones=_offsets()),
        st.datetimes(min_value=datetime(1900, 1, 2), timezones=named, allow_imaginary=False),
    )


def articles() -> st.SearchStrategy[Article]:
    # standfirst_shown needs a standfirst: set it only where there is one.
    return st.builds(_article, shown=st.booleans(), article=_plain_articles())


def _article(*, shown: bool, article: Article) -> Article:
    return attrs.evolve(article, standfirst_shown=shown and article.standfirst is not None)


def _plain_articles() -> st.SearchStrategy[Article]:
    return st.builds(
        Article,
        headline=any_text,
        adapter=st.sampled_from(("generic", "example_news")),
        url=st.none() | http_urls,
        canonical_url=st.none() | http_urls,
        site_name=optional_text,
        language=st.none() | st.sampled_from(("en", "de-CH", "ja", "pt-BR")),
        standfirst=optional_text,
        authors=st.lists(clean_text, max_size=4),
        published=st.none() | datetimes(),
        modified=st.none() | datetimes(),
        dateline=st.none() | datelines(),
        source=optional_text,
        quick_read=st.lists(any_text, max_size=4),
        body=st.lists(blocks(), max_size=6),
        media=st.lists(media(), max_size=4),
        navigation=st.lists(nav_links(), max_size=4),
        free_access=st.none() | st.booleans(),
        problems=st.lists(problems(), max_size=4),
    )


# -- news-like HTML pages -------------------------------------------------------------------


@frozen(kw_only=True)
class GeneratedPage:
    """A generated page and what was put into it."""

    html: str
    url: str | None
    headline: str
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


_HREFS = (
    "/news/2026/story-{n}",
    "story-{n}.html",
    "../section/{n}",
    "//cdn.example.com/{n}",
    "https://other.example.org/{n}",
    "#comments",
    "javascript:void(0)",
    "data:text/html,<b>{n}</b>",
    "file:///etc/passwd",
    "mailto:desk@example.com",
    "  /spaced/{n}  ",
    "http://[bad",
    "",
)
_SRCS = (
    "/img/{n}.jpg",
    "https://images.example.com/{n}.webp",
    "//cdn.example.com/{n}.png",
    "data:image/png;base64,iVBORw0KGgo=",
    "javascript:alert(1)",
    "file:///tmp/{n}.jpg",
    "{n}.gif",
    "",
)
_DATES = (
    "2026-11-27T10:00:00Z",
    "2026-11-27T10:00:00+05:30",
    "2026-11-27T10:00:00-14:00",
    "Fri, 27 Nov 2026 10:00:00 GMT",
    "27.11.2026 10:00",
    "1605564000",
    "0000-00-00",
    "9999-12-31T23:59:59+99:99",
    "yesterday",
    "2026-02-30",
    "",
)
_CLASSES = ("story", "article-body", "content", "lead", "sc-dFfFtc", "ad", "related", "byline", "")


@st.composite
def _inline(draw: st.DrawFn, words: Sequence[str]) -> str:
    """Text with occasional inline markup (b, i, a, span, br)."""
    out: list[str] = []
    for word in words:
        kind = draw(st.integers(min_value=0, max_value=12))
        w = _esc(word)
        if kind == 0:
            out.append(f"<b>{w}</b>")
        elif kind == 1:
            out.append(f"<em>{w}</em>")
        elif kind == 2:
            href = draw(st.sampled_from(_HREFS)).format(n=len(out))
            out.append(f'<a href="{_attr(href)}">{w}</a>')
        elif kind == 3:
            out.append(f'<span class="x">{w}</span>')
        else:
            out.append(w)
    return " ".join(out)


_word_lists = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30)


@st.composite
def news_pages(draw: st.DrawFn) -> GeneratedPage:
    """A random news article page with boilerplate around the article."""
    url = draw(st.none() | http_urls)
    headline = " ".join(draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=10)))
    standfirst = draw(st.none() | clean_text)
    author = draw(st.none() | clean_text)
    published = draw(st.sampled_from(_DATES))

    head: list[str] = [f"<title>{_esc(headline)} | Example News</title>"]
    if draw(st.booleans()):
        head.append(f'<meta property="og:title" content="{_attr(headline)}">')
    if standfirst and draw(st.booleans()):
        head.append(f'<meta name="description" content="{_attr(standfirst)}">')
    if draw(st.booleans()):
        head.append(f'<meta property="article:published_time" content="{_attr(published)}">')
    if draw(st.booleans()):
        head.append(
            f'<link rel="canonical" href="{_attr(draw(st.sampled_from(_HREFS)).format(n=0))}">'
        )
    if draw(st.booleans()):
        head.append(f'<base href="{_attr(draw(st.sampled_from(_HREFS)).format(n=1))}">')
    if draw(st.booleans()):
        head.append(
            f'<script type="application/ld+json">{draw(_json_ld(headline, author))}</script>'
        )
    if draw(st.booleans()):
        head.append("<style>p { color: red } /* <p>not text</p> */</style>")
    if draw(st.booleans()):
        head.append('<meta http-equiv="refresh" content="0; url=javascript:alert(1)">')

    paragraphs: list[str] = []
    captions: list[str] = []
    parts: list[str] = [f"<h1>{_esc(headline)}</h1>"]
    if standfirst:
        parts.append(f'<p class="lead">{_esc(standfirst)}</p>')
    if author:
        parts.append(f'<p class="byline">By {_esc(author)}</p>')
    parts.append(f'<time datetime="{_attr(published)}">{_esc(published)}</time>')
    for n in range(draw(st.integers(min_value=0, max_value=10))):
        kind = draw(st.integers(min_value=0, max_value=9))
        words = draw(_word_lists)
        text = " ".join(words)
        if kind <= 4:
            paragraphs.append(text)
            parts.append(f"<p>{draw(_inline(words))}</p>")
        elif kind == 5:
            parts.append(f"<h2>{_esc(text)}</h2>")
        elif kind == 6:
            # "Pictured:" keeps a caption distinct from every paragraph (the property
            # "no text is both a body block and a caption" needs distinct page texts).
            caption = "Pictured: " + " ".join(draw(_word_lists))
            captions.append(caption)
            src = draw(st.sampled_from(_SRCS)).format(n=n)
            parts.append(
                f'<figure><img src="{_attr(src)}" alt="{_attr(text)}" width="{n * 100}">'
                f"<figcaption>{_esc(caption)} <span>Photo: Agency</span></figcaption></figure>"
            )
        elif kind == 7:
            items = "".join(f"<li>{_esc(w)} item</li>" for w in words[:5])
            list_tag = draw(st.sampled_from(("ul", "ol")))
            parts.append(f"<{list_tag}>{items}</{list_tag}>")
        elif kind == 8:
            parts.append(f"<blockquote><p>{_esc(text)}</p></blockquote>")
        else:
            parts.append(
                f'<div class="ad">Advertisement</div><script>var x = "<p>{n}</p>";</script>'
            )
    article_tag = draw(st.sampled_from(("article", "div", "main", "section")))
    klass = draw(st.sampled_from(_CLASSES))
    article = f'<{article_tag} class="{klass}">{"".join(parts)}</{article_tag}>'

    nav = "".join(
        f'<li><a href="{_attr(draw(st.sampled_from(_HREFS)).format(n=i))}">{_esc(w)}</a></li>'
        for i, w in enumerate(draw(st.lists(st.sampled_from(_WORDS), max_size=6)))
    )
    chrome_before = f'<header><nav class="menu"><ul>{nav}</ul></nav></header>'
    related = "".join(
        f'<a rel="{rel}" href="{_attr(href.format(n=9))}">{_esc(w)}</a>'
        for rel, href, w in draw(
            st.lists(
                st.tuples(
                    st.sampled_from(("next", "prev", "tag", "author", "nofollow")),
                    st.sampled_from(_HREFS),
                    st.sampled_from(_WORDS),
                ),
                max_size=4,
            )
        )
    )
    chrome_after = (
        f'<aside class="related">{related}</aside>'
        "<footer><p>© Example News. All rights reserved.</p>"
        "<p>Subscribe to our newsletter</p></footer>"
    )
    if draw(st.booleans()):
        chrome_after += (
            '<iframe src="https://embed.example.com/x"></iframe>'
            "<noscript><p>Enable JS</p></noscript>"
        )
    lang = draw(st.sampled_from(("", ' lang="en"', ' lang="de_CH"', ' lang="xx-invalid-tag-!"')))
    doctype = draw(st.sampled_from(("<!DOCTYPE html>", "", '<?xml version="1.0"?>')))
    page = (
        f"{doctype}<html{lang}><head>{''.join(head)}</head>"
        f"<body>{chrome_before}{article}{chrome_after}</body></html>"
    )
    return GeneratedPage(
        html=page,
        url=url,
        headline=headline,
        paragraphs=tuple(normalize_space(p) for p in paragraphs),
        captions=tuple(captions),
    )


@st.composite
def _json_ld(draw: st.DrawFn, headline: str, author: str | None) -> str:
    """JSON-LD that is right, wrongly typed, or broken."""
    choice = draw(st.integers(min_value=0, max_value=5))
    node: object
    if choice == 0:
        node = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": headline,
            "author": {"@type": "Person", "name": author or "Staff"},
            "datePublished": draw(st.sampled_from(_DATES)),
            "isAccessibleForFree": draw(st.sampled_from((True, "False", "maybe", 1))),
        }
    elif choice == 1:
        node = {"@graph": [{"@type": ["WebPage"]}, {"@type": "Article", "headline": [headline, 5]}]}
    elif choice == 2:
        node = [{"@type": 7, "headline": None, "author": [1, None, {"name": ["a", 2]}]}]
    elif choice == 3:
        node = {"@type": "NewsArticle", "headline": {"@value": headline}, "datePublished": 20261127}
    elif choice == 4:
        return "{not json, " + _esc(headline)
    else:
        return "<!--" + json.dumps({"@type": "NewsArticle", "headline": headline}) + "-->"
    return json.dumps(node, ensure_ascii=draw(st.booleans())).replace("</", "<\\/")


_ENCODINGS = (
    "utf-8",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "cp1252",
    "iso-8859-2",
    "koi8-r",
    "shift_jis",
    "euc-jp",
    "euc-kr",
    "gb18030",
    "big5",
    "utf-8-sig",
)


@frozen(kw_only=True)
class EncodedPage:
    data: bytes
    encoding: str
    declared: str | None
    page: GeneratedPage


@st.composite
def encoded_pages(draw: st.DrawFn) -> EncodedPage:
    """A generated page as bytes, with the true, no, or a lying ``<meta charset>``."""
    page = draw(news_pages())
    encoding = draw(st.sampled_from(_ENCODINGS))
    declared = draw(
        st.sampled_from((encoding, None, "iso-8859-1", "utf-8", "bogus-charset", "utf-7"))
    )
    text = page.html
    if declared is not None:
        text = text.replace("<head>", f'<head><meta charset="{declared}">', 1)
    data = text.encode(encoding, "xmlcharrefreplace")
    return EncodedPage(data=data, encoding=encoding, declared=declared, page=page)


# -- mutations --------------------------------------------------------------------------

_TAG = re.compile(rb"<[^<>]{0,2000}>")
_ATTRS = re.compile(rb"""\s+[^\s=<>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s<>"']+))?""")
_JUNK = (
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\xc3\x28",
    b"\xed\xa0\x80",
    b"<",
    b"</",
    b"<!--",
    b"<![CDATA[",
    b"<script>",
    b"<textarea>",
    b"<plaintext>",
    b"</html>",
    b"<body>",
    b"&#0;",
    b"&#x110000;",
    b"&lol;",
    b'<meta charset="utf-16">',
    b'<base href="javascript:alert(1)//">',
    b"<div>" * 600,
    b"<font>" * 300,
    b"<svg><foreignObject><math><mi><table>",
)


def _tags(data: bytes) -> list[re.Match[bytes]]:
    return list(_TAG.finditer(data, 0, 2_000_000))


def _drop(data: bytes, rnd: random.Random) -> bytes:
    tags = _tags(data)
    if len(tags) < 2:
        return data
    a, b = sorted(rnd.sample(range(len(tags)), 2))
    return data[: tags[a].start()] + data[tags[b].start() :]


def _duplicate(data: bytes, rnd: random.Random) -> bytes:
    tags = _tags(data)
    if len(tags) < 2:
        return data + data
    a, b = sorted(rnd.sample(range(len(tags)), 2))
    piece = data[tags[a].start() : tags[b].end()]
    return data[: tags[b].end()] + piece * rnd.randint(1, 3) + data[tags[b].end() :]


def _shuffle_attributes(data: bytes, rnd: random.Random) -> bytes:
    tags = [t for t in _tags(data) if b"=" in t.group(0)]
    for tag in rnd.sample(tags, min(len(tags), 20))[::-1]:
        text = tag.group(0)
        name_end = re.match(rb"<[^\s<>]*", text)
        start = name_end.end() if name_end else 1
        attrs = _ATTRS.findall(text, start)
        rnd.shuffle(attrs)
        rebuilt = text[:start] + b"".join(attrs) + b">"
        data = data[: tag.start()] + rebuilt + data[tag.end() :]
    return data


def _truncate(data: bytes, rnd: random.Random) -> bytes:
    return data[: rnd.randint(0, len(data))]


def _inject(data: bytes, rnd: random.Random) -> bytes:
    at = rnd.randint(0, len(data))
    return data[:at] + rnd.choice(_JUNK) + data[at:]


def _reencode(data: bytes, rnd: random.Random) -> bytes:
    text = data.decode("utf-8", "replace")
    return text.encode(rnd.choice(_ENCODINGS), "xmlcharrefreplace")


def _flip(data: bytes, rnd: random.Random) -> bytes:
    if not data:
        return data
    out = bytearray(data)
    for _ in range(rnd.randint(1, 8)):
        out[rnd.randrange(len(out))] = rnd.randrange(256)
    return bytes(out)


MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "drop": _drop,
    "duplicate": _duplicate,
    "shuffle_attributes": _shuffle_attributes,
    "truncate": _truncate,
    "inject": _inject,
    "reencode": _reencode,
    "flip": _flip,
}


def mutate(data: bytes, names: Sequence[str], seed: int) -> bytes:
    """Apply the named mutations in order (deterministic for a seed)."""
    rnd = random.Random(seed)
    for name in names:
        data = MUTATIONS[name](data, rnd)
    return data


def mutated(pages: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
    """``pages`` with one to three random mutations applied."""
    return st.builds(
        mutate,
        pages,
        st.lists(st.sampled_from(sorted(MUTATIONS)), min_size=1, max_size=3),
        st.integers(min_value=0, max_value=2**32 - 1),
    )


# -- real pages -------------------------------------------------------------------------


def corpus_dir() -> Path | None:
    """The corpus directory from ``NEWSPARSE_CORPUS`` (default ``../shared/corpus``), if present."""
    configured = os.environ.get("NEWSPARSE_CORPUS")
    path = Path(configured) if configured else REPO.parent / "shared" / "corpus"
    if not path.is_absolute():
        path = REPO / path
    return path if path.is_dir() else None


@functools.cache
def corpus_paths(limit: int = 60) -> tuple[Path, ...]:
    """A fixed, spread-out sample of corpus pages (empty when the corpus is absent)."""
    root = corpus_dir()
    if root is None:
        return ()
    found = sorted(root.rglob("*.html.gz"))
    step = max(1, len(found) // limit)
    return tuple(found[::step][:limit])


@functools.cache
def _read_gz(path: Path) -> bytes:
    with gzip.open(path, "rb") as stream:
        return stream.read()


def corpus_pages() -> st.SearchStrategy[bytes]:
    """Bytes of real corpus pages; fails loudly if used without a corpus (check first)."""
    paths = corpus_paths()
    if not paths:
        raise RuntimeError("no corpus: guard with corpus_paths() and skip")
    return st.sampled_from(paths).map(_read_gz)


def fixture_pages() -> tuple[Path, ...]:
    """Pages written by us under tests/fixtures (may be empty)."""
    return tuple(sorted(FIXTURES.rglob("*.html"))) if FIXTURES.is_dir() else ()
