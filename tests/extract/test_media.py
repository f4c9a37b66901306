"""Examples of :mod:`newsparse.extract.media` on small synthetic pages."""

from __future__ import annotations

from lxml import html

from newsparse.extract.media import is_media_container, lead_media, media_class_hint, media_from
from newsparse.model import Media, MediaKind
from newsparse.page import Page

URL = "https://news.example/2024/01/story.html"


def _page(body: str, head: str = "") -> Page:
    return Page.from_html(f"<html><head>{head}</head><body>{body}</body></html>", URL)


def _all_media(page: Page) -> list[Media]:
    """A minimal walk like the content walk: containers are handled whole."""
    found: list[Media] = []
    skip: set[html.HtmlElement] = set()
    for element in page.body.iter():
        if element.getparent() in skip:
            skip.add(element)
            continue
        if is_media_container(element):
            skip.add(element)
            media = media_from(element, page, len(found))
            if media is not None:
                found.append(media)
    return found


def test_figure_with_caption_and_paren_credit() -> None:
    page = _page(
        '<figure><img src="/img/a.jpg" width="800" height="600" alt="Blinken">'
        "<figcaption>Blinken boards his aircraft. (Saul Loeb/Pool via AP)</figcaption></figure>"
    )
    (media,) = _all_media(page)
    assert media.url == "https://news.example/img/a.jpg"
    assert media.caption == "Blinken boards his aircraft."
    assert media.credit == "Saul Loeb/Pool via AP"
    assert (media.width, media.height, media.alt) == (800, 600, "Blinken")


def test_credit_element_inside_caption() -> None:
    page = _page(
        '<figure><img src="a.jpg"><figcaption>Die Altstadt im Winter.'
        '<span class="image-credit">Foto: Max Muster</span></figcaption></figure>'
    )
    (media,) = _all_media(page)
    assert media.caption == "Die Altstadt im Winter."
    assert media.credit is not None
    assert "Max Muster" in media.credit


def test_wordpress_caption() -> None:
    page = _page(
        '<div class="wp-caption aligncenter"><img src="https://cdn.example/x.jpg">'
        '<p class="wp-caption-text">A sunset. Photo: Jane Doe</p></div>'
    )
    (media,) = _all_media(page)
    assert (media.caption, media.credit) == ("A sunset.", "Jane Doe")


def test_srcset_picks_largest_and_lazy_attributes() -> None:
    page = _page(
        '<picture><source srcset="/s.jpg 480w, /l.jpg 1600w, /m.jpg 800w">'
        '<img src="data:image/gif;base64,R0lGOD" data-src="/m.jpg"></picture>'
        '<img class="lazy" data-lazy-src="/lazy.jpg">'
    )
    urls = [m.url for m in _all_media(page)]
    assert urls == ["https://news.example/l.jpg", "https://news.example/lazy.jpg"]


def test_noscript_fallback() -> None:
    page = _page(
        '<figure><img src="data:image/gif;base64,AAAA" class="lazyload">'
        '<noscript><img src="/real.jpg" width="900"></noscript>'
        "<figcaption>Caption text</figcaption></figure>"
    )
    (media,) = _all_media(page)
    assert media.url == "https://news.example/real.jpg"
    assert media.caption == "Caption text"


def test_junk_images_are_dropped() -> None:
    page = _page(
        '<img src="/pixel.gif" width="1" height="1">'
        '<img src="/static/logo.png">'
        '<img class="avatar" src="/u/42.jpg">'
        '<img src="/icons/share.svg">'
        '<img src="data:image/png;base64,AAAA">'
        '<img src="/photo.jpg">'
    )
    assert [m.url for m in _all_media(page)] == ["https://news.example/photo.jpg"]


def test_video_audio_and_embeds() -> None:
    page = _page(
        '<video poster="/p.jpg"><source src="/v.mp4" type="video/mp4"></video>'
        '<audio src="/a.mp3"></audio>'
        '<iframe src="https://www.youtube.com/embed/abc" width="560" height="315"></iframe>'
        '<iframe src="https://platform.example/embed/post/1"></iframe>'
        '<iframe src="https://googleads.g.doubleclick.net/x"></iframe>'
    )
    kinds = [(m.kind, m.url) for m in _all_media(page)]
    assert kinds == [
        (MediaKind.VIDEO, "https://news.example/v.mp4"),
        (MediaKind.AUDIO, "https://news.example/a.mp3"),
        (MediaKind.VIDEO, "https://www.youtube.com/embed/abc"),
        (MediaKind.EMBED, "https://platform.example/embed/post/1"),
    ]


