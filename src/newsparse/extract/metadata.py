"""Generic metadata: best source first (JSON-LD, then meta tags, then the visible page).

Every value from metadata is HTML-unescaped (many sites double-escape ``&amp;quot;``) and
whitespace-normalized. Visible text beats metadata where readers and metadata disagree in
form only: the headline without the site suffix, the dek under the headline.
"""

from __future__ import annotations

import functools
import html as html_lib
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Final

from lxml import html

from newsparse.extract.landmarks import landmarks, within
from newsparse.toolkit.dates import parse_datetime, parse_shown_date
from newsparse.toolkit.jsonld import as_list, get_path, text_value, types_of
from newsparse.toolkit.text import INVISIBLE_TAGS, normalize_space, text_of
from newsparse.toolkit.urls import host_of

if TYPE_CHECKING:
    from newsparse.extract.content import Content
    from newsparse.page import Page

_ENTITY: Final = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def clean(value: Any) -> str:
    """A metadata string unescaped (``&amp;quot;`` too) and whitespace-normalized."""
    if not isinstance(value, str):
        return ""
    for _ in range(2):  # double-escaped values are common; two rounds undo both
        if "&" not in value or not _ENTITY.search(value):
            break
        value = html_lib.unescape(value)
    return normalize_space(value)


def _meta(page: Page) -> Mapping[str, tuple[str, ...]]:
    """``page.meta`` plus one entry per name of a space-separated ``property`` list
    (``property="og:title twitter:title"``), and ``dc:x`` names as ``dc.x``."""
    return page.memo("metadata:meta", lambda: _split_meta(page.meta))


def _split_meta(meta: Mapping[str, tuple[str, ...]]) -> Mapping[str, tuple[str, ...]]:
    if not any(" " in key or key.startswith(("dc:", "dcterms:")) for key in meta):
        return meta
    found: dict[str, tuple[str, ...]] = dict(meta)
    for key, values in meta.items():
        for name in key.split():
            name = name.replace("dc:", "dc.", 1).replace("dcterms:", "dcterms.", 1)
            if name not in found:
                found[name] = values
    return found


def _meta_first(page: Page, *keys: str) -> str | None:
    meta = _meta(page)
    for key in keys:
        values = meta.get(key)
        if values:
            return values[0]
    return None


# -- headline ---------------------------------------------------------------------------------

# " | Site name", " - Site name" suffixes that <title> and og:title often carry.
_TITLE_SUFFIX: Final = re.compile(r"\s+[|\-–—·:»]\s+[^|\-–—·:»]{2,60}$")
# Parts of an <h1> that readers do not see: screen-reader-only separators and labels.
_HIDDEN: Final = re.compile(r"offscreen|sr-only|visually-hidden|screen-reader|hidden", re.I)
_WORD: Final = re.compile(r"\w+")
_MAX_H1 = 8


def headline(page: Page) -> str | None:
    """The metadata title (JSON-LD, og:title ...) without a site suffix, else the ``<h1>``."""
    return page.memo("metadata:headline", lambda: _headline(page))


def _headline(page: Page) -> str | None:
    titles = [
        clean(text_value(get_path(page.article_ld, "headline"))),
        clean(_meta_first(page, "og:title")),
        clean(_meta_first(page, "twitter:title")),
        clean(_meta_first(page, "dc.title", "title", "sailthru.title", "parsely-title")),
    ]
    titles = [t for t in titles if t]
    h1s = list(_h1_texts(page))
    if titles:
        title = titles[0]
        # The publisher's declared headline, except when the visible <h1> is the same
        # title without a " | Site" suffix. (Preferring any similar <h1> over the metadata
        # scored worse on the Fundus pages: kickers split into spans read badly as one string.)
        for h1 in h1s:
            if h1 != title and title.startswith(h1) and len(h1) >= 0.5 * len(title):
                return h1  # the same title plus " | Site"
        return _strip_site(title, page)
    if h1s:
        return h1s[0]
    title_element = page.root.find(".//title")
    if title_element is not None:
        return _strip_site(clean(title_element.text_content()), page) or None
    return None


