"""Properties of ``newsparse.toolkit.urls``: only absolute http(s) URLs ever come out."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.toolkit.urls import absolute, host_of, is_http_url

BASES = st.none() | st.sampled_from(
    [
        "https://news.example.com/a/b/c.html?q=1#f",
        "http://example.org",
        "https://[::1]:8080/x/",
        "https://xn--bcher-kva.example/ä/",
        "javascript:alert(1)",
        "file:///etc/",
        "data:text/html,x",
        "not a url",
        "http://[bad",
    ]
)
HREFS = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "javascript:alert(1)",
            " JAVASCRIPT:x",
            "java\nscript:x",
            "jav&#x09;ascript:x",
            "data:image/png;base64,AA",
            "file:///etc/passwd",
            "vbscript:x",
            "mailto:a@b",
            "//cdn.example.com/x.jpg",
            "/rooted",
            "relative/x",
            "../up",
            "#frag",
            "?q=1",
            "http://",
            "https://a.com:99999/",
            "http://[::1",
            "  https://ok.example/x  ",
        ]
    ),
)


@given(HREFS, BASES)
def test_absolute_only_gives_http_urls(href: str, base: str | None) -> None:
    url = absolute(href, base)
    if url is not None:
        assert is_http_url(url)
        assert url.split(":", 1)[0].lower() in ("http", "https")
        assert not any(c in url for c in "\n\r\t")


@given(HREFS, BASES)
def test_absolute_is_idempotent(href: str, base: str | None) -> None:
    url = absolute(href, base)
    if url is not None:
        assert absolute(url, None) == url
        assert absolute(url, base) == url


@given(st.text(max_size=60))
def test_is_http_url_and_host_of_never_raise(text: str) -> None:
    if is_http_url(text):
        host = host_of(text)
        assert host is None or host == host.lower()
    found = absolute(text, None)
    assert found is None or is_http_url(found)
    if "//" not in text:  # without a base, only absolute (or protocol-relative) URLs
        assert found is None


def test_dangerous_schemes_are_dropped_even_with_a_base() -> None:
    for href in ("javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "mailto:a@b.c"):
        assert absolute(href, "https://news.example.com/") is None
    assert absolute("x.jpg", "https://news.example.com/a/") == "https://news.example.com/a/x.jpg"


def test_protocol_relative_href_with_an_invalid_base() -> None:
    # thorough profile finding: urlsplit("http://[bad") raised ValueError
    assert absolute("//", "http://[bad") is None
    assert absolute("//cdn.example.com/a.jpg", "http://[bad") is None
    assert absolute("//cdn.example.com/a.jpg", "http://news.example.com/") == (
        "http://cdn.example.com/a.jpg"
    )
