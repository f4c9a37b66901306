"""docs/article.schema.json describes exactly what to_dict() produces."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given

import newsparse
from newsparse import Article
from newsparse.serialize import to_dict
from tests.strategies import articles

SCHEMA_PATH = Path(__file__).parent.parent / "docs" / "article.schema.json"


@pytest.fixture(scope="module")
def validator() -> Any:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_lists_exactly_the_serialized_keys(validator: Any) -> None:
    keys = list(to_dict(Article(headline="H")))
    assert list(validator.schema["properties"]) == keys
    assert validator.schema["required"] == keys


@given(articles())
def test_every_article_validates(article: Article) -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.validate(to_dict(article), schema, cls=jsonschema.Draft202012Validator)


def test_parsed_output_validates(validator: Any) -> None:
    page = (
        b"<html lang='en'><head>"
        b"<meta property='article:published_time' content='2026-11-27T09:00:00+01:00'>"
        b"</head><body><h1>H</h1><p>Body.</p><figure><img src='https://x.test/a.jpg'>"
        b"<figcaption>Cap</figcaption></figure></body></html>"
    )
    validator.validate(to_dict(newsparse.parse(page, "https://x.test/story")))


def test_schema_rejects_what_the_model_rejects(validator: Any) -> None:
    data = to_dict(Article(headline="H"))
    for bad in ({"headline": " "}, {"body": [{"kind": "aside", "text": "x"}]}, {"extra": 1}):
        assert not validator.is_valid({**data, **bad})
