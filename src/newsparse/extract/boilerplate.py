"""What is never article text: boilerplate by markup (class, id, role, tag) and by wording.

Everything here is a cheap, pure test on one element or one line of text, called by the
content walk (:mod:`newsparse.extract.region`) once per element or block. Patterns are
about kinds of page furniture (share bars, newsletter boxes, related teasers, comment
threads, cookie banners, ads), in several languages; never about a site.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from lxml import html

from newsparse.extract.media import media_class_hint

#: Elements whose subtree is never article text and not worth walking.
SKIP_TAGS: Final = frozenset(
    {
        "script", "style", "template", "noscript", "head", "title", "svg", "math", "select",
        "option", "textarea", "input", "object", "embed", "canvas", "map",
        # Ruby annotations (furigana) are readings printed above the words: inline in
        # plain text they split every annotated word.
        "rt", "rp",
    }
)  # fmt: skip

#: Elements that are page furniture unless they hold most of the page's prose: some pages
#: put the story in an <aside>, and an unclosed <button> swallows the rest of the page.
#: <nav> and <footer> need three quarters of it: a page footer's disclaimers and address
#: blurb often outweigh a short article.
FURNITURE_TAGS: Final = {
    "nav": 2, "aside": 16, "footer": 2, "button": 16, "label": 16, "dialog": 16, "menu": 16,
}  # fmt: skip

_ROLES: Final = {
    "navigation": 2, "menu": 2, "menubar": 2, "search": 2, "tablist": 2, "toolbar": 2,
    "dialog": 2, "alertdialog": 2, "complementary": 16, "banner": 16, "contentinfo": 16,
    "alert": 16, "status": 16,
}  # fmt: skip

# Words in class names and ids that name furniture. A class name is split into words on
# "-", "_", digits and camelCase humps. A word from the first set marks the element as
# furniture; one from the second only suggests it (layouts name their wrappers
# "container-with-sidebar", "article-header").
_BAD_WORDS: Final = frozenset(
    """share shares sharing sharebar sharedaddy social socials socialmedia related relatedposts
    recommended recommendations recirculation recirc readmore readalso teaser teasers outbrain
    taboola newsletter newsletters subscribe subscription signup ad ads adv advert adverts
    advertisement advertising adsense adsbygoogle sponsor sponsored promo promotion cookie
    cookies consent gdpr
    breadcrumb breadcrumbs nav navbar navigation menu pagination pager rating ratings stars
    byline dateline postmeta tags tagcloud caption credit credits donate donation""".split()
)
_COMMENT_WORDS: Final = frozenset(
    "comment comments commentlist respond disqus reactions replies".split()
)
_WEAK_WORDS: Final = frozenset(
    """follow popup modal overlay sidebar footer author authors bio meta masthead header topbar
    login signin copyright disclaimer lightbox gallery slideshow carousel tooltip ticker
    trending popular mostread latest banner""".split()
)
# Words of state modifiers on wrappers ("has-sidebar", "no-comments", "with-share"): the
# furniture word after them names what the wrapper holds besides the article.
_STATE_WORDS: Final = frozenset(
    "has no non not with without is show enable enabled disable disabled hide allow supports"
    " can".split()
)
_WORD_RE: Final = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+")
# Generated tokens in ids and classes (UUIDs, hashes: "ece-auto-gen-706e8b39-...-40db356813ad"):
# their letters are no words ("40db356813ad" is not an "ad").
_HEX_TOKEN: Final = re.compile(
    r"[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|"
    r"(?<![0-9a-z])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{6,}(?![0-9a-z])",
    re.IGNORECASE,
)
# WordPress puts the post's tags and categories into the article's classes ("tag-comments").
_TAXONOMY: Final = ("tag-", "tags-", "category-", "categories-", "cat-", "topic-", "postid-")
_BAD_WHOLE: Final = frozenset(
    "sr-only screen-reader-text visually-hidden hidden d-none hide print-only wp-caption-text"
    " screenreader".split()
)
_SEGMENT_ID: Final = re.compile(r"S:\d+")
_HIDDEN_STYLE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Joined words (separators dropped) of names that call an element the article body.
_CONTENT_HINTS: Final = (
    "articlebody", "articlecontent", "articletext", "entrycontent", "postcontent", "postbody",
    "posttext", "postentry", "storybody", "storycontent", "storytext", "bodytext", "contentbody",
    "maincontent", "newstext", "textcontent", "richtext", "singlecontent", "blogcontent",
    "fieldbody", "namebody", "articlemain",
)  # fmt: skip
_HINT_KEYS: Final = ("body", "content", "text", "entry", "main")


#: Marks :func:`classify` returns (a bit set); FURNITURE_TAGS and _ROLES hold them too.
HIDDEN: Final = 1
FURNITURE: Final = 2
HINT: Final = 4
MEDIA: Final = 8
MAYBE_FURNITURE: Final = 16
#: Comment threads: furniture however much prose they hold.
COMMENTS: Final = 32
_MEDIA_TAGS: Final = frozenset(
    {"figure", "figcaption", "picture", "img", "video", "audio", "iframe"}
)


# A heading's id is an anchor for links into the page, made from its own words or a CMS
# counter ("nav_the_battery__1", "cc-m-header-123"): it does not say what the heading is.
_HEADINGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_STATE_ATTRIBUTES: Final = frozenset({"hidden", "aria-hidden", "style", "role", "itemprop"})
_TAG_MARKS: Final = dict.fromkeys(_MEDIA_TAGS, MEDIA) | FURNITURE_TAGS


def classify(element: html.HtmlElement, tag: str) -> int:
    """What the markup says about one element, in one look at its attributes.

    HIDDEN: not shown (``hidden``, ``aria-hidden``, inline ``display:none``); FURNITURE:
    tag, role, class or id name page furniture; HINT: class, id or itemprop call it the
    article body; MEDIA: it may be a media container (the media module decides).
    """
    marks = _TAG_MARKS.get(tag, 0)
    items = element.items()
    if not items:
        return marks
    classes = ident = None
    content = False
    # One pass over the attributes (most elements have one or two): cheaper than get() calls.
    for key, value in items:
        if key == "class":
            classes = value
        elif key == "id":
            ident = value
        elif key in _STATE_ATTRIBUTES:
            if key == "aria-hidden" and value == "true":
                return HIDDEN
            if key == "hidden" and not _streamed_segment(element):
                return HIDDEN
            if key == "style" and ("none" in value or "hidden" in value):
                if _HIDDEN_STYLE.search(value) is not None:
                    return HIDDEN
            elif key == "role":
                marks |= _ROLES.get(value.lower(), 0)
            elif key == "itemprop":
                content = value.lower() == "articlebody"
    strict = tag == "article" or tag == "main"
    if classes:
        if _media_hint(classes):
            marks |= MEDIA
        marks |= furniture_names(classes, strict)
    if ident and tag not in _HEADINGS:
        marks |= furniture_names(ident, strict)
    if marks & COMMENTS:
        return marks
    if content or (classes and _content_names(classes)) or (ident and _content_names(ident)):
        # "entry-content share-enabled", "body-ad-wrapper field-body": the body wins.
        return (marks | HINT) & ~(FURNITURE | MAYBE_FURNITURE)
    return marks


def _streamed_segment(element: html.HtmlElement) -> bool:
    """Whether a ``hidden`` element is a segment that streaming server rendering shows.

    React streams each Suspense boundary's HTML as ``<div hidden id="S:0">`` after the
    shell, and a script moves it into the page: readers see it, often the whole article.
    """
    ident = element.get("id")
    return ident is not None and _SEGMENT_ID.fullmatch(ident) is not None


def is_hidden(element: html.HtmlElement) -> bool:
    """Whether the element is not shown to readers."""
    return bool(classify(element, str(element.tag)) & HIDDEN)


def is_furniture(element: html.HtmlElement, tag: str) -> bool:
    """Whether the element's tag, role, class or id says it is page furniture."""
    return bool(classify(element, tag) & (FURNITURE | MAYBE_FURNITURE))


