"""The golden kit: failures name the first difference; updates touch only "article"."""

from __future__ import annotations

import json
from pathlib import Path

from tests.adapters.goldens import GoldenCase, first_difference, iter_cases


def test_first_difference_names_field_and_index() -> None:
    want = {
        "headline": "H",
        "body": [{"kind": "paragraph", "text": "a"}, {"kind": "paragraph", "text": "b"}],
    }
    got = {
        "headline": "H",
        "body": [{"kind": "paragraph", "text": "a"}, {"kind": "paragraph", "text": "c"}],
    }
    assert first_difference(want, got) == 'article.body[1].text: expected "b", got "c"'
    assert first_difference(want, want) is None


def test_first_difference_lengths_types_and_order() -> None:
    assert first_difference({"m": [1]}, {"m": [1, 2]}) == "article.m[1]: expected <missing>, got 2"
    assert first_difference({"x": 1}, {"x": 1.0}) == "article.x: expected 1, got 1.0"
    assert first_difference({"x": True}, {"x": 1}) == "article.x: expected true, got 1"
    # The first field in the golden file's order is reported, not the alphabetical first.
    assert first_difference({"z": 1, "a": 1}, {"z": 2, "a": 2}) == "article.z: expected 1, got 2"
    assert (
        first_difference({"a": 1}, {"a": 1, "b": None}) == "article.b: expected <missing>, got null"
    )


def test_write_article_keeps_other_keys(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    folder.mkdir()
    (folder / "x.html").write_text("<p>x</p>")
    (folder / "x.json").write_text(
        json.dumps({"url": "https://demo.example/x", "page": "x.html", "note": "n"})
    )
    (folder / "other.json").write_text(json.dumps({"not": "a golden case"}))
    [case] = list(iter_cases(tmp_path))
    assert isinstance(case, GoldenCase)
    assert (case.id, case.folder, case.read_html()) == ("demo/x", "demo", b"<p>x</p>")
    case.write_article({"headline": "Ünïcode"})
    text = (folder / "x.json").read_text(encoding="utf-8")
    assert "Ünïcode" in text
    assert text.endswith("}\n")
    assert list(json.loads(text)) == ["url", "page", "note", "article"]
