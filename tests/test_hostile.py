"""The hostile-input battery: what a crawler or an attacker can hand to :func:`newsparse.parse`.

Each case asserts the *kind* of outcome (an Article with the right content, or a
specific :class:`NewsparseError`), never just "does not crash".
"""

from __future__ import annotations

import codecs
import gzip
import html
import io
import json
import random
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

import newsparse
from newsparse import (
    Article,
    DocumentTooComplexError,
    DocumentTooLargeError,
    EmptyDocumentError,
    InvalidArgumentError,
    InvalidURLError,
    Limits,
    NewsparseError,
    NoArticleError,
    NotHTMLError,
    Page,
    ParseTimeoutError,
    UnknownAdapterError,
)
from newsparse.toolkit.text import normalize_space, text_of
from newsparse.toolkit.urls import is_http_url

URL = "https://news.example.com/2026/11/27/story.html"
PARA = "The council approved the budget after a long debate on Tuesday evening."
AFTER = "This closing paragraph comes after the hostile part of the page."


def page(body: str = "", head: str = "", headline: str = "Council passes the budget") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{headline}</title>{head}</head><body><article>"
        f"<h1>{headline}</h1><p>{PARA}</p>{body}<p>{AFTER}</p></article></body></html>"
    )


def outcome(data: bytes | str, url: str | None = URL, **kwargs: object) -> Article | NewsparseError:
    """The Article or the NewsparseError; any other exception fails the test."""
    try:
        return newsparse.parse(data, url, **kwargs)  # type: ignore[arg-type]
    except NewsparseError as exc:
        error = exc
    assert str(error), f"{type(error).__name__} has no message"
    return error


def article(data: bytes | str, url: str | None = URL, **kwargs: object) -> Article:
    result = outcome(data, url, **kwargs)
    assert isinstance(result, Article), f"expected an Article, got {result!r}"
    return result


def tree_text(data: bytes | str, limits: Limits | None = None) -> str:
    return text_of(Page.from_html(data, limits=limits).root)


def assert_clean(result: Article) -> None:
    strings = [result.headline, *(b.text for b in result.body), *result.authors]
    strings += [m.caption or "" for m in result.media] + [n.text for n in result.navigation]
    for text in strings:
        assert normalize_space(text) == text
        assert not any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF for c in text), repr(text)
        text.encode("utf-8")
    for url in [m.url for m in result.media] + [n.url for n in result.navigation]:
        assert is_http_url(url), url
    for page_url in (result.url, result.canonical_url):
        assert page_url is None or is_http_url(page_url)


# -- empty, binary, not HTML ----------------------------------------------------------------


@pytest.mark.parametrize(
    "data", [b"", "", b"   \n\t  ", "  \r\n ", b"\xef\xbb\xbf", "\ufeff", b"\xef\xbb\xbf  \n"]
)
def test_empty_and_whitespace(data: bytes | str) -> None:
    assert isinstance(outcome(data), EmptyDocumentError)


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.html", page())
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n<html><h1>x</h1></html>",
        gzip.compress(page().encode()),
        _zip_bytes(),
        b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200),
        b"GIF89a" + bytes(100),
        b"\x7fELF\x02\x01\x01" + bytes(100),
        random.Random(5).randbytes(5000),
    ],
    ids=["png", "pdf", "gzip", "zip", "jpeg", "gif", "elf", "random"],
)
def test_binary_files_are_not_html(data: bytes) -> None:
    assert isinstance(outcome(data), NotHTMLError)


@pytest.mark.parametrize(
    "data",
    [
        b'{"headline": "Council passes the budget", "body": "<p>x</p>"}',
        b'[{"@type": "NewsArticle"}]',
        '  \n{"a": [1, 2, 3]}',
        b"just some plain text, no markup at all",
    ],
)
def test_json_and_plain_text_are_not_html(data: bytes | str) -> None:
    assert isinstance(outcome(data), NotHTMLError)


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>'
        b"<item><title>One</title><description>x</description></item></channel></rss>",
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><text>Hi</text></svg>',
        b'<?xml version="1.0"?><sitemapindex><sitemap><loc>https://x.test/</loc></sitemap></sitemapindex>',
    ],
)
def test_xml_documents_are_not_html(data: bytes) -> None:
    result = outcome(data)
    assert isinstance(result, NotHTMLError), result