def _h1_texts(page: Page) -> Iterator[str]:
    # From the landmarks (found once per page) rather than another walk of the tree;
    # the first _MAX_H1 are the same (landmarks keep 19 headings per parent).
    h1s = (element for element in landmarks(page).headings if element.tag == "h1")
    for count, element in enumerate(h1s):
        if count >= _MAX_H1:
            return
        value = _visible_heading(element)
        if value:
            yield value


def _visible_heading(element: html.HtmlElement) -> str:
    """The heading's text without screen-reader-only or hidden parts."""
    hidden = [
        child
        for child in element.iter()
        if child is not element
        and isinstance(child.tag, str)
        and (
            _HIDDEN.search(child.get("class") or "")
            or child.get("aria-hidden") == "true"
            or child.get("hidden") is not None
        )
    ]
    full = text_of(element)
    kept = full
    for extra in hidden:
        inner = text_of(extra)
        if inner and inner != kept:
            kept = normalize_space(kept.replace(inner, " ", 1))
    return kept or full


def _similarity(a: str, b: str) -> float:
    """Share of ``a``'s words in ``b`` (a visible h1 is often a shorter form of og:title)."""
    words_a = _WORD.findall(a.casefold())
    words_b = set(_WORD.findall(b.casefold()))
    if not words_a or not words_b:
        return 0.0
    common = sum(1 for w in words_a if w in words_b)
    return common / max(len(words_a), len(words_b) * 0.6)


def _strip_site(title: str, page: Page) -> str:
    """Remove a " | Site" / " - Site" suffix when it names the site (or looks like a site name)."""
    site = site_name(page)
    match = _TITLE_SUFFIX.search(title)
    if match is None:
        return title
    suffix = match.group(0).strip(" |-–—·:»")
    if site and (suffix.casefold() in site.casefold() or site.casefold() in suffix.casefold()):
        return title[: match.start()].strip()
    # "… | Golem.de", "… - SPIEGEL": the suffix names the host ("golem", "spiegel").
    squeezed = suffix.casefold().replace(" ", "")
    host = (page.host or "").split(".")
    if any(len(part) >= 4 and part in squeezed for part in host[:-1]):
        return title[: match.start()].strip()
    return title


# -- standfirst ------------------------------------------------------------------------------

# Class words of a dek. Class names are split into words on "-", "_", digits and camelCase
# humps ("Article_elementLead__x" -> article, element, lead, x; "leadIn" -> lead, in).
_DEK_WORDS: Final = frozenset(
    """standfirst dek deck lede lead leadtext intro introduction teaser subtitle subheadline
    subhead abstract excerpt strapline sapo chapo chapeau entradilla occhiello catenaccio
    vorspann einleitung""".split()
)
# Weaker words: a "summary" box or "description" may be key points or a caption; an element
# with a strong word later in the header wins over them.
_WEAK_DEK_WORDS: Final = frozenset({"summary", "description", "bulletpoints"})
_CLASS_WORD: Final = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+")


@functools.lru_cache(maxsize=2048)
def _dek_class(names: str) -> int:
    """2 for a strong dek class word, 1 for a weak one, 0 for none."""
    words = {w.lower() for w in _CLASS_WORD.findall(names)}
    joined = "".join(names.lower().split("-"))
    if words & _DEK_WORDS or "subtitle" in joined:
        return 2
    return 1 if words & _WEAK_DEK_WORDS or "bulletpoint" in joined else 0


_NOT_DEK_CLASS: Final = re.compile(
    r"image|img|media|photo|figure|video|caption|credit|byline|author|date|time|share|social|"
    r"related|teaser-?list|newsletter|comment|nav|menu|breadcrumb|tag|label|kicker|button|"
    r"meta|info",
    re.IGNORECASE,
)
# Subtrees after the headline that never hold the dek.
_NOT_DEK_TAGS: Final = frozenset(
    {"figure", "figcaption", "picture", "img", "nav", "aside", "footer", "form", "button",
     "time", "script", "style", "noscript", "template", "svg", "iframe", "video", "audio",
     "ul", "ol", "table", "select", "label"}
)  # fmt: skip
_BYLINE_TEXT: Final = re.compile(
    r"^(?:by|von|par|por|di|door|av|af|updated|published|aktualisiert|veröffentlicht|"
    r"stand|foto|photo|bild)\b",
    re.IGNORECASE,
)
_DATE_TEXT: Final = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\b\d{1,2}:\d{2}\b")
_DEK_SKIP: Final = INVISIBLE_TAGS | {"figure", "figcaption", "button", "time"}
_DEK_MIN, _DEK_MAX = 25, 700
_AFTER_H1 = 60


