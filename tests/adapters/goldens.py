"""The golden-fixture kit shared by the adapter tests.

A golden case is ``tests/fixtures/<adapter name>/<slug>.json``::

    {"url": "https://...", "page": "<slug>.html", "article": {...}}        # a page we wrote
    {"url": "https://...", "corpus": "fundus/us/X_2024_01_01.html.gz", "article": {...}}

``page`` names an HTML file beside the JSON; ``corpus`` names a (gzipped) page under
``$NEWSPARSE_CORPUS`` (default ``../shared/corpus`` from the repository root), which is
never copied into the repository. ``article`` is :func:`newsparse.serialize.to_dict` of
``parse(html, url, strict=True)`` and is written by ``pytest tests/adapters --update-goldens``.
Optional keys: ``fetched`` (YYYY-MM-DD) and ``note`` (free text for reviewers).
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from attrs import frozen

from newsparse.registry import Registry, build_registry

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = REPO_ROOT / "tests" / "fixtures"
ALLOWED_KEYS = frozenset({"url", "page", "corpus", "fetched", "note", "article"})
UPDATE_HINT = (
    "if the change is intended, run `pytest tests/adapters --update-goldens` and review the diff"
)

#: Built-ins and the generic fallback, without installed plugins: what the goldens test.
REGISTRY: Registry = build_registry()


def corpus_root() -> Path:
    """``$NEWSPARSE_CORPUS`` (relative values are taken from the repository root)."""
    configured = os.environ.get("NEWSPARSE_CORPUS") or "../shared/corpus"
    path = Path(configured)
    return path if path.is_absolute() else (REPO_ROOT / path).resolve()


@frozen(kw_only=True)
class GoldenCase:
    """One ``<slug>.json`` under ``tests/fixtures/<folder>/``."""

    path: Path
    data: dict[str, Any]

    @property
    def folder(self) -> str:
        """The fixture folder: the name of the adapter that must handle the page."""
        return self.path.parent.name

    @property
    def id(self) -> str:
        return f"{self.folder}/{self.path.stem}"

    @property
    def url(self) -> str:
        return str(self.data["url"])

    @property
    def corpus(self) -> str | None:
        value = self.data.get("corpus")
        return value if isinstance(value, str) else None

    @property
    def page_path(self) -> Path | None:
        """The HTML file beside the JSON (``"page"``), if this case has one."""
        value = self.data.get("page")
        return self.path.parent / value if isinstance(value, str) else None

    def read_html(self) -> bytes:
        """The page's bytes; skips the test when its corpus page is not available."""
        if self.page_path is not None:
            return self.page_path.read_bytes()
        if self.corpus is None:
            raise ValueError(f"{self.path.name}: needs a 'page' or a 'corpus' key")
        file = corpus_root() / self.corpus
        if not file.is_file():
            pytest.skip(
                f"corpus page {self.corpus} not found under {corpus_root()}: "
                "set NEWSPARSE_CORPUS to the corpus directory to run this case"
            )
        if file.suffix == ".gz":
            with gzip.open(file, "rb") as stream:
                return stream.read()
        return file.read_bytes()

    def write_article(self, article: dict[str, Any]) -> None:
        """Rewrite only the ``"article"`` key, keeping the other keys and their order."""
        data = dict(self.data)
        data["article"] = article
        self.path.write_text(dump(data), encoding="utf-8")


def dump(data: Any) -> str:
    """How golden JSON is written: key order kept, UTF-8, two-space indent, final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def canonical(data: Any) -> str:
    """The text two JSON values are compared by (key order does not matter)."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)


def iter_cases(root: Path = FIXTURES) -> Iterator[GoldenCase]:
    """Every golden case under ``root``, sorted by folder and slug.

    A JSON file is a golden case when it has a ``url`` and a ``page`` or ``corpus``;
    other JSON in ``tests/fixtures`` (fixtures of other tests) is left alone.
    """
    for path in sorted(root.glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "url" in data and ("page" in data or "corpus" in data):
            yield GoldenCase(path=path, data=data)


def case_params() -> list[Any]:
    """The cases as pytest params: ids ``folder/slug``, corpus cases marked ``corpus``."""
    return [
        pytest.param(case, id=case.id, marks=[pytest.mark.corpus] if case.corpus else [])
        for case in iter_cases()
    ]


def first_difference(expected: Any, actual: Any, path: str = "article") -> str | None:
    """Where two JSON values first differ, as ``article.body[3].text: expected ... got ...``.

    Keys are visited in the expected value's order (the Article's field order), so the
    first difference named is the first one a reader of the golden file meets.
    """
    stack: list[tuple[str, Any, Any]] = [(path, expected, actual)]
    while stack:
        where, want, got = stack.pop()
        if isinstance(want, dict) and isinstance(got, dict):
            keys = [*want, *(k for k in got if k not in want)]
            stack.extend(
                (f"{where}.{k}", want.get(k, _MISSING), got.get(k, _MISSING))
                for k in reversed(keys)
            )
        elif isinstance(want, list) and isinstance(got, list):
            stack.extend(
                (
                    f"{where}[{i}]",
                    want[i] if i < len(want) else _MISSING,
                    got[i] if i < len(got) else _MISSING,
                )
                for i in reversed(range(max(len(want), len(got))))
            )
        elif want != got or type(want) is not type(got):
            return f"{where}: expected {_show(want)}, got {_show(got)}"
    return None


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


_MISSING: Any = _Missing()


def _show(value: Any) -> str:
    text = value if isinstance(value, _Missing) else json.dumps(value, ensure_ascii=False)
    text = str(text)
    return text if len(text) <= 300 else text[:300] + "..."
