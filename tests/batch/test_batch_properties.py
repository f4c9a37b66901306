"""Properties: whatever the records, each comes back exactly once, where it was written."""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.batch import Result, Source, iter_documents, to_record
from newsparse.batch.output import source_key
from newsparse.batch.progress import ProgressBar
from newsparse.errors import NoArticleError

records = st.lists(
    st.fixed_dictionaries(
        {
            "url": st.none() | st.text(max_size=30),
            "html": st.text(max_size=200),
        }
    ),
    max_size=20,
)


@settings(max_examples=50, deadline=None)
@given(records=records, blank_every=st.integers(min_value=0, max_value=4), gz=st.booleans())
def test_jsonl_records_come_back_once_in_order(
    records: list[dict[str, str | None]], blank_every: int, gz: bool
) -> None:
    lines: list[str] = []
    expected: list[tuple[int, str | None, str]] = []
    for record in records:
        if blank_every and len(lines) % blank_every == 0:
            lines.append("   ")
        lines.append(json.dumps(record))
        html = record["html"]
        assert isinstance(html, str)
        expected.append((len(lines), record["url"], html))
    text = "".join(line + "\n" for line in lines).encode("utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("in.jsonl.gz" if gz else "in.jsonl")
        path.write_bytes(gzip.compress(text) if gz else text)
        got = [(d.source.line, d.url, d.html) for d in iter_documents([path])]
    assert got == expected


@given(
    kind=st.sampled_from(["file", "warc", "jsonl"]),
    path=st.text(min_size=1, max_size=40),
    number=st.integers(min_value=0, max_value=2**40),
)
def test_output_lines_carry_the_resume_key_of_their_source(
    kind: str, path: str, number: int
) -> None:
    source = Source(
        kind=kind,  # type: ignore[arg-type]
        path=path,
        offset=number if kind == "warc" else None,
        line=number if kind == "jsonl" else None,
    )
    result = Result(source=source, url=None, outcome=NoArticleError("no headline"))
    record = json.loads(json.dumps(to_record(result), ensure_ascii=False))
    assert source_key(record) == source.key()


def test_progress_line_shows_rate_and_eta() -> None:
    class Sink:
        def __init__(self) -> None:
            self.text = ""

        def write(self, text: str) -> int:
            self.text += text
            return len(text)

        def flush(self) -> None:
            pass

    sink = Sink()
    bar = ProgressBar(sink, total_bytes=1000)  # type: ignore[arg-type]
    bar.advance_bytes(250)
    bar.document()
    line = bar.line(bar.started + 10.0)
    assert "25%" in line
    assert "1 docs" in line
    assert "ETA 0:30" in line  # a quarter took 10 s: three quarters are left
    bar.close()
    assert sink.text.endswith("\n")