def test_str_with_xml_encoding_declaration() -> None:
    data = '<?xml version="1.0" encoding="ISO-8859-1"?>' + page(headline="Café crème")
    result = article(data)
    assert result.headline == "Café crème"
    assert PARA in result.text


# -- entities -------------------------------------------------------------------------------


def test_external_entities_are_not_resolved() -> None:
    data = (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
        '<!ENTITY net SYSTEM "http://127.0.0.1:1/x">]>' + page(body="<p>A &xxe; B &net; C</p>")
    )
    result = article(data)
    assert "root:" not in result.text
    assert PARA in result.text


def test_billion_laughs_is_not_expanded() -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    data = f'<?xml version="1.0"?><!DOCTYPE html [{entities}]>' + page(body="<p>&lol9;</p>")
    result = article(data)
    assert len(result.text) < 10_000
    assert AFTER in result.text


# -- encodings ------------------------------------------------------------------------------

CJK = {
    "shift_jis": "東京で新しい研究が発表された。日本語のニュース記事です。",
    "euc-kr": "서울에서 새로운 연구 결과가 발표되었다. 한국어 뉴스 기사입니다.",
    "gb18030": "北京发布了新的研究报告。这是一篇中文新闻文章。",
    "big5": "台北發表了新的研究報告。這是一篇中文新聞文章。",
}


@pytest.mark.parametrize("encoding", sorted(CJK))
@pytest.mark.parametrize("declared", ["meta", "transport", "none"])
def test_legacy_cjk_encodings(encoding: str, declared: str) -> None:
    text = CJK[encoding]
    head = f'<meta charset="{encoding}">' if declared == "meta" else ""
    data = page(body=f"<p>{text * 3}</p>", head=head).encode(encoding)
    transport = encoding if declared == "transport" else None
    result = article(data, encoding=transport)
    assert text * 3 in [b.text for b in result.body]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_encodings_with_and_without_bom(codec: str) -> None:
    data = page(headline="Überraschung in Zürich").encode(codec)
    assert article(data).headline == "Überraschung in Zürich"


def test_meta_saying_utf16_on_an_ascii_page_means_utf8() -> None:
    data = page(head='<meta charset="utf-16">', headline="Plain headline").encode("utf-8")
    assert article(data).headline == "Plain headline"


@pytest.mark.parametrize(
    "label", ["utf-7", "rot13", "idna", "unicode_escape", "hex", "zlib", "utf-8\x00", "", "x" * 500]
)
def test_non_web_and_malformed_charsets_are_ignored(label: str) -> None:
    body = "<p>+ADw-script+AD4-alert(1)+ADw-/script+AD4- Zürich</p>"
    data = page(body=body, head=f'<meta charset="{label}">').encode("utf-8")
    result = article(data)
    assert "+ADw-script+AD4-alert(1)+ADw-/script+AD4- Zürich" in [b.text for b in result.body]
    assert article(page(body=body).encode("utf-8"), encoding=label).body == result.body


def test_lying_charset_on_utf8_bytes() -> None:
    text = "Überraschung in Zürich: café, naïve, Ångström"
    data = page(body=f"<p>{text}</p>", head='<meta charset="windows-1251">').encode("utf-8")
    assert text in [b.text for b in article(data).body]


def test_lying_utf8_charset_on_cp1252_bytes() -> None:
    text = "Le café est très apprécié à Genève, même en hiver. Les élèves étaient là."
    data = page(body=f"<p>{text}</p>", head='<meta charset="utf-8">').encode("cp1252")
    assert text in [b.text for b in article(data).body]


