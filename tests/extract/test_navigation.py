"""Examples of :func:`newsparse.extract.navigation.links` on small synthetic pages."""

from __future__ import annotations

from newsparse.adapter import Adapter
from newsparse.extract.navigation import links
from newsparse.model import NavRole
from newsparse.page import Page

URL = "https://news.example/2024/01/story/"


class _Generic(Adapter):
    name = "generic"


def _links(body: str, head: str = "") -> list[tuple[NavRole, str, str]]:
    page = Page.from_html(f"<html><head>{head}</head><body>{body}</body></html>", URL)
    found = links(page, _Generic().content(page))
    return [(link.role, link.text, link.url) for link in found]


STORY = "<p>" + "The story goes on and on with many words in it. " * 8 + "</p>"


def test_wordpress_post_navigation_and_categories() -> None:
    body = (
        '<article><div class="cat-links"><a href="/category/news/" rel="category tag">News</a>'
        '<a href="/category/us/" rel="category tag">US</a></div>'
        f"<h1>Title</h1>{STORY}"
        '<p><a href="/category/world/">For more world news</a></p></article>'
        '<nav class="navigation post-navigation"><div class="nav-links">'
        '<div class="nav-previous"><a href="/older/" rel="prev"><span class="nav-subtitle">'
        'Previous Article</span> <span class="nav-title">The older story</span></a></div>'
        '<div class="nav-next"><a href="/newer/" rel="next"><span class="nav-subtitle">'
        'Next Article</span> <span class="nav-title">The newer story</span></a></div></div></nav>'
    )
    assert _links(body) == [
        (NavRole.SECTION, "News", "https://news.example/category/news/"),
        (NavRole.SECTION, "US", "https://news.example/category/us/"),
        (NavRole.SECTION, "For more world news", "https://news.example/category/world/"),
        (NavRole.PREVIOUS, "The older story", "https://news.example/older/"),
        (NavRole.NEXT, "The newer story", "https://news.example/newer/"),
    ]


def test_labels_in_other_languages_without_rel() -> None:
    body = (
        f"<article>{STORY}</article>"
        '<div class="post-nav"><a href="/a/">« Vorheriger Artikel: Alte Geschichte</a>'
        '<a href="/b/">Nächster Artikel: Neue Geschichte</a><a href="/c/">Weiterlesen</a></div>'
    )
    assert _links(body) == [
        (NavRole.PREVIOUS, "Alte Geschichte", "https://news.example/a/"),
        (NavRole.NEXT, "Neue Geschichte", "https://news.example/b/"),
    ]


def test_breadcrumbs_from_json_ld_and_markup() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": ['
        '{"@type": "ListItem", "position": 1, "name": "Home", "item": "https://news.example/"},'
        '{"@type": "ListItem", "position": 2, "name": "Politics",'
        ' "item": "https://news.example/politics/"},'
        '{"@type": "ListItem", "position": 3, "name": "The story"}]}</script>'
    )
    body = (
        '<nav aria-label="Breadcrumb"><a href="/">Home</a><a href="/politics/">Politics</a>'
        '<a href="/politics/eu/">EU</a></nav>'
        f"<article>{STORY}</article>"
    )
    assert _links(body, head) == [
        (NavRole.BREADCRUMB, "Politics", "https://news.example/politics/"),
        (NavRole.BREADCRUMB, "EU", "https://news.example/politics/eu/"),
    ]


def test_tags_related_and_rejects() -> None:
    body = (
        f"<article>{STORY}"
        '<ul class="post-tags"><li><a href="/tag/nato/">NATO</a></li>'
        '<li><a href="/tag/nato/">NATO</a></li></ul></article>'
        '<div class="related-posts"><a href="/x/">A related story with a long enough title</a>'
        '<a href="/y/">Short</a></div>'
        '<a href="javascript:void(0)" rel="tag">JS</a><a href="#top" rel="next">Top</a>'
        f'<a href="{URL}" rel="tag">Self</a><a href="/menu/">Menu item</a>'
    )
    assert _links(body) == [
        (NavRole.TAG, "NATO", "https://news.example/tag/nato/"),
        (NavRole.RELATED, "A related story with a long enough title", "https://news.example/x/"),
    ]
