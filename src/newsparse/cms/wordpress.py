"""WordPress: what the news themes and plugins built on it share.

About two in five news sites run WordPress. Whatever the theme, a post page keeps the
same skeleton: the text in ``.entry-content`` (or a theme's twin such as tagDiv's
``.td-post-content``), captions in ``.wp-caption``/``wp-block-image`` figures, categories
and tags as ``rel="category tag"``/``rel="tag"`` links, previous/next in
``.post-navigation``, and the same handful of rating, sharing and related-post plugins
appended to the text. This module recognises such a page from its markup (never from a
host list) and tells an adapter where the text is and what to leave out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final
from urllib.parse import urlsplit

from lxml import etree, html
from lxml.cssselect import CSSSelector

from newsparse.model import NavLink, NavRole
from newsparse.page import Page
from newsparse.toolkit.text import normalize_space, text_of

# Any one of these is WordPress: the generator meta, the REST API link, assets served from
# wp-content / wp-includes, or the body classes core prints on a single post.
_IS_WORDPRESS: Final = etree.XPath(
    "boolean("
    "//meta[translate(@name, 'GENRATO', 'genrato')='generator']"
    "[starts-with(translate(@content, 'WORDPRES', 'wordpres'), 'wordpress')]"
    " | //link[@rel='https://api.w.org/']"
    " | //link[contains(@href, '/wp-content/') or contains(@href, '/wp-includes/')]"
    " | //script[contains(@src, '/wp-content/') or contains(@src, '/wp-includes/')]"
    " | //img[contains(@src, '/wp-content/uploads/')]"
    " | //body[contains(concat(' ', normalize-space(@class), ' '), ' single-post ')"
    " and contains(concat(' ', normalize-space(@class), ' '), ' postid-')]"
    ")"
)

#: Where themes put the post's text, most specific first.
CONTENT_SELECTORS: Final = (
    ".entry-content",
    ".td-post-content",
    ".tdb_single_content",
    ".jeg_post_content",
    ".wp-block-post-content",
    ".elementor-widget-theme-post-content > .elementor-widget-container",
    "[data-elementor-type='wp-post']",
    ".et_pb_post_content",
    ".post-content",
    ".single-post-content",
    ".article-content",
    ".the-content",
    ".post-entry",
    "div.entry",
)
_CONTENT: Final = tuple(CSSSelector(s) for s in CONTENT_SELECTORS)
# Paragraph text (characters) below which a content match must hold a quarter of the page's.
_SMALL_ROOT: Final = 1000

#: Inside the content: what plugins and themes add that is never the article's text.
#: Captions (``.wp-caption``, ``wp-block-image``) are media, handled by the media extractor.
EXCLUDE: Final = (
    # Sharing and likes: Jetpack (sharedaddy), AddToAny, Sassy Social Share, Shared Counts,
    # Easy Social Share Buttons, Social Warfare, theme share bars.
    ".sharedaddy",
    ".sd-sharing-enabled",
    "#jp-post-flair",
    ".jetpack-likes-widget-wrapper",
    ".wp-block-jetpack-sharing-buttons",
    ".addtoany_share_save_container",
    ".addtoany_content",
    ".a2a_kit",
    ".heateor_sss_sharing_container",
    ".shared-counts-wrap",
    ".essb_links",
    ".swp_social_panel",
    ".td-post-sharing",
    ".jeg_share_button",
    # Related posts: Jetpack, YARPP, Contextual Related Posts, Related Posts for WP, themes.
    ".jp-relatedposts",
    ".wp-block-jetpack-related-posts",
    ".yarpp",
    ".yarpp-related",
    ".crp_related",
    ".rp4wp-related-posts",
    ".related-posts",
    ".td-related-row",
    ".jeg_related_post",
    # Ratings: kk Star Ratings, YASR, WP-PostRatings, Rate My Post / FeedbackWP
    # ("How useful was this post?").
    ".kk-star-ratings",
    ".yasr-visitor-votes",
    ".yasr-overall-rating",
    ".wp-postratings",
    ".post-ratings",
    ".rmp-widgets-container",
    ".rmp-rating-widget",
    ".rmp-results-widget",
    # Post furniture themes print inside the content area.
    ".post-navigation",
    ".posts-navigation",
    ".page-links",
    ".entry-meta",
    ".cat-links",
    ".tags-links",
    ".post-tags",
    ".author-box",
    ".saboxplugin-wrap",
    "#ez-toc-container",
    ".screen-reader-text",
    # Ads (Ad Inserter, AdSense, WordAds, theme slots), newsletter forms, comments.
    "[class*='code-block-']",
    "ins.adsbygoogle",
    ".wordads-ad-wrapper",
    ".td-a-rec",
    ".jeg_ad",
    ".mc4wp-form",
    ".wp-block-jetpack-subscriptions",
    "#comments",
    ".comments-area",
)

_POST_NAV: Final = CSSSelector(
    ".post-navigation a[href], .nav-links a[href], .td-post-next-prev a[href], "
    ".jeg_prevnext_post a[href], a[rel~='prev'][href], a[rel~='next'][href]"
)
_NAV_TITLE: Final = CSSSelector(
    ".nav-title, .post-title, .post-navigation-link__title, .td-post-next-prev-content > a span"
)
_NAV_LABEL: Final = CSSSelector(
    ".nav-subtitle, .meta-nav, .nav-label, .nav-direction, .post-navigation-link__label, "
    ".screen-reader-text"
)
# "Previous Article", "Next post »", "« Previous": labels a theme prints before the title.
_LABEL_PREFIX: Final = re.compile(
    r"^(?:previous|prev|next|older|newer)(?:\s+(?:article|post|story|entry))?\s*[:»›→>]?\s+",
    re.IGNORECASE,
)
_LABEL_ONLY: Final = re.compile(
    r"^(?:previous|prev|next|older|newer)(?:\s+(?:article|post|story|entry|page))?$", re.IGNORECASE
)
_ARROWS: Final = "«»‹›←→<>|·-–— "
# Classic themes mark categories rel="category tag"; block themes print the post's terms
# in ".taxonomy-category" / ".taxonomy-post_tag" blocks with rel="tag" on both.
_CATEGORY: Final = CSSSelector("a[rel~='category'][href], .taxonomy-category a[href]")
_TAG: Final = CSSSelector("a[rel~='tag'][href], .taxonomy-post_tag a[href]")
_IN_CATEGORIES: Final = etree.XPath(
    "boolean(ancestor::*"
    "[contains(concat(' ', normalize-space(@class), ' '), ' taxonomy-category ')])"
)
_BREADCRUMBS: Final = CSSSelector(
    "#breadcrumbs a[href], .yoast-breadcrumbs a[href], .rank-math-breadcrumb a[href], "
    ".breadcrumbs a[href], .td-crumb-container a[href], .entry-crumbs a[href]"
)
# Class names (whole tokens) of containers whose links and text belong to other posts:
# widgets and sidebars, related-post lists, menus, the site footer, comments. Layout
# classes that merely mention a sidebar ("right-sidebar", "no-sidebar") do not count.
_ELSEWHERE: Final = re.compile(
    r"^(?:widget(?:[-_].*)?|sidebar|sidebar[-_](?:primary|secondary|left|right|main|widgets?)"
    r"|widget-area|secondary|(?:.*[-_])?related(?:[-_]?posts?|[-_]row|[-_]articles?)?"
    r"|jp-relatedposts|yarpp|crp_related|menu|sub-menu|nav-menu|site-footer"
    r"|comments?|comment-list|comments-area|comment-navigation|comments-pagination)$",
    re.IGNORECASE,
)
# "nav-previous", "td-post-prev-post", "prev_post": a class naming the link's direction.
_DIRECTION: Final = re.compile(r"(?:^|[-_])(prev|previous|next)(?:$|[-_])")
_ELSEWHERE_IDS: Final = frozenset({"secondary", "sidebar", "comments", "colophon"})
_POST_CLASS: Final = re.compile(r"(?:^|\s)(?:hentry|type-post|post-\d+)(?:\s|$)")
_ARCHIVE_PATH: Final = re.compile(r"/(?:category|tag|topics?|section)/[^/]")


def is_wordpress(page: Page) -> bool:
    """Whether the page was served by WordPress (from its own markup)."""
    return page.memo("wordpress:is", lambda: bool(_IS_WORDPRESS(page.root)))


def content_root(page: Page) -> html.HtmlElement | None:
    """The element holding the post's text, or None when no theme convention is found.

    Selectors are tried most specific first; among several matches (a sidebar widget may
    reuse ``.entry-content``) the one with the most paragraph text wins, and the outer
    one of two nested matches. A match with less than half the paragraph text of another
    selector's match is a teaser and is passed over; so is a short match holding less than
    a quarter of the page's paragraph text (None then).
    """
    return page.memo("wordpress:content_root", lambda: _content_root(page))


def _content_root(page: Page) -> html.HtmlElement | None:
    # The best match of each selector, then the first one holding at least half of the
    # largest: a theme may reuse ".post-content" for a teaser above the real text.
    found: list[tuple[html.HtmlElement, int]] = []
    for selector in _CONTENT:
        best: html.HtmlElement | None = None
        best_size = 0
        for element in selector(page.body):
            if _elsewhere(element):
                continue
            size = sum(len(text_of(p)) for p in element.iter("p"))
            if size > best_size:
                best, best_size = element, size
        if best is not None:
            found.append((best, best_size))
    largest = max((size for _, size in found), default=0)
    chosen = next((element for element, size in found if size * 2 >= largest), None)
    if chosen is None or largest >= _SMALL_ROOT:
        return chosen
    # A small match on a page whose text is mostly elsewhere is a theme's teaser or
    # listing card, not the post: let the generic scorer decide.
    everywhere = sum(len(text_of(p)) for p in page.body.iter("p"))
    return chosen if largest * 4 >= everywhere else None


def post_element(page: Page, root: html.HtmlElement | None) -> html.HtmlElement:
    """The post's container (``article.hentry``, ``#post-123``) around ``root``; else ``<body>``."""
    if root is not None:
        for element in (root, *root.iterancestors()):
            if element.tag == "article" or _POST_CLASS.search(element.get("class") or ""):
                return element
            if (element.get("id") or "").startswith("post-"):
                return element
    return page.body