@pytest.mark.parametrize(
    "junk",
    [b"\xff\xfe\xfd", b"\xc0\xaf", b"\xe2\x82", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x80" * 50],
    ids=["ff", "overlong", "truncated", "surrogate", "above-max", "continuations"],
)
def test_invalid_utf8(junk: bytes) -> None:
    data = page(body="<p>before JUNK after</p>").encode().replace(b"JUNK", junk)
    result = article(data)
    assert_clean(result)
    assert any(b.text.startswith("before") and b.text.endswith("after") for b in result.body)


def test_utf8_truncated_mid_character_at_the_end() -> None:
    data = page(body="<p>日本語</p>").encode() + "日".encode()[:2]
    assert_clean(article(data))


# -- control characters and surrogates ------------------------------------------------------


@pytest.mark.parametrize("as_str", [True, False])
def test_nul_and_control_characters(as_str: bool) -> None:
    controls = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f") + "\x7f"
    doc = page(
        body=f"<p>start{controls}end</p><p a\x00b='c\x01'>x\x00y</p>", headline="Head\x00line"
    )
    result = article(doc if as_str else doc.encode())
    assert_clean(result)
    assert result.headline == "Headline"
    assert "startend" in [b.text for b in result.body]


def test_lone_surrogates_in_str() -> None:
    doc = page(body="<p>high \ud800 low \udfff pair 😀</p>", headline="Sur\udc80rogate")
    result = article(doc)
    assert_clean(result)
    assert "😀" in result.text
    assert result.headline == "Sur\ufffdrogate"


# -- deep nesting: nothing may be lost after the deep part ----------------------------------

DEEP: dict[str, Callable[[int], str]] = {
    "div": lambda n: "<div>" * n + "deep text" + "</div>" * n,
    "unclosed-font": lambda n: "<font>" * n + "deep text",
    "table": lambda n: "<table><tr><td>" * n + "deep text" + "</td></tr></table>" * n,
    "dd": lambda n: "<dl><dd>" * n + "deep text",
    "ul-li": lambda n: "<ul><li>" * n + "deep text" + "</li></ul>" * n,
    "stray-end-tags": lambda n: "<div></b>" * n + "deep text",
    "mixed": lambda n: (
        "".join(("<span>", "<b>", "<section>", "<em>")[i % 4] for i in range(n)) + "deep text"
    ),
}


@pytest.mark.parametrize("levels", [300, 5000, 100_000])
@pytest.mark.parametrize("shape", sorted(DEEP))
def test_deep_nesting_loses_nothing(shape: str, levels: int) -> None:
    data = page(body=DEEP[shape](levels)).encode()
    # What is tested is that nothing is lost, not speed (a slow CI machine must not
    # turn this into a ParseTimeoutError).
    result = outcome(data, limits=Limits(max_seconds=600))
    if isinstance(result, DocumentTooComplexError):
        return  # a clear refusal is allowed; silent loss is not
    assert isinstance(result, Article), result
    text = tree_text(data)
    assert "deep text" in text
    assert AFTER in text, "content after the deep part was lost"
    assert AFTER in result.text


def test_a_repair_does_not_leak_into_the_next_parse() -> None:
    # The lxml parser is reused per thread: its error log must not carry over.
    assert Page.from_html(page(body=DEEP["div"](5000)).encode()).notes
    assert Page.from_html(page().encode()).notes == ()


def test_repaired_depth_is_reported_as_a_problem() -> None:
    result = article(page(body=DEEP["div"](5000)).encode())
    assert any(p.field == "input" and "nested deeper" in p.message for p in result.problems)


# -- many siblings, many attributes, big pages ----------------------------------------------


def test_200k_siblings() -> None:
    body = "<span>word</span>" * 200_000
    result = article(page(body=f"<div>{body}</div>").encode())
    assert AFTER in result.text


@pytest.mark.parametrize(
    "attribute",
    ["a{i}=x", 'a{i}=">"', "a{i}='<p>'", "a=1", 'a{i}="1"', "a<{i}=1", "a{i}"],
    ids=[
        "plain",
        "gt-in-quotes",
        "lt-in-quotes",
        "duplicates",
        "no-spaces",
        "lt-in-names",
        "boolean",
    ],
)
def test_100k_attributes_on_one_element(attribute: str) -> None:
    sep = "" if attribute == 'a{i}="1"' else " "
    attributes = sep.join(attribute.format(i=i) for i in range(100_000))
    result = article(page(body=f"<div {attributes}><p>inside</p></div>").encode())
    assert AFTER in result.text
    assert "inside" in result.text
    assert any("attributes" in p.message for p in result.problems)


def test_too_many_elements_is_refused() -> None:
    data = page(body="<p>x</p>" * 5000).encode()
    result = outcome(data, limits=Limits(max_elements=1000))
    assert isinstance(result, DocumentTooComplexError)
    assert "1,000" in str(result)
    assert isinstance(outcome(data, limits=Limits(max_elements=10_000)), Article)


def test_tiny_elements_up_to_the_default_limit() -> None:
    # 32 MiB of <p>x</p> would be 4 million elements: the element limit bounds the work.
    data = page(body="<p>x</p>" * 600_000).encode()
    assert isinstance(outcome(data), DocumentTooComplexError)


def test_large_page_within_limits() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {i} of a long article about the budget.</p>" for i in range(60_000)
    )
    data = page(body=paragraphs).encode()
    assert len(data) > 3_000_000
    result = article(data)
    assert AFTER in result.text


