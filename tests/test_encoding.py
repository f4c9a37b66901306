"""Encoding detection on bytes: BOM, transport, meta, XML declaration, detector."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.encoding import decode, normalize_label

TEXT = "Überraschung in Zürich: café, naïve, Ångström — «citation»"


def page(body: str, head: str = "") -> str:
    return (
        f"<html><head>{head}<title>T</title></head><body><h1>Titel</h1><p>{body}</p></body></html>"
    )


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8", TEXT),
        ("windows-1252", TEXT),
        ("iso-8859-15", "Prix en € : 12,50 - café"),
        ("koi8-r", "Москва: новости дня, погода и курсы валют"),
        ("windows-1251", "Москва: новости дня, погода и курсы валют"),
        ("shift_jis", "東京で新しい研究が発表された。日本語のニュース記事です。"),
        ("euc-kr", "서울에서 새로운 연구 결과가 발표되었다. 한국어 뉴스 기사입니다."),
        ("gb18030", "北京发布了新的研究报告。这是一篇中文新闻文章。"),
        ("big5", "台北發表了新的研究報告。這是一篇中文新聞文章。"),
    ],
)
def test_meta_charset_is_honoured(encoding: str, text: str) -> None:
    data = page(text, f'<meta charset="{encoding}">').encode(encoding)
    article = newsparse.parse(data)
    assert article.body[0].text == text


@pytest.mark.parametrize("encoding", ["windows-1251", "shift_jis", "gb18030", "euc-kr"])
def test_undeclared_legacy_encodings_are_detected(encoding: str) -> None:
    texts = {
        "windows-1251": "Москва: новости дня, погода и курсы валют. " * 5,
        "shift_jis": "東京で新しい研究が発表された。日本語のニュース記事です。" * 5,
        "gb18030": "北京发布了新的研究报告。这是一篇中文新闻文章。" * 5,
        "euc-kr": "서울에서 새로운 연구 결과가 발표되었다. 한국어 뉴스 기사입니다. " * 5,
    }
    data = page(texts[encoding]).encode(encoding)
    assert decode(data).text == page(texts[encoding])


def test_http_equiv_content_type() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    data = page("Привет, мир", head).encode("windows-1251")
    assert decode(data).evidence == "meta"
    assert newsparse.parse(data).body[0].text == "Привет, мир"


def test_xml_declaration() -> None:
    data = ('<?xml version="1.0" encoding="iso-8859-2"?>' + page("Zażółć gęślą jaźń")).encode(
        "iso-8859-2"
    )
    decoded = decode(data)
    assert decoded.evidence == "xml"
    assert "Zażółć gęślą jaźń" in decoded.text


@pytest.mark.parametrize(
    ("bom_encoding", "codec"), [("utf-8-sig", "utf-8"), ("utf-16", "utf-16-le")]
)
def test_bom_wins_over_a_lying_meta(bom_encoding: str, codec: str) -> None:
    data = page(TEXT, '<meta charset="windows-1251">').encode(bom_encoding)
    decoded = decode(data)
    assert decoded.evidence == "bom"
    assert TEXT in decoded.text


def test_utf16_without_bom() -> None:
    data = page(TEXT).encode("utf-16-le")
    assert TEXT in decode(data).text


def test_transport_charset_beats_meta() -> None:
    data = page("Привет", '<meta charset="iso-8859-1">').encode("koi8-r")
    decoded = decode(data, transport_encoding="koi8-r")
    assert (decoded.evidence, "Привет" in decoded.text) == ("transport", True)


def test_a_meta_that_lies_about_utf8_bytes_is_not_believed() -> None:
    # Declared latin-1, sent UTF-8: the most common lie on the web.
    data = page(TEXT, '<meta charset="iso-8859-1">').encode("utf-8")
    assert newsparse.parse(data).body[0].text == TEXT


def test_invalid_utf8_is_replaced_not_fatal() -> None:
    data = page("ok \xff\xfe bytes").encode("utf-8").replace(b"\xc3\xbf", b"\xff")
    article = newsparse.parse(data + b"\xff")
    assert article.headline == "Titel"


def test_labels_follow_browsers() -> None:
    assert normalize_label("ISO-8859-1") == "cp1252"
    assert normalize_label("utf8") == "utf-8"
    assert normalize_label("no-such-charset") is None
    assert normalize_label(None) is None
