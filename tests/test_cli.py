"""The command line: JSON out, one-line JSON errors, documented exit codes, URL fetching."""

from __future__ import annotations

import http.server
import json
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsparse.cli import EXIT_CODES, main

PAGE = (
    "<html><head><meta charset='windows-1251'><title>T</title></head>"
    "<body><h1>Заголовок</h1><p>Текст статьи.</p></body></html>"
).encode("windows-1251")


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_parse_a_file_to_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(PAGE)
    code, out, err = run(["parse", str(page), "--url", "https://example.test/a"], capsys)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["headline"] == "Заголовок"
    assert data["url"] == "https://example.test/a"
    assert data["body"] == [{"kind": "paragraph", "text": "Текст статьи."}]


@pytest.mark.parametrize(
    ("fmt", "expected"), [("text", "Заголовок\n\nТекст статьи.\n"), ("markdown", "# Заголовок")]
)
def test_text_and_markdown_formats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, expected: str
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(PAGE)
    code, out, _ = run(["parse", str(page), "--format", fmt], capsys)
    assert code == 0
    assert out.startswith(expected)


@pytest.mark.parametrize(
    ("content", "args", "exit_code", "error"),
    [
        (b"", [], 3, "empty_document"),
        (b"%PDF-1.4", [], 3, "not_html"),
        (b"<html><body><div></div></body></html>", [], 4, "no_article"),
        (PAGE, ["--adapter", "no_such_adapter"], 7, "unknown_adapter"),
        (PAGE, ["--url", "ftp://example.test/"], 3, "invalid_url"),
    ],
)
def test_failures_give_one_json_line_and_a_documented_exit_code(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    args: list[str],
    exit_code: int,
    error: str,
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(content)
    code, out, err = run(["parse", str(page), *args], capsys)
    assert code == exit_code
    assert out == ""
    assert err.count("\n") == 1
    payload = json.loads(err)
    assert payload["error"] == error
    assert payload["message"]
    assert payload["source"] == str(page)


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["parse", "no/such/file.html"], capsys)
    assert code == 3
    assert json.loads(err)["error"] == "bad_input"


def test_exit_codes_are_distinct_and_documented() -> None:
    codes = [code for _, code in EXIT_CODES]
    assert len(set(codes)) == len(codes)
    doc = (Path(__file__).parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    for cls, code in EXIT_CODES:
        assert f"| {code} |" in doc
        assert cls.__name__ in doc


def test_stdin_and_python_dash_m(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", "-", "--compact"],
        input=PAGE,
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(b"\n") == 1
    assert json.loads(result.stdout)["headline"] == "Заголовок"


def test_adapters_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["adapters", "--format", "json"], capsys)
    rows = json.loads(out)
    assert code == 0
    assert rows[-1] == {"name": "generic", "hosts": []}
    assert all(row["hosts"] for row in rows[:-1])


ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/article": (
        200,
        {"Content-Type": "text/html; charset=windows-1251"},
        PAGE.replace(b"windows-1251", b"utf-8"),
    ),
    "/moved": (301, {"Location": "/article"}, b""),
    "/loop": (302, {"Location": "/loop"}, b""),
    "/to-file": (302, {"Location": "file:///etc/passwd"}, b""),
    "/big": (
        200,
        {"Content-Type": "text/html"},
        b"<html><body><h1>H</h1><p>" + b"x" * 5000 + b"</p>",
    ),
}


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, headers, body = ROUTES.get(self.path, (404, {}, b"not found"))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_a_url_with_the_transport_charset_and_redirects(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # The page lies (meta says utf-8); the HTTP header's windows-1251 wins, as in browsers.
    code, out, err = run(["parse", f"{server}/moved"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data["headline"] == "Заголовок"
    assert data["url"] == f"{server}/article"


@pytest.mark.parametrize(
    ("path", "args", "message"),
    [
        ("/missing", [], "HTTP 404"),
        ("/loop", [], "redirect"),
        ("/to-file", [], "(refusing to follow|not allowed)"),
        ("/big", ["--max-bytes", "1000"], "larger than 1,000 bytes"),
    ],
)
def test_fetch_failures(
    server: str, capsys: pytest.CaptureFixture[str], path: str, args: list[str], message: str
) -> None:
    code, _, err = run(["parse", f"{server}{path}", *args], capsys)
    assert code == 6
    payload = json.loads(err)
    assert payload["error"] == "fetch_failed"
    assert re.search(message, payload["message"])