def navigation(page: Page, root: html.HtmlElement | None) -> tuple[NavLink, ...]:
    """Breadcrumbs, the post's categories and in-text category links, tags, previous, next."""
    post = post_element(page, root)
    groups: list[Iterable[NavLink]] = [
        _links(page, _BREADCRUMBS(page.body), NavRole.BREADCRUMB),
        _links(page, _CATEGORY(post), NavRole.SECTION),
        (link for _, link in archive_link_paragraphs(page, root)),
        _links(page, (a for a in _TAG(post) if not _is_category(a)), NavRole.TAG),
        _post_navigation(page),
    ]
    seen: set[tuple[str, str]] = set()
    found: list[NavLink] = []
    for group in groups:
        for link in group:
            if (link.role, link.url) not in seen:
                seen.add((link.role, link.url))
                found.append(link)
    previous = [link for link in found if link.role is NavRole.PREVIOUS]
    following = [link for link in found if link.role is NavRole.NEXT]
    rest = [link for link in found if link.role not in (NavRole.PREVIOUS, NavRole.NEXT)]
    # One previous and one next: themes repeat them (top and bottom, sticky bars).
    return (*rest, *previous[:1], *following[:1])


def archive_link_paragraphs(
    page: Page, root: html.HtmlElement | None
) -> list[tuple[html.HtmlElement, NavLink]]:
    """Paragraphs of the text that are nothing but a link to a category or tag archive.

    Editors end posts with "For more world news" linking the World category: that is
    navigation (a section link), not a paragraph of the story.
    """
    if root is None:
        return []
    found: list[tuple[html.HtmlElement, NavLink]] = []
    for paragraph in root.iter("p"):
        links = list(paragraph.iter("a"))
        if len(links) != 1:
            continue
        text = text_of(paragraph)
        url = page.absolute(links[0].get("href"))
        if not text or url is None or text_of(links[0]) != text:
            continue
        if urlsplit(url).hostname != urlsplit(page.url or url).hostname:
            continue
        if _ARCHIVE_PATH.search(urlsplit(url).path):
            found.append((paragraph, NavLink(role=NavRole.SECTION, text=text, url=url)))
    return found


