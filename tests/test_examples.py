"""The scripts in examples/ run and do what their docstrings say."""

from __future__ import annotations

import doctest
import subprocess
import sys
from pathlib import Path

import newsparse

ROOT = Path(__file__).parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, check=False, timeout=120, cwd=ROOT
    )


def test_custom_adapter_example() -> None:
    result = run("examples/custom_adapter.py")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "bay_courier | Harbour reopens",
        "- The harbour reopened on Friday after two years of repairs.",
        "- Fishing boats were the first to return.",
    ]


def test_parse_file_example(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><h1>Title</h1><p>Text.</p></body></html>", encoding="utf-8")
    result = run("examples/parse_file.py", str(page), "--url", "https://example.test/a")
    assert result.returncode == 0, result.stderr
    assert newsparse.Article.from_json(result.stdout).headline == "Title"
    missing = run("examples/parse_file.py", str(tmp_path / "missing.html"))
    assert missing.returncode == 1
    assert "bad_input" in missing.stderr


def test_package_docstring_examples() -> None:
    failures, tried = doctest.testmod(newsparse, verbose=False)
    assert tried > 0
    assert failures == 0