def standfirst(page: Page, content: Content | None = None) -> str | None:
    """The dek shown under the headline, else the description metadata."""
    if content is not None and content.standfirst:
        return content.standfirst
    visible = page.memo("metadata:dek", lambda: _visible_dek(page))
    if visible:
        return visible
    candidates = [
        text_value(get_path(page.article_ld, "description")),
        _meta_first(page, "og:description", "description", "twitter:description", "dc.description"),
    ]
    for candidate in candidates:
        value = clean(candidate)
        if value:
            return value
    return None


def standfirst_shown(page: Page, content: Content | None, value: str) -> bool:
    """Whether ``value`` is the dek the page shows (from the content analysis or the
    element under the headline), not a description only its metadata holds."""
    if content is not None and value == content.standfirst:
        return True
    if value == page.memo("metadata:dek", lambda: _visible_dek(page)):
        return True
    # A site adapter's standfirst that no description holds was read off the page.
    return all(clean(candidate) != value for candidate in _descriptions(page))


def _descriptions(page: Page) -> Iterator[str | None]:
    yield text_value(get_path(page.article_ld, "description"))
    for name in ("og:description", "description", "twitter:description", "dc.description"):
        yield _meta_first(page, name)


def _headline_element(page: Page) -> html.HtmlElement | None:
    """The ``<h1>`` (or ``<h2>``) that shows the headline: the most similar one."""
    wanted = headline(page)
    if not wanted:
        return None
    best, score = None, 0.5
    for element in landmarks(page).headings:
        if not isinstance(element, html.HtmlElement):
            continue
        similarity = _similarity(_visible_heading(element), wanted)
        if similarity > score or (similarity == score and best is None):
            best, score = element, similarity
            if similarity >= 1:
                break
    return best


def _visible_dek(page: Page) -> str | None:
    """The first dek-like element after the headline (by class, or a ``<p>`` right after it
    that says what the description says)."""
    heading = _headline_element(page)
    if heading is None:
        return None
    descriptions = [
        clean(text_value(get_path(page.article_ld, "description"))),
        clean(_meta_first(page, "og:description", "description", "twitter:description")),
    ]
    wanted = headline(page) or ""
    fallback: str | None = None
    count = 0
    for element in _following(heading):
        count += 1
        if count > _AFTER_H1:
            break
        tag = element.tag
        if tag in ("h1", "article") or (tag in ("h2", "h3") and count > 3):
            break
        cls = " ".join(filter(None, (element.get("class"), element.get("id"))))
        itemprop = element.get("itemprop") or ""
        strength = 2 if itemprop in ("description", "abstract") else 0
        if not strength and cls and not _NOT_DEK_CLASS.search(cls):
            strength = _dek_class(cls)
        plain_p = tag == "p" and count <= 4
        if not (strength or plain_p):
            continue
        text = text_of(element, skip=_DEK_SKIP)
        if not _DEK_MIN <= len(text) <= _DEK_MAX or _BYLINE_TEXT.match(text):
            continue
        if len(text) < 160 and _DATE_TEXT.search(text):
            continue  # "Jane Doe, 2024.03.31 19:59": a byline with a date
        if _similarity(text, wanted) >= 0.8:
            continue  # the headline again (a teaser title repeating it)
        if strength == 2:
            return text
        if fallback is None and (
            strength or any(d and _similarity(text, d) >= 0.6 for d in descriptions)
        ):
            fallback = text
    return fallback


def _following(element: html.HtmlElement) -> Iterator[html.HtmlElement]:
    """Elements after ``element`` in document order within its nearest 3 ancestors,
    without the subtrees that never hold a dek (figures, navs, bylines...)."""
    scope = element
    for _ in range(3):
        parent = scope.getparent()
        if parent is None or parent.tag == "body":
            break
        scope = parent
    # Iterative walk from the element's next siblings upwards, within scope.
    node: html.HtmlElement | None = element
    stack: list[html.HtmlElement] = []
    while node is not None and node is not scope:
        sibling = node.getnext()
        siblings = []
        while sibling is not None:
            siblings.append(sibling)
            sibling = sibling.getnext()
        stack.extend(reversed(siblings))
        node = node.getparent()
        # Visit the collected siblings before climbing further.
        while stack:
            current = stack.pop()
            if not isinstance(current.tag, str) or current.tag in _NOT_DEK_TAGS:
                continue
            cls = current.get("class") or ""
            if cls and _NOT_DEK_CLASS.search(cls) and not _dek_class(cls):
                continue
            yield current
            stack.extend(reversed([c for c in current if isinstance(c.tag, str)]))


