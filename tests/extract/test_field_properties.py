"""Properties of the generic field extractors on generated and mutated pages: they never
raise, and what they return keeps its invariants (absolute URLs, non-blank text)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.adapter import Adapter
from newsparse.errors import NewsparseError
from newsparse.extract import metadata, navigation
from newsparse.extract.media import is_media_container, lead_media, media_from
from newsparse.extract.quick_read import find_quick_read
from newsparse.page import Page
from newsparse.toolkit.urls import is_http_url
from tests.strategies import mutated, news_pages

URL = "https://news.example/2024/01/story/"


class _Generic(Adapter):
    name = "generic"


def _page(data: bytes | str) -> Page | None:
    try:
        return Page.from_html(data, URL)
    except NewsparseError:
        return None


_PAGES = st.one_of(
    news_pages().map(lambda generated: generated.html),
    mutated(news_pages().map(lambda generated: generated.html.encode())),
)


@settings(max_examples=40)
@given(_PAGES)
def test_field_extractors_never_raise(data: bytes | str) -> None:
    page = _page(data)
    if page is None:
        return
    metadata.headline(page)
    metadata.standfirst(page)
    metadata.authors(page)
    metadata.published(page)
    metadata.modified(page)
    metadata.site_name(page)
    metadata.source(page)
    metadata.free_access(page)
    items, skip = find_quick_read(page, None)
    assert all(item.strip() for item in items)
    assert len(skip) in (0, 2)
    for link in navigation.links(page, _Generic().content(page)):
        assert is_http_url(link.url)
        assert link.text.strip()
    lead = lead_media(page)
    assert lead is None or is_http_url(lead.url)


@settings(max_examples=40)
@given(_PAGES)
def test_media_from_every_container(data: bytes | str) -> None:
    page = _page(data)
    if page is None:
        return
    for position, element in enumerate(page.body.iter()):
        if isinstance(element.tag, str) and is_media_container(element):
            media = media_from(element, page, position)
            if media is not None:
                assert is_http_url(media.url)
                assert media.position == position
