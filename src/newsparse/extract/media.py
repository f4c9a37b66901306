"""Media in the article: figures, WordPress captions, pictures, lazy images, video, audio, embeds.

The content walk asks :func:`is_media_container` per element and, when it says yes, takes
:func:`media_from` and skips the element's subtree (so captions never leak into the body).
:func:`lead_media` supplies og:image / JSON-LD image when the body has no media at all.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any, Final

from lxml import etree, html
from lxml.etree import ParserError

from newsparse.model import Media, MediaKind
from newsparse.page import Page
from newsparse.toolkit.credits import clean_credit, split_credit
from newsparse.toolkit.jsonld import as_list, get_path
from newsparse.toolkit.text import INVISIBLE_TAGS, normalize_space, text_of

_CLASS_CONTAINER: Final = re.compile(
    r"(?:^|\s)(?:wp-caption|wp-block-image|wp-block-embed|wp-block-video|wp-block-audio)(?:\s|$)"
)
# <figcaption> outside a <figure> is claimed too: it belongs to the image before it.
_MEDIA_TAGS: Final = frozenset(
    {"figure", "figcaption", "picture", "img", "amp-img", "video", "audio", "iframe"}
)
_IMAGE_TAGS: Final = frozenset({"img", "amp-img"})
_TEXT_FIGURE_TAGS: Final = frozenset({"table", "blockquote", "pre"})
_FIGURE_MEDIA_TAGS: Final = frozenset(
    {"img", "amp-img", "picture", "video", "audio", "iframe", "svg", "object", "embed"}
)
_WRAPPER_TAGS: Final = frozenset({"div", "span", "p", "li", "section", "aside", "a"})
_WRAPPER_HINT: Final = re.compile(
    r"image|img|picture|photo|foto|bild|figure|media|visual|caption|slide|pic(?:$|[\s_-])",
    re.IGNORECASE,
)
_BLOCK_TAGS: Final = ("p", "li", "article")
_HEADING_TAGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_MAX_WRAPPER_TEXT = 1000
_MAX_WRAPPER_PROSE = 150
_MAX_LOOSE_CAPTION = 400
_CAPTION_CLASS: Final = re.compile(
    r"caption|legend|bildunterschrift|description|subline|(?:img|image|bild|foto|photo)-?info|"
    r"(?:^|[\s_-])(?:bu|info|text|unterschrift|title)(?:$|[\s_-])",
    re.IGNORECASE,
)
_CREDIT_CLASS: Final = re.compile(
    r"credit|copyright|source|byline|photographer|author|urheber|quelle|fotograf",
    re.IGNORECASE,
)
# URLs of images that are not article media.
_JUNK: Final = re.compile(
    r"(?:^|[/_\-.\s])(?:icons?|avatars?|logos?|sprites?|pixel|spacer|blank|transparent|gravatar|"
    r"emojis?|badges?|placeholder|loader|loading|lazy-placeholder|1x1|advert\w*|banners?|"
    r"tracking|beacon|doubleclick|googlesyndication|share|social|facebook|twitter|whatsapp|"
    r"profiles?|authors?|headshots?|mugshots?|300x250|728x90|160x600|300x600|320x50|970x250)"
    r"(?:[/_\-.\s?]|$)",
    re.IGNORECASE,
)
# A counting pixel by its name ("/l.gif?a=1", "/p.gif"), an unrendered URL template
# ("image_${formatId}.jpg", "{width}"), a data: URI.
_PIXEL_OR_TEMPLATE: Final = re.compile(r"/\w{1,5}\.gif(?:$|\?)|\$\{|\{\w+\}|%7B\w+%7D|^data:", re.I)
# Embeds that are page furniture: newsletter, comment, consent and login frames.
_JUNK_EMBED: Final = re.compile(
    r"newsletter|subscribe|signup|sign-up|login|comments?|consent|cookie|survey|paywall|"
    r"/ads?/|sharing|share",
    re.IGNORECASE,
)
# Classes of <img> elements that are not article media ("lazy-loading" or "placeholder"
# classes are kept: lazy loaders put them on real photos).
_JUNK_CLASS: Final = re.compile(
    r"(?:^|[\s_-])(?:icons?|avatars?|logos?|sprites?|spacer|pixel|emojis?|badges?|gravatar|"
    r"tracking|author|profile|advert\w*)(?:$|[\s_-])",
    re.IGNORECASE,
)
_AD_HOSTS: Final = re.compile(
    r"doubleclick|googlesyndication|googleadservices|adservice|amazon-adsystem|taboola|outbrain|"
    r"scorecardresearch|facebook\.com/tr|pixel\.|/pixel|analytics|/ads?/|/adserver",
    re.IGNORECASE,
)
_VIDEO_HOSTS: Final = re.compile(
    r"youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|dailymotion\.com|jwplayer|brightcove|"
    r"players?\.|/embed/video|video",
    re.IGNORECASE,
)
_SRC_ATTRS: Final = ("data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "src")
_SRCSET_ATTRS: Final = ("data-srcset", "data-lazy-srcset", "srcset")
# One srcset candidate: a URL (no spaces; a trailing comma ends it) and an optional
# descriptor ("800w", "2x") up to the next comma.
_SRCSET_ITEM: Final = re.compile(r"[\s,]*(\S+)(?:\s+(?:(\d+(?:\.\d+)?)([wx])|[^,\s]*)\s*)?(?:,|$)")
_MIN_SIDE = 100  # thumbnails and icons are smaller; article pictures are not


@functools.lru_cache(maxsize=4096)
def media_class_hint(classes: str) -> bool:
    """Whether a class attribute may name a media container (a cheap pre-check for walks:
    :func:`is_media_container` decides)."""
    return "wp-" in classes or _WRAPPER_HINT.search(classes) is not None


def is_media_container(element: html.HtmlElement) -> bool:
    """Whether the content walk should hand ``element`` (and its subtree) to :func:`media_from`.

    Media elements, WordPress captions, and small wrappers whose class says image/photo/
    picture/caption and that hold one image plus at most a caption and a credit.
    """
    tag = element.tag
    if not isinstance(tag, str):
        return False
    if tag == "figure":
        return not _text_figure(element)
    if tag in _MEDIA_TAGS:
        return True
    cls = element.get("class")
    if cls is None:
        return False
    if _CLASS_CONTAINER.search(cls) is not None:
        return True
    if tag not in _WRAPPER_TAGS or _WRAPPER_HINT.search(cls) is None:
        return False
    # Only a small wrapper: one image, no headings, little text.
    return _small_wrapper(element)


_WRAPPER_NODES = 5000
_FIGURE_NODES = 60


def _text_figure(element: html.HtmlElement) -> bool:
    """Whether a ``<figure>`` holds a table, quote or code block before any image.

    Figures also wrap tables (WordPress "wp-block-table", often in a scroll wrapper),
    pull quotes and code: text the walk reads. A table of products with pictures in its
    cells is still a table. Only the figure's first nodes are looked at.
    """
    for count, node in enumerate(element.iterdescendants()):
        tag = node.tag
        if tag in _TEXT_FIGURE_TAGS:
            return True
        if tag in _FIGURE_MEDIA_TAGS or count >= _FIGURE_NODES:
            return False
    return False


def _small_wrapper(element: html.HtmlElement) -> bool:
    """One or two images, at most two blocks, no heading and little text, in one bounded walk.

    Text outside captions and credits (a ``<figcaption>`` or a caption/credit class) is
    bounded tighter: a wrapper holding a paragraph of its own is a text-with-picture
    block or a slide of the story ("ce-textpic", "slide"), not a picture.

    It stops as soon as a count is past its bound (or after ``_WRAPPER_NODES`` nodes):
    the XPath ``count(.//p | .//li ...)`` it replaces was quadratic in libxml2's
    node-set union, minutes for a wrapper holding 80,000 paragraphs.
    """
    images = blocks = chars = prose = 0
    # (node, whether its parent is visible, whether its parent is outside any caption)
    stack: list[tuple[etree._Element, bool, bool]] = [(element, True, True)]
    for _ in range(_WRAPPER_NODES):
        if not stack:
            break
        node, visible, plain = stack.pop()
        tag = node.tag
        if node is not element:
            if tag in _HEADING_TAGS:
                # A picture with a title and a description is a card, not a caption.
                return False
            images += tag in _IMAGE_TAGS
            blocks += tag in _BLOCK_TAGS
            if visible and node.tail:  # a tail belongs to the parent's text
                size = len(normalize_space(node.tail))
                chars += size
                prose += size if plain else 0
        inside = visible and isinstance(tag, str) and tag not in INVISIBLE_TAGS
        if plain and inside:
            cls = node.get("class")
            plain = tag != "figcaption" and not (
                cls and (_CAPTION_CLASS.search(cls) or _CREDIT_CLASS.search(cls))
            )
        if inside and node.text:
            size = len(normalize_space(node.text))
            chars += size
            prose += size if plain else 0
        if images > 2 or blocks > 2 or chars > _MAX_WRAPPER_TEXT or prose > _MAX_WRAPPER_PROSE:
            return False
        stack.extend((child, inside, plain) for child in node)
    if stack or not images:
        return False
    # The chunks above miss the spaces between them: the exact text decides (it is short).
    return len(text_of(element)) <= _MAX_WRAPPER_TEXT


def media_from(element: html.HtmlElement, page: Page, position: int) -> Media | None:
    """The media item ``element`` shows, with caption and credit; None for junk or no URL."""
    tag = element.tag
    if tag == "figcaption":
        return None  # an orphan caption: read with the image before it
    if tag == "video" or tag == "audio":
        return _av(element, page, position)
    if tag == "iframe":
        return _embed(element, page, position)
    image = _best_image(element, page)
    if image is None:
        # A figure may hold a video or an embed instead of an image.
        for inner in element.iter("video", "audio", "iframe"):
            found = media_from(inner, page, position)
            if found is not None:
                caption, credit = _caption_and_credit(element)
                return _with_caption(found, caption, credit)
        return None
    url, width, height, alt = image
    caption, credit = _caption_and_credit(element)
    return Media(
        kind=MediaKind.IMAGE,
        url=url,
        caption=caption,
        credit=credit,
        alt=alt,
        width=width,
        height=height,
        position=position,
    )


def _with_caption(media: Media, caption: str | None, credit: str | None) -> Media:
    return Media(
        kind=media.kind,
        url=media.url,
        caption=caption or media.caption,
        credit=credit or media.credit,
        alt=media.alt,
        width=media.width,
        height=media.height,
        position=media.position,
    )


# -- images ------------------------------------------------------------------------------


def _best_image(
    element: html.HtmlElement, page: Page
) -> tuple[str, int | None, int | None, str | None] | None:
    """(url, width, height, alt) of the largest usable image in ``element``."""
    ranked: list[tuple[float, int, str, html.HtmlElement, int | None, int | None]] = []
    for img, candidates in _image_candidates(element):
        if _is_junk_element(img):
            continue
        width, height = _int(img.get("width")), _int(img.get("height"))
        if _too_small(width, height):
            continue
        for href, size in candidates:
            score = size if size is not None else float(width or 0)
            ranked.append((score, -len(ranked), href, img, width, height))
    # Resolve URLs best first: most candidates never need urljoin.
    for _score, _order, href, img, width, height in sorted(
        ranked, key=lambda r: r[:2], reverse=True
    ):
        url = page.absolute(href)
        if url is not None and not _is_junk_url(url):
            return url, width, height, normalize_space(img.get("alt")) or None
    return None


def _image_candidates(
    element: html.HtmlElement,
) -> Iterator[tuple[html.HtmlElement, list[tuple[str, float | None]]]]:
    """Each ``<img>`` (and ``<source>`` of a picture) with its candidate URLs and sizes."""
    images = (
        [element] if element.tag in _IMAGE_TAGS else list(element.iter("img", "amp-img", "source"))
    )
    for img in images:
        if img.tag == "source" and (img.get("type") or "").startswith(("video", "audio")):
            continue
        yield img, _candidates(img)
    # The HTML parser keeps <noscript> content as text: parse the fallback <img> it holds.
    for noscript in element.iter("noscript"):
        for img in _noscript_images(noscript):
            yield img, _candidates(img)


def _candidates(img: html.HtmlElement) -> list[tuple[str, float | None]]:
    found: list[tuple[str, float | None]] = []
    for attr in _SRCSET_ATTRS:
        value = img.get(attr)
        if value:
            found.extend(_parse_srcset(value))
    for attr in _SRC_ATTRS:
        value = img.get(attr)
        if value and not value.startswith("data:"):
            found.append((value.strip(), None))
            break
    if not found:
        # Lazy loaders name their attributes freely ("data-flickity-lazyload-srcset",
        # "data-hi-res-src"): any data-* attribute about a source that holds a URL.
        for attr, value in img.attrib.items():
            if attr.startswith("data-") and _LAZY_ATTR.search(attr) and _URLISH.match(value):
                if "srcset" in attr:
                    found.extend(_parse_srcset(value))
                else:
                    found.append((value.strip(), None))
    return found


_LAZY_ATTR: Final = re.compile(r"src|lazy|original|full|large|hires|hi-res|zoom")
_URLISH: Final = re.compile(r"\s*(?:https?:)?/|\s*[\w./-]+\.(?:jpe?g|png|webp|gif|avif)\b", re.I)


def _parse_srcset(value: str) -> list[tuple[str, float | None]]:
    """``srcset`` candidates as (url, size); URLs may contain commas (``crop=10,20``)."""
    found: list[tuple[str, float | None]] = []
    for match in _SRCSET_ITEM.finditer(value):
        url = match.group(1).rstrip(",")
        if not url or url.startswith("data:"):
            continue
        size, unit = match.group(2), match.group(3)
        number = float(size) if size else None
        if number is not None and unit == "x":
            number *= 1000  # density descriptors: rank above plain src, in their own order
        found.append((url, number))
    return found


def _noscript_images(noscript: html.HtmlElement) -> list[html.HtmlElement]:
    markup = noscript.text or ""
    if "<img" not in markup:
        return list(noscript.iter("img"))
    try:
        fragment = html.fragment_fromstring(markup, create_parent="div")
    except (ParserError, ValueError):
        return []
    return list(fragment.iter("img"))


def _is_junk_element(img: html.HtmlElement) -> bool:
    for attr in ("class", "id"):
        value = img.get(attr)
        if value and _JUNK_CLASS.search(value):
            return True
    role = img.get("role")
    return role == "presentation" or img.get("aria-hidden") == "true"


def _is_junk_url(url: str) -> bool:
    path = url.split("?", 1)[0]
    return bool(
        _JUNK.search(path) or _AD_HOSTS.search(url) or _PIXEL_OR_TEMPLATE.search(url)
    ) or path.lower().endswith((".svg", ".ico"))


def _too_small(width: int | None, height: int | None) -> bool:
    return (width is not None and width < _MIN_SIDE) or (height is not None and height < _MIN_SIDE)


def _int(value: str | None) -> int | None:
    if not value:
        return None
    digits = value.strip().removesuffix("px")
    return int(digits) if digits.isdigit() and len(digits) < 7 else None


# -- captions and credits ------------------------------------------------------------------


def _caption_and_credit(element: html.HtmlElement) -> tuple[str | None, str | None]:
    caption_el = _find_caption(element)
    credit_el = _find_credit(element)
    credit = (clean_credit(text_of(credit_el)) if credit_el is not None else None) or ""
    if caption_el is None:
        text = _loose_text(element, credit_el)
    else:
        inner = _inner_caption(caption_el)
        if inner is not None and credit_el is not None:
            # <figcaption><span class=caption>..</span> <span class=credit>Photo by X</span>
            # /<span class=distributor>AP</span></figcaption>: all but the caption is credit.
            rest = _text_without(caption_el, inner)
            credit = clean_credit(_SLASH_SPACE.sub("/", rest)) or credit
            caption_el = inner
            credit_el = None
        text = _text_without(caption_el, credit_el)
    caption, split = split_credit(text) if text else (None, None)
    credit = credit or (split or "") or (_attribute_credit(element) or "")
    if caption is None or not credit:
        # schema.org ImageObject microdata: <meta itemprop="caption|author" content=...>
        described, by = _microdata(element)
        caption = caption or described
        credit = credit or by or ""
    if credit and caption and caption.endswith(credit):
        caption = normalize_space(caption[: -len(credit)]) or None
    return caption, credit or None


def _microdata(element: html.HtmlElement) -> tuple[str | None, str | None]:
    caption = credit = None
    for meta in element.iter("meta"):
        prop = meta.get("itemprop")
        value = normalize_space(meta.get("content"))
        if not prop or not value:
            continue
        if prop in ("caption", "description") and caption is None:
            caption, inner = split_credit(value)
            credit = credit or inner
        elif prop in ("author", "copyrightHolder", "creditText", "copyrightNotice"):
            credit = credit or clean_credit(value)
    return caption, credit


def _attribute_credit(element: html.HtmlElement) -> str | None:
    """A credit kept only in the image's title or alt ("Caption | AFP/Name", "... Foto: X")."""
    images = [element] if element.tag in _IMAGE_TAGS else element.iter("img", "amp-img")
    for img in images:
        for attr in ("title", "alt", "data-credit", "data-copyright"):
            value = img.get(attr)
            if not value:
                continue
            if attr.startswith("data-"):
                return clean_credit(value)
            _, credit = split_credit(value)
            if credit:
                return credit
        break
    return None


def _loose_text(element: html.HtmlElement, credit_el: html.HtmlElement | None) -> str:
    """Caption text not marked as one: the caption right after the picture (``<img>
    <figcaption>``, ``<div><figure><img></figure></div><figcaption>``), else the short
    text of a wrapper around the image."""
    if element.tag in _IMAGE_TAGS or element.tag == "picture" or element.tag == "figure":
        return _next_caption(element)
    text = _text_without(element, credit_el)
    return text if len(text) <= _MAX_LOOSE_CAPTION else ""


# How many single-child wrappers around the picture the caption after it may skip.
_CAPTION_WRAPPERS = 2


def _next_caption(element: html.HtmlElement) -> str:
    for _ in range(_CAPTION_WRAPPERS + 1):
        sibling = element.getnext()
        if sibling is not None:
            if isinstance(sibling.tag, str) and _is_caption(sibling):
                return text_of(sibling)
            return ""
        parent = element.getparent()
        # Only climb out of a wrapper that holds nothing but the picture.
        if parent is None or len(parent) != 1 or (parent.text and parent.text.strip()):
            return ""
        element = parent
    return ""


def _is_caption(element: html.HtmlElement) -> bool:
    if element.tag == "figcaption":
        return True
    cls = element.get("class") or ""
    return bool(cls) and bool(_CAPTION_CLASS.search(cls)) and element.find(".//img") is None


_SLASH_SPACE: Final = re.compile(r"\s+/")


def _inner_caption(caption: html.HtmlElement) -> html.HtmlElement | None:
    """A caption-classed element inside a <figcaption> that also holds a credit."""
    for child in caption.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        cls = child.get("class") or ""
        if cls and _CAPTION_CLASS.search(cls) and not _CREDIT_CLASS.search(cls):
            return child if text_of(child) else None
    return None


def _find_caption(element: html.HtmlElement) -> html.HtmlElement | None:
    for child in element.iter("figcaption"):
        return child
    for child in element.iter():
        if child is element or not isinstance(child.tag, str) or child.tag in ("img", "source"):
            continue
        cls = child.get("class") or ""
        if cls and _CAPTION_CLASS.search(cls) and not _CREDIT_CLASS.search(cls):
            return child
    return None


def _find_credit(element: html.HtmlElement) -> html.HtmlElement | None:
    for child in element.iter():
        if child is element or not isinstance(child.tag, str) or child.tag in ("img", "source"):
            continue
        cls = child.get("class") or ""
        marked = (
            (cls and _CREDIT_CLASS.search(cls))
            or child.tag in _CREDIT_TAGS
            or child.get("itemprop") in _CREDIT_PROPS
        )
        if marked and text_of(child):
            return child
    return None


# schema.org ImageObject properties that hold the credit.
_CREDIT_PROPS: Final = frozenset({"author", "copyrightHolder", "creditText", "copyrightNotice"})


# <footer> in a figure and <cite> in a caption hold the credit by convention.
_CREDIT_TAGS: Final = frozenset({"cite", "footer"})


def _text_without(element: html.HtmlElement, skip: html.HtmlElement | None) -> str:
    """The caption's text without the text of a credit element nested in it."""
    text = text_of(element)
    if skip is None or not any(a is element for a in skip.iterancestors()):
        return text
    inner = text_of(skip)
    head, found, tail = text.rpartition(inner) if inner else ("", "", text)
    return normalize_space(f"{head} {tail}") if found else text


# -- video, audio, embeds --------------------------------------------------------------------


def _av(element: html.HtmlElement, page: Page, position: int) -> Media | None:
    kind = MediaKind.VIDEO if element.tag == "video" else MediaKind.AUDIO
    url = page.absolute(element.get("src") or element.get("data-src"))
    if url is None:
        for source in element.iter("source"):
            url = page.absolute(source.get("src") or source.get("data-src"))
            if url:
                break
    if url is None and kind is MediaKind.VIDEO:
        url = page.absolute(element.get("poster"))
    if url is None:
        return None
    return Media(
        kind=kind,
        url=url,
        width=_int(element.get("width")),
        height=_int(element.get("height")),
        position=position,
    )


def _embed(element: html.HtmlElement, page: Page, position: int) -> Media | None:
    href = element.get("src") or element.get("data-src") or element.get("data-lazy-src")
    url = page.absolute(href)
    if url is None or _AD_HOSTS.search(url) or _JUNK_EMBED.search(url):
        return None
    width, height = _int(element.get("width")), _int(element.get("height"))
    if _too_small(width, height):
        return None
    kind = MediaKind.VIDEO if _VIDEO_HOSTS.search(url) else MediaKind.EMBED
    title = normalize_space(element.get("title")) or None
    return Media(kind=kind, url=url, alt=title, width=width, height=height, position=position)


# -- the lead image from metadata ---------------------------------------------------------------


_LEAD_KEYS: Final = (
    "og:image:secure_url",
    "og:image",
    "og:image:url",
    "twitter:image",
    "twitter:image:src",
)


def lead_media(page: Page) -> Media | None:
    """og:image / twitter:image / JSON-LD image, for pages whose body shows no media."""
    for value in as_list(get_path(page.article_ld, "image")):
        found = _ld_image(value, page)
        if found is not None:
            return found
    for key in _LEAD_KEYS:
        url = page.absolute(page.meta_first(key))
        if url and not _is_junk_url(url):
            return Media(
                kind=MediaKind.IMAGE,
                url=url,
                alt=page.meta_first("og:image:alt", "twitter:image:alt"),
                width=_int(page.meta_first("og:image:width")),
                height=_int(page.meta_first("og:image:height")),
                position=0,
            )
    return None


def _ld_image(value: Any, page: Page) -> Media | None:
    if isinstance(value, str):
        url = page.absolute(value)
        return Media(url=url, position=0) if url and not _is_junk_url(url) else None
    if not isinstance(value, dict):
        return None
    href = value.get("url") or value.get("contentUrl")
    url = page.absolute(href if isinstance(href, str) else None)
    if url is None or _is_junk_url(url):
        return None
    caption = value.get("caption") or value.get("description")
    credit = value.get("creditText") or value.get("copyrightHolder") or value.get("author")
    return Media(
        kind=MediaKind.IMAGE,
        url=url,
        caption=normalize_space(caption) or None if isinstance(caption, str) else None,
        credit=_name(credit),
        width=_int(str(value.get("width") or "")),
        height=_int(str(value.get("height") or "")),
        position=0,
    )


def _name(value: Any) -> str | None:
    for item in as_list(value):
        if isinstance(item, str) and item.strip():
            return normalize_space(item)
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            return normalize_space(item["name"]) or None
    return None