def _post_navigation(page: Page) -> Iterator[NavLink]:
    for anchor in _POST_NAV(page.body):
        if _elsewhere(anchor):
            continue
        role = _nav_role(anchor)
        url = page.absolute(anchor.get("href"))
        text = _nav_title(anchor)
        if role is not None and url and text:
            yield NavLink(role=role, text=text, url=url)


def _nav_role(anchor: html.HtmlElement) -> NavRole | None:
    rel = _rel(anchor)
    if "prev" in rel:
        return NavRole.PREVIOUS
    if "next" in rel:
        return NavRole.NEXT
    for element in anchor.iterancestors():
        if element.tag in ("nav", "body"):
            break
        for name in (element.get("class") or "").lower().split():
            found = _DIRECTION.search(name)
            if found:
                return NavRole.NEXT if found.group(1) == "next" else NavRole.PREVIOUS
    return None


def _nav_title(anchor: html.HtmlElement) -> str:
    """The linked post's title, without the "Previous Article" label the theme adds."""
    for title in _NAV_TITLE(anchor):
        text = text_of(title)
        if text:
            return text
    text = text_of(anchor)
    for label in _NAV_LABEL(anchor):
        text = normalize_space(text.replace(text_of(label), "", 1))
    text = text.strip(_ARROWS)
    # A link that is only its label ("Previous Post", "→") names no article: no link.
    if _LABEL_ONLY.match(text) or not any(c.isalnum() for c in text):
        return ""
    return _LABEL_PREFIX.sub("", text).strip(_ARROWS)


def _links(page: Page, anchors: Iterable[html.HtmlElement], role: NavRole) -> Iterator[NavLink]:
    for anchor in anchors:
        url, text = page.absolute(anchor.get("href")), text_of(anchor)
        if url and text and not _elsewhere(anchor):
            yield NavLink(role=role, text=text, url=url)


def _is_category(anchor: html.HtmlElement) -> bool:
    return "category" in _rel(anchor) or bool(_IN_CATEGORIES(anchor))


def _rel(element: html.HtmlElement) -> list[str]:
    return (element.get("rel") or "").lower().split()


def _elsewhere(element: html.HtmlElement) -> bool:
    """Inside a sidebar, widget, menu, footer or related-posts block."""
    for ancestor in (element, *element.iterancestors()):
        if ancestor.tag in ("body", "html"):
            return False  # body classes describe the layout ("right-sidebar"), not a widget
        if ancestor.tag == "aside" or ancestor.get("id") in _ELSEWHERE_IDS:
            return True
        for name in (ancestor.get("class") or "").split():
            # WordPress adds "tag-<slug>" / "category-<slug>" of the post's own terms.
            if not name.startswith(("tag-", "category-")) and _ELSEWHERE.match(name):
                return True
    return False
