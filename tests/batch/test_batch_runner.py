"""Parsing a batch: every document exactly once, in order, same results in and out of process."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from newsparse import Article, NewsparseError, Registry
from newsparse.adapter import Adapter
from newsparse.adapters.generic import GenericAdapter
from newsparse.batch import (
    RECORD_KEYS,
    Document,
    ParseOptions,
    RecordError,
    Source,
    WorkerCrashError,
    iter_documents,
    parse_batch,
    parse_documents,
    to_record,
)
from newsparse.batch.runner import WINDOW_PER_JOB
from newsparse.errors import EmptyDocumentError
from newsparse.page import Page
from newsparse.serialize import from_dict
from tests.batch.batch_inputs import (
    CYRILLIC_HEADLINE,
    WARC_DOCUMENTS,
    article,
    write_jsonl,
    write_tree,
    write_warc,
)

pytest.importorskip("warcio", reason="the batch extra (warcio) is not installed")

# Only the generic fallback: these tests are about batching, not about site adapters.
GENERIC_ONLY = ParseOptions(registry=Registry(adapters=(), fallback=GenericAdapter))


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    """A directory, a WARC.gz and a JSONL file, written once per test."""
    write_tree(tmp_path / "site")
    write_jsonl(tmp_path / "pages.jsonl")
    return [tmp_path / "site", write_warc(tmp_path / "crawl.warc.gz"), tmp_path / "pages.jsonl"]


def _expected_keys(inputs: list[Path]) -> list[tuple[str, str, int | None, int | None]]:
    return [d.source.key() for d in iter_documents(inputs)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_every_document_comes_out_once_in_input_order(inputs: list[Path], jobs: int) -> None:
    expected = _expected_keys(inputs)
    skipped: Counter[str] = Counter()
    results = list(parse_batch(inputs, jobs=jobs, options=GENERIC_ONLY, skipped=skipped))
    assert [r.source.key() for r in results] == expected
    assert len(set(expected)) == len(expected) == 3 + len(WARC_DOCUMENTS) + 6
    assert skipped["non-HTML response"] == 1
    by_url = {r.url: r for r in results if r.url}
    cyrillic = by_url["https://news.example/ru/budget"].article
    assert cyrillic is not None
    assert cyrillic.headline == CYRILLIC_HEADLINE  # windows-1251 from the HTTP header only
    assert isinstance(by_url["https://news.example/empty"].error, EmptyDocumentError)
    assert by_url["https://news.example/2026/01/budget"].ok


def test_parallel_and_in_process_results_are_equal(inputs: list[Path]) -> None:
    one = [to_record(r) for r in parse_batch(inputs, jobs=1, options=GENERIC_ONLY)]
    two = [to_record(r) for r in parse_batch(inputs, jobs=2, options=GENERIC_ONLY)]
    assert one == two
    errors = Counter(r["error"]["class"] for r in one if r["error"])
    assert errors == {"EmptyDocumentError": 1, "RecordError": 3}


def test_records_have_the_documented_shape(inputs: list[Path]) -> None:
    for result in parse_batch(inputs, jobs=1, options=GENERIC_ONLY):
        record = json.loads(json.dumps(to_record(result)))
        assert tuple(record) == RECORD_KEYS
        assert tuple(record["source"]) == ("kind", "path", "offset", "line")
        if record["ok"]:
            assert record["error"] is None
            assert from_dict(record["article"]) == result.article
        else:
            assert record["article"] is None
            assert set(record["error"]) == {"class", "code", "message"}
            assert result.error is not None
            assert record["error"]["code"] == result.error.code


def test_skip_leaves_out_known_sources_and_counts_them(inputs: list[Path]) -> None:
    keys = _expected_keys(inputs)
    skipped: Counter[str] = Counter()
    results = parse_batch(
        inputs, jobs=1, options=GENERIC_ONLY, skip=set(keys[::2]), skipped=skipped
    )
    assert [r.source.key() for r in results] == keys[1::2]
    assert skipped["already in the output"] == len(keys[::2])


def test_stop_ends_the_iteration_early() -> None:
    documents = (
        Document(source=Source(kind="file", path=f"p{i}.html"), html=article(f"Page {i}"))
        for i in range(200)
    )
    seen = 0

    def stop() -> bool:
        return seen >= 3

    for _ in parse_documents(documents, jobs=2, options=GENERIC_ONLY, stop=stop):
        seen += 1
    assert 3 <= seen < 200


def test_input_is_read_only_a_bounded_window_ahead() -> None:
    pulled = 0

    def documents() -> Iterator[Document]:
        nonlocal pulled
        for i in range(500):
            pulled += 1
            yield Document(source=Source(kind="file", path=f"p{i}.html"), html=article(f"P{i}"))

    results = parse_documents(documents(), jobs=2, options=GENERIC_ONLY, chunk_size=4)
    window = 2 * WINDOW_PER_JOB * 4
    for count, _ in enumerate(results, start=1):
        # Never more than the window in flight beyond what was consumed: bounded memory.
        assert pulled <= count + window
    assert pulled == 500


class CrashingAdapter(Adapter):
    """Kills its worker process on one URL, like a segfault in a C extension would."""

    name: ClassVar[str] = "crashing"
    hosts: ClassVar[frozenset[str]] = frozenset({"crash.example"})

    def headline(self, page: Page) -> str | None:
        if page.url and page.url.endswith("/boom"):
            os._exit(3)
        return super().headline(page)


def test_a_dying_worker_is_blamed_on_its_document_only() -> None:
    registry = Registry(adapters=(CrashingAdapter,), fallback=GenericAdapter)
    urls = [f"https://crash.example/{i}" for i in range(10)]
    urls[6] = "https://crash.example/boom"
    documents = [
        Document(source=Source(kind="jsonl", path="x.jsonl", line=i), url=url, html=article(url))
        for i, url in enumerate(urls, start=1)
    ]
    results = list(
        parse_documents(documents, jobs=2, options=ParseOptions(registry=registry), chunk_size=2)
    )
    assert [r.url for r in results] == urls
    crashed = [r.url for r in results if isinstance(r.error, WorkerCrashError)]
    assert crashed == ["https://crash.example/boom"]
    assert all(isinstance(r.outcome, Article) for r in results if r.url != crashed[0])


def test_read_errors_pass_through_without_parsing() -> None:
    error = RecordError("line 1 is not JSON")
    document = Document(source=Source(kind="jsonl", path="x.jsonl", line=1), error=error)
    (result,) = parse_documents([document], jobs=1)
    assert result.error is error
    assert not result.ok
    assert result.article is None


def test_an_unexpected_exception_becomes_an_error_result(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> Article:
        raise KeyError("bug")

    monkeypatch.setattr("newsparse.batch.runner.parse", broken)
    document = Document(source=Source(kind="file", path="a.html"), html=article("A"))
    (result,) = parse_documents([document], jobs=1)
    assert isinstance(result.error, NewsparseError)
    assert "KeyError" in str(result.error)


def test_jobs_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        list(parse_documents([], jobs=0))


def test_errors_are_newsparse_errors(inputs: list[Path]) -> None:
    results = parse_batch(inputs, jobs=2, options=GENERIC_ONLY)
    assert all(isinstance(r.error, NewsparseError) for r in results if not r.ok)