# -- authors -----------------------------------------------------------------------------------

_BY: Final = re.compile(
    r"^\s*(?:(?:written|reported|text|story|words|interview)\s+)?"
    r"(?:by|von|par|por|di|door|av|af|de|z|od|від|от|text:|texte:|autor:|author:|autorin:|"
    r"auteur\s*:|von\s*:|by\s*:|quelle\s*:|source\s*:|fuente\s*:)\s+",
    re.IGNORECASE,
)
_AUTHOR_SPLIT: Final = re.compile(
    r"\s*(?:,|;|\s/\s|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bog\b|\boch\b|\ben\b|\bi\b|&|\||·|•)\s*",
    re.IGNORECASE,
)
_NOT_A_NAME: Final = re.compile(
    r"https?://|www\.|\.com\b|@|\d{3,}|^\(|image:|photo:|foto:|getty|istock|shutterstock|"
    r"^(?:admin|staff|editor|red|redaktion|newsroom|guest|anonymous|unknown|none|null)$|"
    r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$",  # a URL slug ("emma-mackenzie"), not a name
    re.IGNORECASE,
)
# Trailing parts of a byline that are not the name: "(obe)", ", Staff Writer", "| Reuters".
_ROLE: Final = re.compile(
    r"\s*(?:\([^)]{1,40}\)|,?\s+(?:staff|senior|chief|special|contributing|political|foreign)"
    r"\s+(?:writer|reporter|correspondent|editor)\b.*|,\s*(?:reporter|correspondent|editor|"
    r"journalist|redakteur(?:in)?|korrespondent(?:in)?)\b.*|"
    # "Euronews with Agencies", "ORF.at/Agenturen", "Le Monde avec AFP"
    r"\s*(?:/|\bwith\b|\bmit\b|\bavec\b|\bcon\b)\s*(?:agencies|agenturen|agences|agencias|"
    r"agenzie|wires?)\b.*)$",
    re.IGNORECASE,
)
_MAX_NAME_WORDS = 6
_LAST_FIRST: Final = re.compile(r"^([^\W\d_][\w'’\-]+),\s*([^\W\d_][\w'’.\- ]{1,40})$")


def clean_author(value: str) -> str | None:
    """A person's name from a byline fragment; None when it is not a name."""
    value = _BY.sub("", clean(value))
    value = _ROLE.sub("", value).strip(" ,;:|-–—")
    if not value or len(value) > 80 or _NOT_A_NAME.search(value):
        return None
    if len(value.split()) > _MAX_NAME_WORDS:
        return None
    return value


def _split_names(text: str) -> list[str]:
    text = _ROLE.sub("", _BY.sub("", clean(text)))
    return [p for p in _AUTHOR_SPLIT.split(text) if p and not _ROLE_ONLY.match(p)]


# A fragment that is only a job title ("Staff Writer", "Reporter"), left by a split.
_ROLE_ONLY: Final = re.compile(
    r"^(?:(?:staff|senior|chief|special|contributing|political|foreign)\s+)?"
    r"(?:writer|reporter|correspondent|editor|journalist|redakteur(?:in)?|korrespondent(?:in)?)$",
    re.IGNORECASE,
)


def _ld_people(page: Page) -> tuple[list[str], list[str]]:
    """(persons, organizations) named as JSON-LD authors of the article."""
    people: list[str] = []
    orgs: list[str] = []
    for item in as_list(get_path(page.article_ld, "author")):
        if isinstance(item, str):
            people.extend(_split_names(item))
        elif isinstance(item, Mapping):
            name = _ld_name(item)
            if not name:
                continue
            if "Organization" in types_of(item) or types_of(item) & _ORG_TYPES:
                orgs.append(name)
            else:
                people.extend(_person_names(name))
    return people, orgs