def test_huge_text_node() -> None:
    result = article(page(body="<p>" + "word " * 1_000_000 + "</p>").encode())
    assert max(len(b.text) for b in result.body) >= 4_999_999


def test_too_large_input_is_refused_with_the_limit_in_the_message() -> None:
    data = page(body="<p>x</p>" * 200_000)
    for value in (data, data.encode()):
        result = outcome(value, limits=Limits(max_bytes=1_000_000))
        assert isinstance(result, DocumentTooLargeError)
        assert "1,000,000" in str(result)
        assert result.code == "too_large"


def test_multibyte_str_is_measured_in_utf8_bytes() -> None:
    data = page(body="<p>" + "日" * 400_000 + "</p>")  # ~400k characters, ~1.2 MB as UTF-8
    assert isinstance(outcome(data, limits=Limits(max_bytes=1_000_000)), DocumentTooLargeError)


def test_time_limit() -> None:
    result = outcome(page().encode(), limits=Limits(max_seconds=1e-9))
    assert isinstance(result, ParseTimeoutError)
    assert result.code == "timeout"


# -- JSON-LD --------------------------------------------------------------------------------


def ld(value: str) -> str:
    return f'<script type="application/ld+json">{value}</script>'


@pytest.mark.parametrize(
    "script",
    [
        '{"@type": "NewsArticle", "headline": 5, "author": {"name": [1, null]},'
        ' "datePublished": []}',
        '{"@type": null, "@graph": "x", "headline": {"@value": ["a"]}}',
        '{"@type": ["NewsArticle", 7], "headline": ["A", "B"], "author": "x" }',
        '{"@type": "NewsArticle", "headline": NaN, "datePublished": Infinity}',
        '{"@type": "NewsArticle", "n": ' + "1" * 6000 + "}",
        '{"@type": "NewsArticle", "headline": "\\ud800 broken \\udfff escape"}',
        '{"@type": "NewsArticle", "headline": "a", "headline": "b",}',
        '{"@type": "NewsArticle"}{"@type": "NewsArticle"} trailing junk',
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 50_000 + "1" + "}" * 50_000,
        '{"@graph": [' + ",".join('{"@type": "Thing"}' for _ in range(50_000)) + "]}",
        '<![CDATA[{"@type": "NewsArticle", "headline": "cdata"}]]>',
        "not json at all {{{",
        "",
    ],
    ids=lambda s: s[:30],
)
def test_malformed_and_wrongly_typed_json_ld(script: str) -> None:
    result = article(page(head=ld(script)).encode())
    assert_clean(result)
    assert isinstance(result.headline, str)
    assert result.published is None or isinstance(result.published, datetime)


def test_huge_json_ld_is_skipped() -> None:
    big = json.dumps({"@type": "NewsArticle", "headline": "from json-ld", "x": "y" * 3_000_000})
    result = article(page(head=ld(big)).encode())
    assert result.headline == "Council passes the budget"
    small = article(page(head=ld(big)).encode(), limits=Limits(max_jsonld_chars=4_000_000))
    assert small.headline == "from json-ld"