def test_positions_are_passed_through() -> None:
    page = _page('<figure><img src="/a.jpg"></figure>')
    figure = page.body.find(".//figure")
    assert figure is not None
    media = media_from(figure, page, 7)
    assert media is not None
    assert media.position == 7


def test_lead_media_from_og_image_and_json_ld() -> None:
    og = _page("<p>x</p>", '<meta property="og:image" content="/lead.jpg">')
    found = lead_media(og)
    assert found is not None
    assert found.url == "https://news.example/lead.jpg"
    ld = _page(
        "<p>x</p>",
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",'
        ' "image": {"@type": "ImageObject", "url": "https://cdn.example/ld.jpg", "width": 1200,'
        ' "caption": "The lead"}}</script>',
    )
    found = lead_media(ld)
    assert found is not None
    assert (found.url, found.width, found.caption) == (
        "https://cdn.example/ld.jpg",
        1200,
        "The lead",
    )
    assert lead_media(_page("<p>x</p>")) is None


def test_wrapper_with_sibling_caption_and_credit_element() -> None:
    page = _page(
        '<div class="article_image-container"><div><img src="/a.jpg" width="800"></div>'
        '<div class="article_image-container-text"><span class="caption">Frozen samples.</span>'
        '<span class="image-source">Friso Gentsch/dpa</span></div></div>'
        "<p>Body text of the story that is not a caption at all.</p>"
    )
    (media,) = _all_media(page)
    assert (media.caption, media.credit) == ("Frozen samples.", "Friso Gentsch/dpa")


def test_orphan_figcaption_after_image() -> None:
    page = _page('<img src="/a.jpg"><figcaption>The caption. Photo: Jane Doe</figcaption>')
    (media,) = _all_media(page)
    assert (media.caption, media.credit) == ("The caption.", "Jane Doe")


def test_caption_after_the_wrapper_of_a_figure() -> None:
    page = _page(
        '<div class="embed"><div class="frame"><figure><img src="/a.jpg" width="800"></figure>'
        "</div><figcaption>The caption. Photo: Jane Doe</figcaption></div>"
    )
    (media,) = _all_media(page)
    assert (media.caption, media.credit) == ("The caption.", "Jane Doe")


def test_caption_after_a_wrapper_that_holds_more_is_not_read() -> None:
    page = _page(
        '<div class="embed"><div class="frame"><figure><img src="/a.jpg" width="800"></figure>'
        "<span>Advertisement</span></div><figcaption>Another caption.</figcaption></div>"
    )
    assert [m.caption for m in _all_media(page)] == [None]


def test_credit_labels_are_removed_and_figure_footer_is_a_credit() -> None:
    page = _page(
        '<figure><img src="/a.jpg"><figcaption>A caption.</figcaption>'
        "<footer>Photo by Jane Doe</footer></figure>"
    )
    (media,) = _all_media(page)
    assert (media.caption, media.credit) == ("A caption.", "Jane Doe")


def test_credit_only_in_the_image_title() -> None:
    page = _page('<figure><img src="/a.jpg" title="Andrew Robertson | AFP/Paul Ellis"></figure>')
    (media,) = _all_media(page)
    assert media.credit == "AFP/Paul Ellis"


def test_amp_image_with_microdata_and_unusual_lazy_attribute() -> None:
    page = _page(
        '<figure itemscope itemtype="http://schema.org/ImageObject">'
        '<meta itemprop="description" content="The Cast Iron plant">'
        '<meta itemprop="author" content="(Image: Getty Images)">'
        '<amp-img src="/amp.jpg" width="615" height="410"></amp-img></figure>'
        '<div class="slide"><img src="data:image/gif;base64,AAAA"'
        ' data-flickity-lazyload="https://cdn.example/slide.jpg"><p>Slide caption.</p></div>'
    )
    first, second = _all_media(page)
    assert (first.url, first.caption, first.credit) == (
        "https://news.example/amp.jpg",
        "The Cast Iron plant",
        "Getty Images",
    )
    assert (second.url, second.caption) == ("https://cdn.example/slide.jpg", "Slide caption.")


