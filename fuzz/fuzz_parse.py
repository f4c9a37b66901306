"""Fuzz ``newsparse.parse`` with atheris (libFuzzer), or with hypothesis when atheris is missing.

Usage (from the repository root)::

    pip install atheris                                  # or: pip install -e '.[fuzz]'
    python fuzz/fuzz_parse.py -max_total_time=600        # 10 minutes; any libFuzzer flag works
    python fuzz/fuzz_parse.py --hypothesis 600           # the fallback engine, 10 minutes
    # log every distinct finding and carry on instead of stopping at the first:
    NEWSPARSE_FUZZ_KEEP_GOING=1 python fuzz/fuzz_parse.py -max_total_time=900

What counts as a finding (the harness raises, libFuzzer saves the input under
``fuzz/artifacts/``):

* ``parse`` raised anything that is not a :class:`newsparse.NewsparseError`;
* a returned Article breaks an invariant (text not whitespace-normalized, a URL that is
  not absolute http(s), a body block that is also a caption);
* the same input parsed twice gave different results (checked on a share of inputs);
* one parse took far longer than ``Limits.max_seconds`` (libFuzzer's ``-timeout``
  catches real hangs).

Seeds are built on first run into ``fuzz/corpus/`` (not committed): pages from
``tests/fixtures``, generated news pages, and a sample of ``$NEWSPARSE_CORPUS`` pages
when the corpus is present. Keep every crasher as a regression test in
``tests/test_fuzz_regressions.py``.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))  # for tests.strategies (seed generation)
sys.path.insert(0, str(REPO / "src"))

SEEDS = HERE / "corpus"
ARTIFACTS = HERE / "artifacts"
URLS = (
    None,
    "https://example.com/news/2026/story.html",
    "http://news.example.org/a/b?c=d#e",
    "https://xn--bcher-kva.example/",
)
ENCODINGS = (None, "utf-8", "iso-8859-1", "shift_jis", "utf-16", "bogus")
SLOW_SECONDS = 30.0


def split_input(data: bytes) -> tuple[bytes | str, str | None, str | None, bool]:
    """Fuzzer bytes -> (document, url, transport encoding, check determinism).

    The first byte selects the options, the rest is the document; a seed is a page
    with one option byte in front.
    """
    if not data:
        return b"", None, None, False
    flags, body = data[0], data[1:]
    document: bytes | str = body
    if flags & 0x01:
        document = body.decode("utf-8", "surrogateescape")  # lone surrogates in str input
    url = URLS[(flags >> 1) & 0x03]
    encoding = ENCODINGS[(flags >> 3) % len(ENCODINGS)]
    return document, url, encoding, bool(flags & 0x80)


def check_article(article: object) -> None:
    """Raise AssertionError when a returned Article breaks an invariant."""
    from newsparse import Article
    from newsparse.toolkit.text import normalize_space
    from newsparse.toolkit.urls import is_http_url

    assert isinstance(article, Article), type(article)
    texts = [article.headline, article.standfirst, *article.authors, *article.quick_read]
    texts += [b.text for b in article.body]
    for m in article.media:
        texts += [m.caption, m.credit, m.alt]
        assert is_http_url(m.url), m.url
    for n in article.navigation:
        texts.append(n.text)
        assert is_http_url(n.url), n.url
    if article.dateline is not None:
        texts.append(article.dateline.text)
    for text in texts:
        if text is not None:
            assert normalize_space(text) == text, repr(text)
    for url in (article.url, article.canonical_url):
        assert url is None or is_http_url(url), url
    captions = {m.caption for m in article.media if m.caption}
    assert not captions & {b.text for b in article.body}, "text is both a body block and a caption"


def one_input(data: bytes) -> None:
    """The fuzz target: raises on a finding."""
    import newsparse
    from newsparse.serialize import to_dict

    document, url, encoding, twice = split_input(data)
    started = time.monotonic()
    try:
        article = newsparse.parse(document, url, encoding=encoding)
    except newsparse.NewsparseError as exc:
        if not str(exc) or str(exc).startswith("internal error"):
            raise AssertionError(f"{type(exc).__name__} without a clear message: {exc}") from exc
        article = None
    elapsed = time.monotonic() - started
    if elapsed > SLOW_SECONDS:
        raise TimeoutError(f"one parse took {elapsed:.1f} s")
    if article is None:
        return
    check_article(article)
    if twice:
        again = newsparse.parse(document, url, encoding=encoding)
        assert to_dict(again) == to_dict(article), "parse is not deterministic"


_seen: set[str] = set()


def one_input_keep_going(data: bytes) -> None:
    """Like :func:`one_input`, but log each distinct finding and carry on.

    ``NEWSPARSE_FUZZ_KEEP_GOING=1``: a finding is saved once per (exception type,
    innermost newsparse frame) as ``fuzz/artifacts/finding-*`` with its traceback,
    so one long run reports every distinct bug instead of stopping at the first.
    """
    import traceback

    try:
        one_input(data)
    except Exception as exc:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if "newsparse" in f.filename]
        where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
        detail = str(exc)[:40] if isinstance(exc, AssertionError) else ""
        signature = f"{type(exc).__name__} {where} {detail}"
        if signature in _seen:
            return
        _seen.add(signature)
        name = hashlib.sha1(data).hexdigest()[:16]
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / f"finding-{name}").write_bytes(data)
        (ARTIFACTS / f"finding-{name}.txt").write_text(signature + "\n" + traceback.format_exc())
        print(f"FINDING {name}: {signature}", file=sys.stderr, flush=True)


# -- seeds --------------------------------------------------------------------------------


def make_seeds(count: int = 200, corpus_sample: int = 40) -> int:
    """Write seed inputs (option byte + page) into fuzz/corpus/; returns how many."""
    from hypothesis import HealthCheck, given, settings
    from tests import strategies

    SEEDS.mkdir(parents=True, exist_ok=True)
    pages: list[bytes] = [p.read_bytes() for p in strategies.fixture_pages()]
    for path in strategies.corpus_paths(corpus_sample):
        pages.append(strategies._read_gz(path)[:200_000])

    generated: list[bytes] = []

    @settings(max_examples=count, database=None, suppress_health_check=list(HealthCheck))
    @given(strategies.encoded_pages())
    def collect(page: strategies.EncodedPage) -> None:
        generated.append(page.data)

    collect()
    pages += generated
    for index, page in enumerate(pages):
        seed = bytes([index % 256]) + page
        name = hashlib.sha1(seed).hexdigest()
        (SEEDS / name).write_bytes(seed)
    return len(pages)


# -- engines ------------------------------------------------------------------------------


def run_atheris(argv: list[str]) -> None:
    import atheris  # type: ignore[import-untyped]

    with atheris.instrument_imports():
        import newsparse
        import newsparse.adapter
        import newsparse.extract.content
        import newsparse.html_input  # noqa: F401

    ARTIFACTS.mkdir(exist_ok=True)
    args = [argv[0]]
    if not any(a.startswith("-artifact_prefix") for a in argv):
        args.append(f"-artifact_prefix={ARTIFACTS}{os.sep}")
    if not any(a.startswith("-timeout") for a in argv):
        args.append("-timeout=60")
    if not any(a.startswith("-rss_limit_mb") for a in argv):
        args.append("-rss_limit_mb=4096")
    if not any(a.startswith("-max_len") for a in argv):
        args.append("-max_len=300000")
    positional = [a for a in argv[1:] if not a.startswith("-")]
    args += argv[1:]
    if not positional:
        if not SEEDS.is_dir() or not any(SEEDS.iterdir()):
            print(f"writing seeds: {make_seeds()} pages", file=sys.stderr)
        args.append(str(SEEDS))
    keep_going = os.environ.get("NEWSPARSE_FUZZ_KEEP_GOING") == "1"
    atheris.Setup(args, one_input_keep_going if keep_going else one_input)
    atheris.Fuzz()


def run_hypothesis(seconds: float) -> None:
    """Fallback engine: hypothesis-generated and mutated pages until the time is up."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
    from tests import strategies

    sources = [strategies.encoded_pages().map(lambda p: p.data)]
    if strategies.corpus_paths():
        sources.append(strategies.corpus_pages())
    documents = strategies.mutated(st.one_of(sources)) | st.binary(max_size=4096)
    deadline = time.monotonic() + seconds
    runs = 0
    while time.monotonic() < deadline:

        @settings(
            max_examples=500, database=None, deadline=None, suppress_health_check=list(HealthCheck)
        )
        @given(st.integers(min_value=0, max_value=255), documents)
        def run(flags: int, document: bytes) -> None:
            one_input(bytes([flags]) + document)

        run()
        runs += 500
        print(f"{runs} inputs, no finding", file=sys.stderr)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--hypothesis":
        run_hypothesis(float(sys.argv[2]) if len(sys.argv) > 2 else 600.0)
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--make-seeds":
        print(f"wrote {make_seeds()} seeds to {SEEDS}")
        return
    try:
        import atheris  # noqa: F401
    except ImportError:
        print("atheris is not installed; using the hypothesis engine for 600 s", file=sys.stderr)
        run_hypothesis(600.0)
        return
    run_atheris(sys.argv)


if __name__ == "__main__":
    main()