# -- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "0000-00-00T00:00:00Z",
        "0001-01-01",
        "99999-01-01",
        "9999-12-31T23:59:59+99:99",
        "2026-13-45",
        "2026-02-30T25:61:61",
        "-1",
        "100000000000000000000",
        "1e20",
        "2026-11-27T10:00:00+23:59",
        "2026-11-27T10:00:00-24:00",
        "3000-01-01",
        "Tue, 31 Feb 2026 10:00:00 +9999",
        "nan",
        "2026-11-27T10:00:00Z" * 50,
    ],
)
def test_absurd_dates(value: str) -> None:
    head = ld(json.dumps({"@type": "NewsArticle", "datePublished": value, "dateModified": value}))
    head += f'<meta property="article:published_time" content="{value}">'
    result = article(page(head=head, body=f'<time datetime="{value}">x</time>').encode())
    for stamp in (result.published, result.modified):
        if stamp is None:
            continue
        assert stamp.year >= 1900
        aware = stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)
        assert aware <= datetime.now(UTC) + timedelta(days=367)
        offset = stamp.utcoffset()
        assert offset is None or abs(offset) < timedelta(hours=24)


# -- conflicting metadata, URLs, base, refresh, frames, SVG ---------------------------------


def test_conflicting_metadata_gives_one_deterministic_answer() -> None:
    head = (
        '<meta property="og:title" content="OG title">'
        + ld('{"@type": "NewsArticle", "headline": "LD title", "datePublished": "2026-01-01"}')
        + ld('{"@type": "NewsArticle", "headline": "Other LD", "datePublished": "2020-01-01"}')
        + '<link rel="canonical" href="https://a.example.com/1"><link rel="canonical" href="https://b.example.com/2">'
        + '<meta property="article:published_time" content="2019-05-05">'
        + '<html lang="fr"><meta http-equiv="content-language" content="de">'
    )
    data = page(head=head, headline="H1 title").encode()
    first, second = article(data), article(data)
    assert first == second
    assert first.headline in {"OG title", "LD title", "Other LD", "H1 title"}


BAD_URLS = [
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\nscript:alert(1)",
    "data:image/png;base64,AAAA",
    "file:///etc/passwd",
    "FILE://host/share",
    "vbscript:x",
    "mailto:a@b.c",
    "about:blank",
    "blob:https://x/1",
    "http://",
    "http://[::1",
    "//",
    "\x00http://x.com/",
    "#top",
]


@pytest.mark.parametrize("bad", BAD_URLS)
@pytest.mark.parametrize("url", [URL, None])
def test_dangerous_urls_never_come_out(bad: str, url: str | None) -> None:
    href = html.escape(bad)
    head = (
        f'<link rel="canonical" href="{href}"><meta property="og:image" content="{href}">'
        f'<meta property="og:url" content="{href}">'
        f'<meta http-equiv="refresh" content="0; url={href}">'
    )
    body = (
        f'<figure><img src="{href}" srcset="{href} 2x">'
        "<figcaption>Caption text</figcaption></figure>"
        f'<video src="{href}" poster="{href}"></video><iframe src="{href}"></iframe>'
        f'<a rel="next" href="{href}">Next story</a><a rel="tag" href="{href}">Tag</a>'
    )
    result = article(page(head=head, body=body).encode(), url)
    assert_clean(result)


@pytest.mark.parametrize(
    ("base", "expected"),
    [
        ("https://cdn.example.org/dir/", "https://cdn.example.org/dir/pics/a.jpg"),
        ("/other/", "https://news.example.com/other/pics/a.jpg"),
        ("javascript:alert(1)//", "https://news.example.com/2026/11/27/pics/a.jpg"),
        ("file:///etc/", "https://news.example.com/2026/11/27/pics/a.jpg"),
        ("data:text/html,x", "https://news.example.com/2026/11/27/pics/a.jpg"),
    ],
)
def test_base_href(base: str, expected: str) -> None:
    body = (
        '<figure><img src="pics/a.jpg" width="800" height="600">'
        "<figcaption>A caption</figcaption></figure>"
    )
    result = article(page(head=f'<base href="{base}">', body=body).encode())
    assert [m.url for m in result.media] == [expected]


def test_frameset_page() -> None:
    data = (
        b"<html><head><title>Frames</title></head><frameset cols='50%,50%'>"
        b"<frame src='file:///etc/passwd'><frame src='https://x.test/a.html'></frameset></html>"
    )
    result = outcome(data)
    assert isinstance(result, NoArticleError | Article)
    if isinstance(result, Article):
        assert_clean(result)