# Pages repeat the same class strings many times, and sites share themes: cache the answers.
@functools.lru_cache(maxsize=8192)
def furniture_names(names: str, strict: bool = False) -> int:
    """FURNITURE, MAYBE_FURNITURE or 0 for a class/id string; ``strict`` for <article>, <main>."""
    found = 0
    for name in names.split():
        final, level = _name_marks(name)
        if final:
            return final
        # A furniture word anywhere beats a weak one anywhere.
        if not strict and level and found != FURNITURE:
            found = level
    return found


# Single class names repeat across sites far more than whole class strings ("row",
# "container", "entry-content"): their answers are cached separately.
@functools.lru_cache(maxsize=16384)
def _name_marks(name: str) -> tuple[int, int]:
    """One class name: (a mark that decides the whole string at once, or 0; the
    FURNITURE/MAYBE_FURNITURE level it adds when not ``strict``)."""
    lowered = name.lower()
    if lowered in _BAD_WHOLE:
        return FURNITURE, 0
    if lowered.startswith(_TAXONOMY):
        return 0, 0
    if any(c.isdigit() for c in name):
        # "sc-9749ad0f-0", "w-node-b5343ad4-...", UUIDs: generated tokens spell no words
        # ("ad" in "9749ad0f" is no advert).
        name = _HEX_TOKEN.sub(" ", name)
    words = [w.lower() for w in _WORD_RE.findall(name)]
    if not words or _is_content_name(words):
        return 0, 0
    level = 0
    for word in words:
        if word in _STATE_WORDS:
            break
        if word in _COMMENT_WORDS:
            return COMMENTS | FURNITURE, 0
        # <article class="comment"> is a comment; <article class="post promo"> is an article.
        if word in _BAD_WORDS:
            level = FURNITURE
        elif word in _WEAK_WORDS and not level:
            level = MAYBE_FURNITURE
    return 0, level


