"""What a parse may not do: touch files or the network, depend on the thread or the process.

* many threads parsing at once give exactly the serial results;
* a parse opens no file, no socket, runs no subprocess and imports nothing (checked with
  an audit hook, which sees every ``open``/``socket``/``subprocess``/``import`` from Python
  code, plus a socket that refuses to be created);
* the output does not depend on ``PYTHONHASHSEED`` (set or dict ordering by hash).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest

import newsparse
from newsparse import NewsparseError
from newsparse.serialize import to_dict
from tests import strategies
from tests.test_hostile import DEEP, page

URL = "https://news.example.com/2026/11/27/story.html"


def documents() -> list[tuple[bytes, str | None]]:
    """A mix of pages: fixtures, corpus pages (when present), hostile and simple ones."""
    docs: list[tuple[bytes, str | None]] = [
        (p.read_bytes(), None) for p in strategies.fixture_pages()[:8]
    ]
    docs += [(strategies._read_gz(p), None) for p in strategies.corpus_paths()[:6]]
    docs += [
        (page(body=DEEP["div"](3000)).encode(), URL),
        (page(body="<p>x</p>" * 2000).encode(), URL),
        (
            page(head='<meta charset="shift_jis">', body="<p>日本語の記事です。</p>").encode(
                "shift_jis"
            ),
            URL,
        ),
        (b"", None),
        (b"\x89PNG\r\n", None),
        (page().encode("utf-16"), URL),
    ]
    return docs


def outcome(data: bytes, url: str | None) -> str:
    """A comparable summary: the Article's JSON, or the error's class and message."""
    try:
        return json.dumps(to_dict(newsparse.parse(data, url)), sort_keys=True)
    except NewsparseError as exc:
        return f"{type(exc).__name__}: {exc}"


def test_threads_give_the_serial_results() -> None:
    docs = documents() * 2
    serial = [outcome(data, url) for data, url in docs]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda d: outcome(*d), docs))
    assert threaded == serial


def test_threads_started_together() -> None:
    docs = documents()
    expected = [outcome(data, url) for data, url in docs]
    barrier = threading.Barrier(4)
    results: dict[int, list[str]] = {}

    def work(index: int) -> None:
        barrier.wait()
        results[index] = [outcome(data, url) for data, url in docs]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(results[i] == expected for i in range(4))


# -- no file, no network ------------------------------------------------------------------

_watching = threading.local()
_events: list[tuple[str, str]] = []
_WATCHED = (
    "open",
    "socket.",
    "subprocess.",
    "os.system",
    "os.exec",
    "os.spawn",
    "os.posix_spawn",
    "import",
    "urllib.Request",
    "os.listdir",
    "os.scandir",
    "shutil.",
    "ctypes.dlopen",
)


def _hook(event: str, args: tuple[object, ...]) -> None:
    if getattr(_watching, "on", False) and event.startswith(_WATCHED):
        _events.append((event, repr(args)[:200]))


_hook_installed = False


@contextmanager
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str]]]:
    """Record every file/network/process/import event this thread causes."""
    global _hook_installed
    if not _hook_installed:
        sys.addaudithook(_hook)  # audit hooks cannot be removed: it only records while on
        _hook_installed = True

    def no_socket(*args: object, **kwargs: object) -> socket.socket:
        raise AssertionError("parse created a socket")

    monkeypatch.setattr(socket, "socket", no_socket)
    monkeypatch.setattr(socket, "create_connection", no_socket)
    monkeypatch.setattr(socket, "getaddrinfo", no_socket)
    _events.clear()
    _watching.on = True
    try:
        yield _events
    finally:
        _watching.on = False


def test_parse_touches_no_file_and_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    hostile = [
        page(
            head='<link rel="stylesheet" href="file:///etc/passwd"><base href="http://127.0.0.1:9/">'
            '<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/">',
            body='<img src="http://127.0.0.1:9/x.png"><iframe src="file:///etc/passwd"></iframe>'
            '<script src="http://127.0.0.1:9/x.js"></script>',
        ).encode(),
        (
            '<?xml version="1.0"?><!DOCTYPE html SYSTEM "http://127.0.0.1:9/x.dtd" '
            '[<!ENTITY a SYSTEM "file:///etc/passwd"><!ENTITY b SYSTEM "http://127.0.0.1:9/">]>'
            + page(body="<p>&a; &b;</p>")
        ).encode(),
        b'<?xml-stylesheet href="http://127.0.0.1:9/s.xsl"?>' + page().encode(),
        page(
            body='<svg><image href="file:///etc/passwd"/><use href="http://127.0.0.1:9/#x"/></svg>'
        ).encode(),
        page(head='<meta charset="x-no-such-charset">').encode(),
        page().encode("cp1252") + "é".encode("cp1252") * 50,  # undeclared: the detector runs
    ]
    docs = [(data, URL) for data in hostile] + documents()
    expected = [outcome(data, url) for data, url in docs]  # warm up: plugins, lazy imports
    with sandbox(monkeypatch) as events:
        seen = [outcome(data, url) for data, url in docs]
    assert events == [], f"parse touched the outside world: {events[:5]}"
    assert seen == expected
    assert all("root:" not in text for text in seen)


def test_the_sandbox_would_notice(monkeypatch: pytest.MonkeyPatch) -> None:
    # The check above must be able to fail: opening a file inside it is recorded.
    with sandbox(monkeypatch) as events:
        Path(__file__).read_bytes()
        with pytest.raises(AssertionError):
            socket.socket()
    assert any(event == "open" for event, _ in events)


# -- determinism across processes ---------------------------------------------------------

_SCRIPT = """
import json, sys
sys.path[:0] = [{repo!r}, {src!r}]
import newsparse
from newsparse.serialize import to_dict
from tests.test_isolation import documents, outcome
print(json.dumps([outcome(d, u) for d, u in documents()]))
"""


def _run(seed: str) -> list[str]:
    repo = Path(__file__).resolve().parent.parent
    script = _SCRIPT.format(repo=str(repo), src=str(repo / "src"))
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    result: list[str] = json.loads(done.stdout)
    return result


def test_output_does_not_depend_on_the_hash_seed() -> None:
    assert _run("1") == _run("4242")