def test_iframe_srcdoc_is_not_article_text() -> None:
    body = '<iframe srcdoc="&lt;p&gt;Injected srcdoc text&lt;/p&gt;"></iframe>'
    result = article(page(body=body).encode())
    assert "Injected srcdoc text" not in result.text


@pytest.mark.parametrize(
    "body",
    [
        '<svg viewBox="0 0 10 10"><text>svg text</text>'
        "<foreignObject><p>foreign p</p></foreignObject></svg>",
        "<math><mi>x</mi><mo>=</mo><mn>1</mn>"
        "<annotation-xml><p>in math</p></annotation-xml></math>",
        "<svg><svg><svg><style>p{}</style><script>alert(1)</script></svg></svg></svg>",
        "<svg>" * 3000 + "x" + "</svg>" * 3000,
    ],
)
def test_svg_and_mathml_bodies(body: str) -> None:
    result = article(page(body=body).encode())
    assert_clean(result)
    assert AFTER in result.text
    assert "alert(1)" not in result.text


def test_only_svg_body() -> None:
    data = b"<html><body><svg><text>Title</text></svg></body></html>"
    result = outcome(data)
    assert isinstance(result, NoArticleError | NotHTMLError | Article)


# -- arguments ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "",
        " ",
        "example.com/a",
        "/relative/path",
        "ftp://example.com/",
        "javascript:alert(1)",
        "http://",
        "https://a.com:99999/",
        "https://a.com:-1/",
        "http://[::1",
        "http://a b.com/",
        "http://example.com/\x00",
        "x" * 100_000,
        "https://exa\ud800mple.com/",
    ],
)
def test_bad_url_arguments_are_invalid_url(url: str) -> None:
    result = outcome(page().encode(), url)
    assert isinstance(result, InvalidURLError)
    assert result.code == "invalid_url"
    assert len(str(result)) < 400


@pytest.mark.parametrize("url", [b"https://example.com/", 5, ["https://example.com/"], object()])
def test_non_str_url_arguments(url: object) -> None:
    assert isinstance(outcome(page().encode(), url), InvalidURLError)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("  https://example.com/a b  ", "https://example.com/a%20b"),
        ("https://example.com/a\n/b", "https://example.com/a/b"),
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
        ("https://bücher.example/ä", "https://bücher.example/ä"),
    ],
)
def test_acceptable_url_arguments(url: str, expected: str) -> None:
    assert article(page().encode(), url).url == expected


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"adapter": 5}, InvalidArgumentError),
        ({"adapter": int}, InvalidArgumentError),
        ({"adapter": "no-such-adapter"}, UnknownAdapterError),
        ({"limits": {"max_bytes": 5}}, InvalidArgumentError),
        ({"encoding": b"utf-8"}, InvalidArgumentError),
        ({"registry": []}, InvalidArgumentError),
    ],
)
def test_bad_arguments(kwargs: dict[str, object], error: type[NewsparseError]) -> None:
    assert isinstance(outcome(page().encode(), URL, **kwargs), error)


@pytest.mark.parametrize(
    "data", [None, 5, ["<p>x</p>"], bytearray(page().encode()), memoryview(page().encode())]
)
def test_input_types(data: object) -> None:
    result = outcome(data)  # type: ignore[arg-type]
    if isinstance(data, bytearray | memoryview):
        assert isinstance(result, Article)
    else:
        assert isinstance(result, NewsparseError)
        assert result.code == "bad_input"


def test_every_error_class_has_a_distinct_code() -> None:
    classes = [
        c for c in vars(newsparse).values() if isinstance(c, type) and issubclass(c, NewsparseError)
    ]
    codes = [c.code for c in classes]
    assert len(codes) == len(set(codes)), codes
    assert all(code and code.replace("_", "").isalpha() for code in codes)


def test_codecs_module_is_untouched_by_lying_labels() -> None:
    # normalize_label must not register or look up anything that changes global state.
    before = codecs.lookup("utf-8")
    article(page(head='<meta charset="utf-7">').encode())
    assert codecs.lookup("utf-8") is before