def test_media_class_hint_and_large_wrappers() -> None:
    assert media_class_hint("wp-block-image")
    assert media_class_hint("ArticleImage_wrapper")
    assert not media_class_hint("article-body")
    page = _page(
        '<div class="media-body"><img src="/a.jpg">'
        + "<p>A long paragraph of article text that goes on.</p>" * 4
        + "</div>"
    )
    wrapper = page.body.find(".//div")
    assert wrapper is not None
    assert not is_media_container(wrapper)


def test_wrapper_with_a_paragraph_of_its_own_is_text_with_a_picture() -> None:
    prose = (
        "The council voted on Tuesday to expand the night bus network, adding four routes "
        "that will run until three in the morning from next spring, the mayor said."
    )
    page = _page(
        f'<div class="textpic"><div class="body"><p>{prose}</p></div>'
        '<div class="gallery"><img src="/a.jpg"></div></div>'
        f'<div class="photo"><img src="/b.jpg"><p class="photo-caption">{prose}</p></div>'
    )
    text_block, picture = page.body.iterfind("div")
    assert not is_media_container(text_block)
    assert is_media_container(picture)


def test_pixels_templates_ad_sizes_and_furniture_frames_are_dropped() -> None:
    page = _page(
        '<img src="/l.gif?a=1&d=2"><img src="/img/photo_${formatId}.jpg">'
        '<img src="/ads/Banners-home-300-x-250.jpg"><img src="/u/Headshot_Jane.jpg">'
        '<img src="/thumb.jpg" width="72" height="72">'
        '<iframe src="https://apps.example/newsletters/subscribe/politics"></iframe>'
        '<img src="/story.jpg" width="1200">'
    )
    assert [m.url for m in _all_media(page)] == ["https://news.example/story.jpg"]


def test_microdata_credit_element() -> None:
    page = _page(
        '<figure><img src="/a.jpg"><div class="caption"><figcaption itemprop="caption">'
        'The prime minister.</figcaption><figcaption itemprop="author">Mads Claus Rasmussen/'
        "Ritzau Scanpix</figcaption></div></figure>"
    )
    (media,) = _all_media(page)
    assert (media.caption, media.credit) == (
        "The prime minister.",
        "Mads Claus Rasmussen/Ritzau Scanpix",
    )


def test_caption_span_with_credit_and_distributor() -> None:
    page = _page(
        '<figure><img src="/a.jpg"><figcaption class="image-caption"><span class="caption">'
        'Missiles were launched on Wednesday.</span> <span class="credit">Photo by Kevin '
        'Vineys</span> /<span class="distributor">AP</span></figcaption></figure>'
    )
    (media,) = _all_media(page)
    assert (media.caption, media.credit) == (
        "Missiles were launched on Wednesday.",
        "Kevin Vineys/AP",
    )


def test_figures_holding_text_are_not_media() -> None:
    page = _page(
        '<figure class="wp-block-table"><table><tr><td>Rank</td></tr></table></figure>'
        "<figure><blockquote><p>A quote.</p></blockquote></figure>"
        "<figure><pre>print(1)</pre><figcaption>Code</figcaption></figure>"
        '<figure><div class="scroll"><table><tr><td><img src="/p.jpg"></td></tr></table></div>'
        "</figure>"
        '<figure><img src="/a.jpg"><figcaption>A photo</figcaption></figure>'
        '<figure><div><img src="/b.jpg"></div><blockquote>Its caption</blockquote></figure>'
    )
    found = [is_media_container(f) for f in page.body.iter("figure")]
    assert found == [False, False, False, False, True, True]


def test_picture_cards_with_a_title_are_not_media() -> None:
    page = _page(
        '<div class="roundup-item has-image"><img src="/a.jpg"><h2>Model A</h2>'
        "<p>Sturdy and quiet.</p></div>"
        '<div class="photo-wrap"><img src="/b.jpg"><p>The harbour at dawn.</p></div>'
    )
    assert [is_media_container(d) for d in page.body.iter("div")] == [False, True]
