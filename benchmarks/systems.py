"""The systems under test, each behind one call: ``run(html_bytes, url) -> Output``.

Every peer gets the page's bytes and URL, offline: nothing is downloaded (no images, no
"read more" pages). A peer that raises is recorded as an empty result with the error.
"""

from __future__ import annotations

import importlib
import importlib.metadata
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

import lxml.html
from attrs import field, frozen
from dateutil import parser as dateparser

TEXT = "text"
TITLE = "title"
AUTHORS = "authors"
DATE_DAY = "date_day"
DATE_MINUTE = "date_minute"
STANDFIRST = "standfirst"
QUICK_READ = "quick_read"
CAPTIONS = "captions"
CREDITS = "credits"
DATELINE = "dateline"
PREV_NEXT = "prev_next"
ALL_FIELDS: tuple[str, ...] = (TEXT, TITLE, AUTHORS, DATE_DAY, DATE_MINUTE, STANDFIRST, QUICK_READ)
ALL_FIELDS += (CAPTIONS, CREDITS, DATELINE, PREV_NEXT)


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


@frozen(kw_only=True)
class Output:
    """What one system extracted from one page (empty values where it found nothing)."""

    text: str = ""
    title: str | None = None
    authors: tuple[str, ...] = field(default=(), converter=_strings)
    published: datetime | date | None = None
    standfirst: str | None = None
    quick_read: tuple[str, ...] = field(default=(), converter=_strings)
    captions: tuple[str, ...] = field(default=(), converter=_strings)
    credits: tuple[str, ...] = field(default=(), converter=_strings)
    dateline_location: str | None = None
    dateline_agency: str | None = None
    previous_url: str | None = None
    next_url: str | None = None
    #: The system deliberately declined the page ("not an article").
    rejected: bool = False
    #: The system crashed: ``"TypeError: ..."``.
    error: str | None = None
    #: newsparse only: the adapter that parsed the page.
    adapter: str | None = None


@frozen(kw_only=True)
class System:
    name: str
    package: str
    #: How it is called, for the docs.
    options: str
    #: Which :data:`ALL_FIELDS` it can produce at all; others are "n/a (no such field)".
    fields: frozenset[str]
    run: Callable[[bytes, str | None], Output]

    @property
    def version(self) -> str:
        try:
            return importlib.metadata.version(self.package)
        except importlib.metadata.PackageNotFoundError:
            return "?"


def _date(value: Any) -> datetime | date | None:
    if isinstance(value, datetime | date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return dateparser.parse(text)
    except (ValueError, OverflowError):
        return None


def _newsparse(adapter: str | None) -> Callable[[bytes, str | None], Output]:
    def run(html: bytes, url: str | None) -> Output:
        # Imported here, like the peers, so a memory child measures only its own system.
        import newsparse

        try:
            article = newsparse.parse(html, url, adapter=adapter)
        except newsparse.NoArticleError:
            return Output(rejected=True)
        except newsparse.NewsparseError as exc:
            return Output(error=f"{type(exc).__name__}: {exc}")
        previous = next((n.url for n in article.navigation if n.role == "previous"), None)
        following = next((n.url for n in article.navigation if n.role == "next"), None)
        return Output(
            text=article.text,
            title=article.headline,
            authors=article.authors,
            published=article.published,
            standfirst=article.standfirst,
            quick_read=article.quick_read,
            captions=[m.caption for m in article.media if m.caption],
            credits=[m.credit for m in article.media if m.credit],
            dateline_location=article.dateline.location if article.dateline else None,
            dateline_agency=article.dateline.agency if article.dateline else None,
            previous_url=previous,
            next_url=following,
            adapter=article.adapter,
        )

    return run


def _trafilatura(html: bytes, url: str | None) -> Output:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_formatting=False,
    )
    if doc is None or isinstance(doc, dict):  # a dict only with as_dict=True
        return Output()
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return Output(
        text=doc.text or "",
        title=doc.title,
        authors=authors,
        published=_date(doc.date),
        standfirst=doc.description,
    )


def _readability(html: bytes, url: str | None) -> Output:
    from readability import Document

    document = Document(html, url=url)
    summary = document.summary(html_partial=True)
    text = _html_text(summary)
    return Output(text=text, title=document.short_title() or None)


def _html_text(markup: str) -> str:
    from benchmarks.datasets import html_text

    return html_text(markup.encode("utf-8")) if markup.strip() else ""


def _unicode(html: bytes) -> str:
    """Decode as newspaper4k decodes what it downloads (w3lib: BOM, then the page's declared
    charset, then UTF-8/cp1252): the text-only peers get what their own fetcher would give."""
    # w3lib comes with newspaper4k (the bench extra); imported by name so mypy doesn't need it.
    encoding = importlib.import_module("w3lib.encoding")
    text: str = encoding.html_to_unicode(None, html)[1]
    return text


