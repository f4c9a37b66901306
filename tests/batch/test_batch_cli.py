"""``newsparse batch``: output file, summary, exit codes, --resume and Ctrl-C."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from newsparse.batch import iter_documents
from newsparse.batch.output import prepare_resume, source_key
from newsparse.cli import main
from tests.batch.batch_inputs import article, write_jsonl, write_tree, write_warc

pytest.importorskip("warcio", reason="the batch extra (warcio) is not installed")


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    write_tree(tmp_path / "site")
    write_jsonl(tmp_path / "pages.jsonl")
    warc = write_warc(tmp_path / "crawl.warc.gz")
    return [str(tmp_path / "site"), str(warc), str(tmp_path / "pages.jsonl")]


def _keys(inputs: list[str]) -> list[tuple[str, str, int | None, int | None]]:
    return [d.source.key() for d in iter_documents(inputs)]


def _records(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def test_batch_writes_one_line_per_document_and_a_summary(
    inputs: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, summary = tmp_path / "out.jsonl", tmp_path / "summary.json"
    code = main(["batch", *inputs, "-o", str(out), "-j", "2", "--summary", str(summary)])
    assert code == 0
    records = _records(out)
    assert [source_key(r) for r in records] == _keys(inputs)
    stats = json.loads(summary.read_text(encoding="utf-8"))
    assert stats["documents"] == len(records)
    assert stats["parsed"] == sum(r["ok"] for r in records)
    assert sum(stats["errors"].values()) == sum(not r["ok"] for r in records) > 0
    assert stats["skipped"]["non-HTML response"] == 1
    assert stats["interrupted"] is False
    err = capsys.readouterr().err
    assert f"{len(records)} documents" in err
    assert "[" not in err.splitlines()[0]  # no progress bar: stderr is not a terminal


def test_batch_to_stdout_with_progress_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(tmp_path / "site")
    assert main(["batch", str(tmp_path / "site"), "-j", "1", "--progress"]) == 0
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["article"]["headline"] for r in lines] == ["Alpha", "Zulu", "Delta"]
    assert "ETA" in captured.err
    assert "3 docs" in captured.err


def test_fail_on_errors_exit_code(inputs: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", *inputs, "-o", str(out), "-j", "1", "--fail-on-errors"]) == 8


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["--resume"], 2),  # --resume needs -o
        (["-j", "0"], 2),
        (["--max-seconds", "-1"], 2),
    ],
)
def test_usage_errors(tmp_path: Path, argv: list[str], code: int) -> None:
    write_tree(tmp_path / "site")
    assert main(["batch", str(tmp_path / "site"), *argv]) == code


def test_missing_input_exits_3_before_writing(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path / "nope"), "-o", str(out)]) == 3
    assert not out.exists()


def test_unwritable_output_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_tree(tmp_path / "site")
    out = tmp_path / "no" / "such" / "dir" / "out.jsonl"
    assert main(["batch", str(tmp_path / "site"), "-o", str(out)]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_output_that_is_an_input_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    write_jsonl(path)
    assert main(["batch", str(path), "-o", str(path)]) == 2


def test_resume_after_a_truncated_run_completes_without_duplicates(
    inputs: list[str], tmp_path: Path
) -> None:
    full, out = tmp_path / "full.jsonl", tmp_path / "out.jsonl"
    assert main(["batch", *inputs, "-o", str(full), "-j", "1"]) == 0
    lines = full.read_bytes().splitlines(keepends=True)
    # An interrupted run: five finished lines and half of the sixth (killed mid-write).
    out.write_bytes(b"".join(lines[:5]) + lines[5][: len(lines[5]) // 2])
    assert main(["batch", *inputs, "-o", str(out), "-j", "2", "--resume"]) == 0
    assert _records(out) == _records(full)


def test_resume_refuses_a_file_it_did_not_write(tmp_path: Path) -> None:
    write_tree(tmp_path / "site")
    out = tmp_path / "out.jsonl"
    out.write_text('{"something": "else"}\n', encoding="utf-8")
    assert main(["batch", str(tmp_path / "site"), "-o", str(out), "--resume"]) == 3
    assert out.read_text(encoding="utf-8") == '{"something": "else"}\n'


def test_prepare_resume_cuts_only_the_partial_last_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    record = {"source": {"kind": "file", "path": "a.html", "offset": None, "line": None}}
    out.write_text(json.dumps(record) + '\n{"source": {"ki', encoding="utf-8")
    assert prepare_resume(out) == {("file", "a.html", None, None)}
    assert out.read_text(encoding="utf-8") == json.dumps(record) + "\n"
    assert prepare_resume(tmp_path / "absent.jsonl") == set()


def test_ctrl_c_stops_cleanly_with_valid_output(tmp_path: Path) -> None:
    source = tmp_path / "many.jsonl"
    page = article("Interrupted").decode()
    with source.open("w", encoding="utf-8") as stream:
        for i in range(20_000):
            stream.write(json.dumps({"url": f"https://news.example/{i}", "html": page}) + "\n")
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "newsparse", "batch", str(source), "-o", str(out), "-j", "2"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "INTERRUPTED" in err
    records = _records(out)  # valid JSONL, ends with a newline
    assert 0 < len(records) < 20_000
    # Output is in input order, so an interrupted run holds a prefix of the input.
    assert [r["source"]["line"] for r in records] == list(range(1, len(records) + 1))