def content_hint(element: html.HtmlElement) -> bool:
    """Whether class, id or itemprop call the element the article body."""
    return bool(classify(element, str(element.tag)) & HINT)


# Class strings repeat; the media module's test is a regular expression: ask once per string.
_media_hint = functools.lru_cache(maxsize=8192)(media_class_hint)


@functools.lru_cache(maxsize=8192)
def _content_names(names: str) -> bool:
    lowered = names.lower()
    if not any(key in lowered for key in _HINT_KEYS):
        return False
    return any(_is_content_name(_WORD_RE.findall(name.lower())) for name in names.split())


def _is_content_name(words: list[str]) -> bool:
    joined = "".join(words)
    # Every hint holds one of these: most names are ruled out by five substring tests.
    if not any(key in joined for key in _HINT_KEYS):
        return False
    return any(hint in joined for hint in _CONTENT_HINTS)


# -- wording ---------------------------------------------------------------------------------

# Short lines that are calls to action or widget labels, in several languages.
_BOILER_LINE: Final = re.compile(
    r"^(?:advertisement|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|reklama|"
    r"share(?: this(?: article| story| post)?)?|teilen|partager|compartir|condividi|"
    r"read (?:more|also|next)|more:|related(?: articles?| stories| posts)?:?|see also|"
    r"lesen sie (?:auch|mehr)|mehr zum thema|lire aussi|[àa] lire aussi|en savoir plus|"
    r"(?:weiterlesen|read more|lire la suite)(?:\W+\d+\s*min\w*)?|\d+\s*min(?:ute)?s? read|"
    r"(?:rezept|recipe) (?:drucken|ausdrucken|print|speichern|merken).{0,40}|"
    r"(?:this (?:entry|post) was (?:posted|filed)|dieser eintrag wurde|der beitrag wurde) .*|"
    r"leer m[áa]s|lee tambi[ée]n|leggi anche|czytaj (?:też|także|więcej)|"
    r"(?:sign up|subscribe)(?: (?:to|for) (?:our|the) [\w ]*newsletter)?.*|"
    r"(?:follow|like) us on .*|click here.*|tap here.*|"
    r"(?:how useful was this (?:post|article)\?.*|be the first to rate.*|rate this.*)|"
    r"wie (?:bewerten sie|hat ihnen|gef[äa]llt ihnen) (?:diese[nr]?|den|der|das) .{0,40}|"
    r"beitragsbild|artikelbild|titelbild|"
    r"(?:we are sorry that this post was not useful.*|let us improve this.*)|"
    r"(?:photo|image|video|foto|bild|source|quelle)\s*:\s*\S.{0,60}|"
    r"(?:copyright|©).{0,80}|all rights reserved.*|alle rechte vorbehalten.*|"
    r"(?:posted|published|updated|veröffentlicht|aktualisiert|publié)\s*(?:on|am|le)?\s*:?.{0,40}\d.{0,40}|"
    r"(?:tags?|schlagworte|stichworte|themen|topics|filed under|categories|kategorien)\s*:.*|"
    r"(?:loading|wird geladen|chargement)\W*|print|drucken|imprimer|e-?mail|"
    r"(?:\d+\s*)?(?:comments?|kommentare?|commentaires?)|"
    r"(?:leave|post|write) a (?:comment|reply)|you must be logged in.*)[\s:.!…»›>|-]*$",
    re.IGNORECASE,
)
# Headings that open a teaser list or a comment thread: the rest of the region is not the article.
_TAIL_HEADING: Final = re.compile(
    r"^(?:(?:related|recommended|popular|latest|trending|more|other|similar)"
    r"(?: (?:articles?|stories|posts|news|content|links|reading|topics|for you))?|"
    r"more (?:from|on|about|in) .{1,40}|you (?:may|might) (?:also )?(?:like|be interested in)|"
    r"read (?:more|also|next)|most (?:read|popular|viewed|shared)|"
    r"comments?|\d+ comments?|leave a (?:comment|reply)|kommentare|weitere artikel|"
    r"das k[öo]nnte (?:sie|dich) (?:auch )?interessieren|mehr zum thema|lesen sie auch|"
    r"[äa]hnliche (?:beitr[äa]ge|artikel)|verwandte (?:beitr[äa]ge|artikel)|auch interessant|"
    r"weitere (?:beitr[äa]ge|artikel|nachrichten)|aktuelle (?:beitr[äa]ge|berichte|artikel).{0,40}|"
    r"articles? (?:similaires|connexes|li[ée]s)|art[íi]culos relacionados|"
    r"tambi[ée]n te puede interesar|articoli correlati|gerelateerde artikelen|ook interessant|"
    r"podobne artyku[łl]y|"
    r"[àa] lire aussi|sur le m[êe]me sujet|[àa] voir aussi|te puede interesar|"
    r"noticias relacionadas|potrebbe interessarti|leggi anche|powiązane|czytaj także|"
    r"share this(?: article| story| post)?|about the author|related coverage|"
    r"[üu]ber (?:den autor|die autorin)|sobre el autor|[àa] propos de l'auteur|temas relacionados|"
    r"(?:noch )?mehr (?:von|zu|zur|über|infos?) .{1,40}|"
    r"entdecke(?:n sie)? (?:weitere|mehr) .{1,40}|"
    r"weitere (?:informationen|infos|themen|inhalte)|weiterf[üu]hrende (?:informationen|links)|"
    r"verwandte themen(?:bereiche)?|"
    r"meist(?:gelesene|diskutierte|kommentierte|geklickte)(?: (?:artikel|beitr[äa]ge|news))?)\W*$",
    re.IGNORECASE,
)
_MAX_BOILER_LINE = 160


def is_boiler_line(text: str) -> bool:
    """Whether a short line of text is furniture ("Advertisement", "Share this", "Read more")."""
    return len(text) <= _MAX_BOILER_LINE and _BOILER_LINE.match(text) is not None


def opens_tail(text: str) -> bool:
    """Whether a heading starts the teasers/comments that follow an article."""
    return len(text) <= 80 and _TAIL_HEADING.match(text) is not None