def _newspaper(html: bytes, url: str | None) -> Output:
    from newspaper import Article, Config

    config = Config()
    config.fetch_images = False
    config.follow_meta_refresh = False  # the default; following would fetch
    config.memorize_articles = False
    config.disable_category_cache = True
    article = Article(url or "http://localhost/", config=config)
    article.download(input_html=_unicode(html))
    article.parse()
    return Output(
        text=article.text or "",
        title=article.title or None,
        authors=article.authors,
        published=_date(article.publish_date),
        standfirst=article.meta_description or None,
    )


def _goose_client() -> Any:
    from goose3 import Goose

    return Goose({"enable_image_fetching": False, "strict": False})


_GOOSE: list[Any] = []


def _goose(html: bytes, url: str | None) -> Output:
    if not _GOOSE:
        _GOOSE.append(_goose_client())
    article = _GOOSE[0].extract(url=url, raw_html=_unicode(html))
    return Output(
        text=article.cleaned_text or "",
        title=article.title or None,
        authors=article.authors or (),
        published=_date(article.publish_datetime_utc or article.publish_date),
        standfirst=article.meta_description or None,
    )


_STOPLIST: list[frozenset[str]] = []


def _justext(html: bytes, url: str | None) -> Output:
    import justext

    if not _STOPLIST:
        # Every language's stop words at once: the pages are in 30+ languages and jusText
        # has no language detection (trafilatura's fallback does the same).
        words: set[str] = set()
        for language in justext.get_stoplists():
            words |= justext.get_stoplist(language)
        _STOPLIST.append(frozenset(words))
    paragraphs = justext.justext(html, _STOPLIST[0])
    text = "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)
    return Output(text=text)


def lxml_floor(html: bytes, url: str | None) -> Output:
    """Parsing alone: the floor no lxml-based extractor can go below."""
    lxml.html.document_fromstring(html)
    return Output()


_BODY = frozenset({TEXT})
_META = _BODY | {TITLE, AUTHORS, DATE_MINUTE, DATE_DAY, STANDFIRST}

NEWSPARSE = System(
    name="newsparse",
    package="newsparse",
    options="newsparse.parse(html, url) (adapter chosen by the registry)",
    fields=frozenset(ALL_FIELDS),
    run=_newsparse(None),
)
NEWSPARSE_GENERIC = System(
    name="newsparse-generic",
    package="newsparse",
    options='newsparse.parse(html, url, adapter="generic") (site adapters bypassed)',
    fields=frozenset(ALL_FIELDS),
    run=_newsparse("generic"),
)
PEERS = (
    System(
        name="trafilatura",
        package="trafilatura",
        options=(
            "bare_extraction(html, url=url, with_metadata=True, include_comments=False, "
            "include_tables=True, include_formatting=False); standfirst = its description"
        ),
        # its date is a day, never a time
        fields=_META - {DATE_MINUTE},
        run=_trafilatura,
    ),
    System(
        name="readability-lxml",
        package="readability-lxml",
        options="Document(html, url=url).summary(html_partial=True) to text; short_title()",
        fields=_BODY | {TITLE},
        run=_readability,
    ),
    System(
        name="newspaper4k",
        package="newspaper4k",
        options=(
            "Article(url, config(fetch_images=False, follow_meta_refresh=False))"
            ".download(input_html=text).parse(); standfirst = meta_description"
        ),
        fields=_META,
        run=_newspaper,
    ),
    System(
        name="goose3",
        package="goose3",
        options=(
            'Goose({"enable_image_fetching": False}).extract(url=url, raw_html=text);'
            " standfirst = meta_description"
        ),
        fields=_META,
        run=_goose,
    ),
    System(
        name="justext",
        package="jusText",
        options="justext(html, union of all its stoplists); non-boilerplate paragraphs",
        fields=_BODY,
        run=_justext,
    ),
)
FLOOR = System(
    name="lxml-parse",
    package="lxml",
    options="lxml.html.document_fromstring(html) only (speed floor)",
    fields=frozenset(),
    run=lxml_floor,
)
ALL = (NEWSPARSE, NEWSPARSE_GENERIC, *PEERS)


def by_name(names: Iterable[str]) -> list[System]:
    known = {s.name: s for s in ALL}
    chosen = []
    for name in names:
        if name not in known:
            raise KeyError(f"unknown system {name!r}; known: {', '.join(known)}")
        chosen.append(known[name])
    return chosen


def call(system: System, html: bytes, url: str | None) -> Output:
    """Run a system; a crash is an empty result that keeps the error's name."""
    try:
        return system.run(html, url)
    except Exception as exc:  # a peer's bug must not stop the benchmark
        return Output(error=f"{type(exc).__name__}: {str(exc)[:200]}")