_CONJUNCTION: Final = re.compile(r"\s(?:and|und|og|och|et|y|e|en|i)\s|&|;|\|", re.IGNORECASE)


def _person_names(name: str) -> list[str]:
    """Names in one author value: "A und B, City" is several, "Brazil, Rachel" is one
    (family name first), "Jane Doe" is one."""
    if _CONJUNCTION.search(name):
        return _split_names(name)
    match = _LAST_FIRST.match(name)
    if match is not None:
        return [f"{match.group(2)} {match.group(1)}"]
    return _split_names(name) if "," in name else [name]


_ORG_TYPES: Final = frozenset({"NewsMediaOrganization", "Corporation", "Organisation"})


def _ld_name(item: Mapping[str, Any]) -> str:
    name = item.get("name")
    if isinstance(name, list):
        name = next((n for n in name if isinstance(n, str)), None)
    if isinstance(name, str) and name.strip():
        return clean(name)
    given, family = item.get("givenName"), item.get("familyName")
    if isinstance(given, str) and isinstance(family, str):
        return clean(f"{given} {family}")
    return ""


def authors(page: Page) -> tuple[str, ...]:
    """Author names, persons first: JSON-LD, meta tags, the visible byline; an organization
    (an agency, the publication itself) only when no person is named."""
    site = (site_name(page) or "").casefold()
    publisher = clean(text_value(get_path(page.article_ld, "publisher"))).casefold()
    orgs_seen: list[str] = []

    def is_site(name: str) -> bool:
        folded = name.casefold()
        squeezed = folded.replace(" ", "")
        return folded in (site, publisher) or bool(site and squeezed in site.replace(" ", ""))

    def persons(values: Iterable[str]) -> tuple[str, ...]:
        found: list[str] = []
        for name in (clean_author(v) for v in values):
            if name:
                # A "person" named like the site is the publication: a fallback only.
                (orgs_seen if is_site(name) else found).append(name)
        return _unique(found)

    ld_people, ld_orgs = _ld_people(page)
    orgs_seen.extend(ld_orgs)
    sources: list[Iterable[str]] = [
        ld_people,
        _meta_people(page),
        _visible_byline(page),
    ]
    for source in sources:
        found = persons(source)
        if found:
            return found
    return _unique(o for o in (clean_author(x) for x in orgs_seen) if o)


_AUTHOR_META: Final = (
    "author",
    "article:author",
    "dc.creator",
    "sailthru.author",
    "parsely-author",
    "byl",
)


def _meta_people(page: Page) -> Iterator[str]:
    for key in (
        "author",
        "article:author",
        "dc.creator",
        "sailthru.author",
        "parsely-author",
        "byl",
    ):
        for value in _meta(page).get(key, ()):
            if not value.startswith("http"):
                yield from _person_names(clean(value))
    for index in ("1", "2"):
        label = (_meta_first(page, f"twitter:label{index}") or "").casefold()
        if label in _WRITTEN_BY:
            yield from _split_names(_meta_first(page, f"twitter:data{index}") or "")


_WRITTEN_BY: Final = frozenset(
    {
        "written by",
        "verfasst von",
        "geschrieben von",
        "écrit par",
        "escrito por",
        "scritto da",
        "autor",
    }
)
_BYLINE_SKIP: Final = re.compile(
    r"bio|box|about|avatar|image|img|photo|picture|more|related|list-item-teaser|follow|social|"
    r"comment|footer",
    re.IGNORECASE,
)
_FAR_AWAY: Final = frozenset({"footer", "aside", "nav"})


def _visible_byline(page: Page) -> Iterator[str]:
    """Names from the visible byline of the story: the first byline in the headline's
    <article> (or header), else the first on the page; never author boxes, related lists,
    asides or footers."""
    scope = _headline_scope(page)
    if scope is not None:
        names = _first_byline(within(landmarks(page).bylines, scope))
        if names:
            yield from names
            return
    yield from _first_byline(landmarks(page).bylines)


def _first_byline(elements: Any) -> list[str]:
    for element in elements:
        if not isinstance(element, html.HtmlElement) or element.tag in ("meta", "link", "img"):
            continue
        cls = element.get("class") or ""
        if _BYLINE_SKIP.search(cls) or any(a.tag in _FAR_AWAY for a in element.iterancestors()):
            continue
        names = _names_in(element)
        if names:
            return names
    return []


