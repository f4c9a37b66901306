"""Reading batch inputs: WARC, JSONL, directories and files, as a stream of Documents."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from newsparse.batch import MissingDependencyError, RecordError, iter_documents, parse_batch
from newsparse.batch.sources import kind_of
from newsparse.errors import DocumentTooLargeError, InputError, NotHTMLError
from tests.batch.batch_inputs import (
    CYRILLIC_HEADLINE,
    WARC_DOCUMENTS,
    article,
    damage_warc,
    record_spans,
    write_encoded_warc,
    write_jsonl,
    write_tree,
    write_warc,
)

pytest.importorskip("warcio", reason="the batch extra (warcio) is not installed")


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_yields_each_html_response_once_with_offset_url_and_charset(
    tmp_path: Path, name: str
) -> None:
    path = write_warc(tmp_path / name)
    skipped: Counter[str] = Counter()
    documents = list(iter_documents([path], skipped=skipped))

    assert [d.url for d in documents] == [p.url for p in WARC_DOCUMENTS]
    assert [d.html for d in documents] == [p.body for p in WARC_DOCUMENTS]
    assert all(d.error is None and d.source.kind == "warc" for d in documents)
    assert documents[1].encoding == "windows-1251"
    assert documents[0].encoding == "utf-8"
    assert skipped == {
        "WARC warcinfo record": 1,
        "WARC request record": 1,
        "non-HTML response": 1,
        "non-2xx response": 1,
    }


def test_warc_offsets_point_at_their_records(tmp_path: Path) -> None:
    from warcio.archiveiterator import ArchiveIterator

    path = write_warc(tmp_path / "crawl.warc.gz")
    documents = list(iter_documents([path]))
    offsets = [d.source.offset for d in documents]
    assert len(set(offsets)) == len(offsets)
    for document in documents:
        assert document.source.offset is not None
        with path.open("rb") as stream:
            stream.seek(document.source.offset)
            record = next(iter(ArchiveIterator(stream)))
            assert record.rec_headers.get_header("WARC-Target-URI") == document.url


@pytest.mark.parametrize("name", ["damaged.warc", "damaged.warc.gz"])
def test_damaged_warc_record_is_reported_once_and_reading_resumes(
    tmp_path: Path, name: str
) -> None:
    from warcio.archiveiterator import ArchiveIterator

    path = write_warc(tmp_path / name)
    spans = record_spans(path)
    damage_warc(path)
    documents = list(iter_documents([path]))
    # The damaged record (the PNG response) held no document: every document survives.
    urls = [d.url for d in documents]
    assert urls == [WARC_DOCUMENTS[0].url, None, *(p.url for p in WARC_DOCUMENTS[1:])]
    bad = documents[1]
    assert isinstance(bad.error, RecordError)
    assert "broken WARC record" in str(bad.error)
    # Where the damage starts: the end of the last good record (plain WARC records are
    # followed by a blank line that warcio does not count in the record length).
    offset, length = spans[2]
    assert bad.source.offset == offset + length
    assert spans[3][0] - (offset + length) in (0, 4)
    assert f"reading resumed at byte {spans[4][0]}" in str(bad.error)
    # Offsets after the damage still point at their records.
    for document in documents[2:]:
        assert document.source.offset is not None
        with path.open("rb") as stream:
            stream.seek(document.source.offset)
            record = next(iter(ArchiveIterator(stream)))
            assert record.rec_headers.get_header("WARC-Target-URI") == document.url


def test_cut_off_warc_reports_the_lost_tail(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "cut.warc.gz")
    last_start = record_spans(path)[-1][0]
    path.write_bytes(path.read_bytes()[: last_start + 40])  # an interrupted download
    documents = list(iter_documents([path]))
    assert [d.url for d in documents[:-1]] == [p.url for p in WARC_DOCUMENTS[:-1]]
    assert documents[-1].source.offset == last_start
    assert isinstance(documents[-1].error, RecordError)
    assert "incomplete record" in str(documents[-1].error)


def test_http_content_encoding_is_decoded_and_damage_reported(tmp_path: Path) -> None:
    good, bad = write_encoded_warc(tmp_path / "encoded.warc.gz")
    results = list(parse_batch([tmp_path / "encoded.warc.gz"], jobs=1))
    assert [r.url for r in results] == [good, bad]
    assert results[0].article is not None
    assert results[0].article.headline == "Compressed"
    # warcio hands over a body it cannot decompress as it is: still an error line.
    assert isinstance(results[1].error, NotHTMLError)


def test_jsonl_records_by_line_with_errors_for_broken_lines(tmp_path: Path) -> None:
    for name in ("pages.jsonl", "pages.jsonl.gz"):
        path = tmp_path / name
        expected_lines = write_jsonl(path)
        skipped: Counter[str] = Counter()
        documents = list(iter_documents([path], skipped=skipped))
        assert [d.source.line for d in documents] == expected_lines
        assert skipped == {"blank JSONL line": 1}
        by_line = {d.source.line: d for d in documents}
        assert by_line[1].url == "https://news.example/j/1"
        assert isinstance(by_line[1].html, str)
        assert isinstance(by_line[3].error, RecordError)
        assert "not JSON" in str(by_line[3].error)
        assert isinstance(by_line[4].html, str)
        assert CYRILLIC_HEADLINE in by_line[4].html
        assert isinstance(by_line[5].error, RecordError)
        assert isinstance(by_line[6].error, RecordError)
        assert by_line[6].url == "https://news.example/j/3"
        assert by_line[7].url is None
        assert by_line[7].error is None


def test_jsonl_overlong_line_is_an_error_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    big = '{"url": null, "html": "' + "x" * 5000 + '"}'
    path.write_text(big + "\n" + '{"url": null, "html": "<h1>ok</h1>"}\n', encoding="utf-8")
    documents = list(iter_documents([path], max_bytes=100))
    assert [d.source.line for d in documents] == [1, 2]
    assert isinstance(documents[0].error, DocumentTooLargeError)
    assert documents[1].html == "<h1>ok</h1>"


def test_directory_walk_is_recursive_sorted_and_html_only(tmp_path: Path) -> None:
    expected = write_tree(tmp_path / "site")
    documents = list(iter_documents([tmp_path / "site"]))
    assert [d.source.path for d in documents] == expected
    assert all(d.source.kind == "file" and d.url is None for d in documents)
    assert documents[2].html == article("Delta")  # .html.gz is decompressed


def test_a_directory_that_cannot_be_listed_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = write_tree(tmp_path / "site")
    real_walk = os.walk
    locked = str(tmp_path / "site" / "b" / "c")

    def walk(top: str, onerror: Callable[[OSError], None] | None = None) -> Iterator[Any]:
        # As os.walk does for a directory it may not read (tests run as root, so chmod
        # cannot make one): report it to onerror and leave it out.
        for directory, subdirs, files in real_walk(top):
            if directory == locked:
                if onerror is not None:
                    onerror(PermissionError(13, "Permission denied", directory))
                subdirs.clear()
                continue
            yield directory, subdirs, files

    monkeypatch.setattr("newsparse.batch.sources.os.walk", walk)
    documents = list(iter_documents([tmp_path / "site"]))
    assert [d.source.path for d in documents] == [*expected[:2], locked]
    assert isinstance(documents[-1].error, RecordError)
    assert "cannot list directory" in str(documents[-1].error)


def test_plain_file_and_unreadable_file(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(article("Solo"))
    broken = tmp_path / "broken.html.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00 not really gzip")
    documents = list(iter_documents([page, broken]))
    assert documents[0].html == article("Solo")
    assert isinstance(documents[1].error, RecordError)


def test_input_kinds_by_name(tmp_path: Path) -> None:
    assert kind_of(tmp_path) == "directory"
    assert kind_of("a.WARC.GZ") == "warc"
    assert kind_of("a.arc") == "warc"
    assert kind_of("a.ndjson.gz") == "jsonl"
    assert kind_of("a.html.gz") == "file"


def test_missing_warcio_gives_a_clear_newsparse_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz")
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    with pytest.raises(MissingDependencyError, match=r"newsparse\[batch\]"):
        list(iter_documents([path]))


def test_missing_input_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        parse_batch([tmp_path / "nope.warc.gz"])


def test_importing_newsparse_and_batch_does_not_import_warcio() -> None:
    code = "import sys, newsparse, newsparse.batch; assert 'warcio' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_scrambled_gzip_member_never_costs_the_next_record(tmp_path: Path) -> None:
    # Record IDs and dates differ on every write, so the scrambled bytes do too: some
    # decode into garbage records that run on into the next good record. Many tries make
    # the case certain to come up (it did about once in fifteen).
    expected = [WARC_DOCUMENTS[0].url, None, *(p.url for p in WARC_DOCUMENTS[1:])]
    for attempt in range(60):
        path = damage_warc(write_warc(tmp_path / f"damaged-{attempt}.warc.gz"))
        assert [d.url for d in iter_documents([path])] == expected, attempt