def _headline_scope(page: Page) -> html.HtmlElement | None:
    """The story's container around its headline: the nearest <article>/<main>, else the
    headline's third ancestor."""
    heading = _headline_element(page)
    if heading is None:
        return None
    scope = heading
    for depth, ancestor in enumerate(heading.iterancestors()):
        if ancestor.tag in ("article", "main"):
            return ancestor
        if ancestor.tag == "body":
            break
        if depth < 3:
            scope = ancestor
    return scope


def _names_in(element: html.HtmlElement) -> list[str]:
    """The names a byline element shows: its author links or ``itemprop=name``, else its text."""
    inner = [
        text_of(a)
        for a in element.iter("a", "span", "div")
        if a is not element
        and (a.get("itemprop") == "name" or (a.tag == "a" and _is_author_href(a.get("href"))))
    ]
    if inner:
        return [name for n in inner if n for name in _person_names(n)]
    text = text_of(element)
    if not text or len(text) > 200:
        return []
    return [n for n in _split_names(text) if clean_author(n)]


def _is_author_href(href: str | None) -> bool:
    return href is not None and any(
        p in href for p in ("/author", "/autor", "/journalist", "/profile", "/people/", "/by/")
    )


def _unique(values: Iterable[str | None]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:
        if value and value.casefold() not in seen:
            seen[value.casefold()] = value
    return tuple(seen.values())


# -- dates --------------------------------------------------------------------------------

_PUBLISHED_META: Final = (
    "article:published_time",
    "article:published:time",
    "article.published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date.created",
    "dc.date",
    "dcterms.date",
    "date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "published_time",
    "originalpublicationdate",
    "publication_date",
    "article_date_original",
    "date.release",
    "release_date",
    "cxenseparse:recs:publishtime",
)
_MODIFIED_META: Final = (
    "article:modified_time",
    "article:modified:time",
    "og:updated_time",
    "og:article:modified_time",
    "datemodified",
    "last-modified",
    "dc.date.modified",
    "dcterms.modified",
    "article.updated",
)


def _dates(page: Page, ld_key: str, meta_keys: tuple[str, ...]) -> Iterator[datetime]:
    """Every parseable date the metadata states, best source first."""
    candidates: list[Any] = [get_path(page.article_ld, ld_key)]
    candidates.extend(_meta_first(page, k) for k in meta_keys)
    for candidate in candidates:
        if isinstance(candidate, str):
            value = parse_datetime(clean(candidate))
            if value is not None:
                yield value


def _date(page: Page, ld_key: str, meta_keys: tuple[str, ...]) -> datetime | None:
    return _best(_dates(page, ld_key, meta_keys))


def _best(values: Iterable[datetime]) -> datetime | None:
    """The first date; if it has no offset, a later source's same moment that has one
    (pages often print the wall time in one tag and the offset in another)."""
    first: datetime | None = None
    for value in values:
        if first is None:
            first = value
            if value.tzinfo is not None:
                return value
            continue
        if value.tzinfo is not None and _same_wall_time(first, value):
            return value
    return first


def _same_wall_time(naive: datetime, aware: datetime) -> bool:
    wall = aware.replace(tzinfo=None)
    if naive.time() == time(0, 0):  # a date alone: the same day is the same moment
        return wall.date() == naive.date()
    return abs(wall - naive) < timedelta(minutes=1)


def published(page: Page) -> datetime | None:
    return _best(_published_candidates(page))


def _published_candidates(page: Page) -> Iterator[datetime]:
    yield from _dates(page, "datePublished", _PUBLISHED_META)
    yield from _dates(page, "dateCreated", ())
    for element in landmarks(page).times:
        if not isinstance(element, html.HtmlElement):
            continue
        raw = element.get("datetime") or element.get("content") or text_of(element)
        value = parse_datetime(raw)
        if value is not None:
            yield value
    yield from _ld_any_published(page)
    yield from _shown_dates(page)


def _ld_any_published(page: Page) -> Iterator[datetime]:
    """``datePublished`` of any JSON-LD node (a WebPage, a BlogPosting under another
    type), when the article node states none (``page.json_ld`` has ``@graph`` flattened)."""
    for node in page.json_ld:
        value = node.get("datePublished")
        if isinstance(value, str):
            found = parse_datetime(clean(value))
            if found is not None:
                yield found


def _shown_dates(page: Page) -> Iterator[datetime]:
    """Dates the page prints in a date-classed element or a bare ``<time>``: around the
    headline first, then anywhere outside asides, footers and menus; never an "Updated"
    date."""
    marks = landmarks(page).date_texts
    if not marks:
        return
    scope = _headline_scope(page)
    ordered = [*within(marks, scope), *marks] if scope is not None else list(marks)
    seen: set[html.HtmlElement] = set()
    for element in ordered[:_MAX_SHOWN_DATES]:
        if element in seen:
            continue
        seen.add(element)
        if any(a.tag in _FAR_AWAY for a in element.iterancestors()):
            continue
        value = parse_shown_date(text_of(element))
        if value is not None:
            yield value


_MAX_SHOWN_DATES = 40


def modified(page: Page) -> datetime | None:
    return _date(page, "dateModified", _MODIFIED_META)


# -- site, source, access -------------------------------------------------------------------


def site_name(page: Page) -> str | None:
    return page.memo("metadata:site_name", lambda: _site_name(page))


def _site_name(page: Page) -> str | None:
    candidates = [
        _meta_first(
            page, "og:site_name", "og:site:name", "application-name", "apple-mobile-web-app-title"
        ),
        text_value(get_path(page.article_ld, "publisher")),
        next((text_value(n) for n in page.json_ld if "WebSite" in types_of(n)), None),
        _meta_first(page, "publisher", "twitter:site"),
    ]
    for candidate in candidates:
        value = clean(candidate).lstrip("@")
        if value and len(value) <= 80:
            return value
    return None


def source(page: Page) -> str | None:
    """The original publisher of a syndicated story, from JSON-LD (``isBasedOn`` and kin).

    Sites often name themselves (or a desk of theirs) as ``sourceOrganization``: an
    organization named like the site, or living on the page's host, is no source.
    """
    own = {
        clean(site_name(page)).casefold(),
        clean(text_value(get_path(page.article_ld, "publisher"))).casefold(),
    }
    for key in ("sourceOrganization", "isBasedOn"):
        for value in as_list(get_path(page.article_ld, key)):
            if not isinstance(value, Mapping):
                continue
            name = text_value(value.get("publisher")) or text_value(value.get("author"))
            name = name or (text_value(value) if types_of(value) & _SOURCE_TYPES else None)
            name = clean(name)
            if not name or name.casefold() in own or _on_own_host(value, page):
                continue
            return name
    return None


def _on_own_host(value: Mapping[str, Any], page: Page) -> bool:
    for key in ("@id", "url"):
        ref = value.get(key)
        if isinstance(ref, str) and page.host and host_of(ref) == page.host:
            return True
    return False


_SOURCE_TYPES: Final = frozenset({"Organization", "NewsMediaOrganization", "Corporation"})


def free_access(page: Page) -> bool | None:
    """``isAccessibleForFree`` (JSON-LD or meta), else False when the page shows a paywall."""
    for value in (
        get_path(page.article_ld, "isAccessibleForFree"),
        _meta_first(page, "isaccessibleforfree"),
    ):
        found = _boolean(value)
        if found is not None:
            return found
    # Google's paywall markup: a part of the article that is not free.
    for part in as_list(get_path(page.article_ld, "hasPart")):
        if isinstance(part, Mapping) and _boolean(part.get("isAccessibleForFree")) is False:
            return False
    marker = _meta_first(page, "article:content_tier", "og:article:content_tier")
    if marker:
        tier = marker.strip().lower()
        if tier in ("free", "metered"):
            return True
        if tier in ("locked", "premium", "paid"):
            return False
    # A paywall box with a message in it (empty ones are placeholders on free pages too).
    # A prompt is short: a long "paywall" element is the article itself, classed for a
    # paywall script that may never lock it.
    for element in landmarks(page).paywalls[:_PAYWALL_BOXES]:
        if isinstance(element, html.HtmlElement):
            length = len(text_of(element))
            if _PAYWALL_TEXT[0] <= length <= _PAYWALL_TEXT[1]:
                return False
    return None


_PAYWALL_TEXT = (30, 600)
_PAYWALL_BOXES = 10


def _boolean(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None
