"""The ``newsparse`` command line, for people and for other tools.

Output is JSON on stdout. On failure, one line of JSON goes to stderr and the exit
status says what kind of failure it was (see :data:`EXIT_CODES` and ``docs/cli.md``).
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.error
import urllib.request
from collections.abc import Sequence
from http.client import HTTPMessage
from typing import Any

from newsparse import errors
from newsparse.api import default_registry, parse
from newsparse.batch import cli as batch_cli
from newsparse.limits import Limits
from newsparse.render import to_markdown, to_text
from newsparse.serialize import dumps
from newsparse.toolkit.urls import is_http_url

#: Exit status by error class; the first matching class (most specific first) wins.
EXIT_CODES: tuple[tuple[type[errors.NewsparseError], int], ...] = (
    (errors.FetchError, 6),
    (errors.ExtractionError, 5),
    (errors.NoArticleError, 4),
    (errors.InputError, 3),
    (errors.AdapterError, 7),
    (errors.NewsparseError, 1),
)
FETCH_TIMEOUT = 20.0
MAX_REDIRECTS = 5
USER_AGENT = "newsparse (+https://github.com/newsparse/newsparse)"


def exit_code(error: errors.NewsparseError) -> int:
    for cls, code in EXIT_CODES:
        if isinstance(error, cls):
            return code
    return 1  # pragma: no cover - NewsparseError is last in EXIT_CODES


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        if not is_http_url(newurl):
            raise errors.FetchError(f"refusing to follow a redirect to {newurl!r}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(
    url: str, *, max_bytes: int, timeout: float = FETCH_TIMEOUT
) -> tuple[bytes, str, str | None]:
    """GET ``url`` with the standard library: the body, the final URL and the declared charset."""
    if not is_http_url(url):
        raise errors.FetchError(f"not an http(s) URL: {url!r}")
    opener = urllib.request.build_opener(_LimitedRedirects)
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*"}
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise errors.FetchError(f"{url}: the response is larger than {max_bytes:,} bytes")
            charset = response.headers.get_content_charset()
            return body, response.geturl(), charset
    except urllib.error.HTTPError as exc:
        raise errors.FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise errors.FetchError(f"{url}: {exc.reason}") from exc
    except (TimeoutError, OSError, ValueError) as exc:
        raise errors.FetchError(f"{url}: {exc}") from exc


def _read_source(source: str, limits: Limits) -> tuple[bytes, str | None, str | None]:
    """Bytes, URL and charset for a FILE, URL or ``-``."""
    if source == "-":
        return sys.stdin.buffer.read(limits.max_bytes + 1), None, None
    if source.startswith(("http://", "https://")):
        return fetch(source, max_bytes=limits.max_bytes)
    try:
        if source.endswith(".gz"):
            import gzip

            with gzip.open(source, "rb") as stream:
                return stream.read(limits.max_bytes + 1), None, None
        with open(source, "rb") as stream:
            return stream.read(limits.max_bytes + 1), None, None
    except (OSError, EOFError) as exc:
        raise errors.InputError(
            f"cannot read {source}: {getattr(exc, 'strerror', None) or exc}"
        ) from exc


def _cmd_parse(args: argparse.Namespace) -> int:
    limits = Limits(max_bytes=args.max_bytes) if args.max_bytes else Limits()
    data, fetched_url, charset = _read_source(args.source, limits)
    article = parse(
        data,
        args.url or fetched_url,
        adapter=args.adapter,
        strict=args.strict,
        limits=limits,
        encoding=args.encoding or charset,
    )
    if args.format == "json":
        out = dumps(article, indent=None if args.compact else 2) + "\n"
    elif args.format == "text":
        out = to_text(article)
    else:
        out = to_markdown(article)
    sys.stdout.write(out)
    return 0


def _cmd_adapters(args: argparse.Namespace) -> int:
    registry = default_registry()
    rows = [{"name": a.name, "hosts": sorted(a.hosts)} for a in registry.adapters]
    if registry.fallback is not None:
        rows.append({"name": registry.fallback.name, "hosts": []})
    if args.format == "json":
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
    else:
        for row in rows:
            hosts = ", ".join(row["hosts"]) or "(any page: the fallback)"
            sys.stdout.write(f"{row['name']}\t{hosts}\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse", description="Turn news-article HTML into structured data."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True)

    p = commands.add_parser("parse", help="parse one page (FILE, URL or - for stdin) to JSON")
    p.add_argument("source", metavar="FILE|URL|-")
    p.add_argument("--url", help="the page's URL (selects the adapter, resolves links)")
    p.add_argument("--adapter", help="use this adapter instead of choosing by URL")
    p.add_argument(
        "--strict", action="store_true", help="fail on any field that cannot be extracted"
    )
    p.add_argument("--format", choices=("json", "text", "markdown"), default="json")
    p.add_argument("--compact", action="store_true", help="one-line JSON")
    p.add_argument("--encoding", help="the page's charset, when known from elsewhere")
    p.add_argument("--max-bytes", type=int, default=0, help="input size limit in bytes")
    p.set_defaults(run=_cmd_parse)

    a = commands.add_parser("adapters", help="list the adapters and the hosts they handle")
    a.add_argument("--format", choices=("text", "json"), default="text")
    a.set_defaults(run=_cmd_adapters)
    # ``newsparse batch``: its module imports warcio only when a WARC file is read.
    batch_cli.add_command(commands)
    return parser


def _version() -> str:
    from newsparse import __version__

    return __version__


def _error_line(error: BaseException, source: str | None) -> str:
    code = error.code if isinstance(error, errors.NewsparseError) else "internal_error"
    payload = {"error": code, "type": type(error).__name__, "message": str(error), "source": source}
    return json.dumps(payload, ensure_ascii=False)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    source = getattr(args, "source", None)
    try:
        result: int = args.run(args)
        return result
    except errors.NewsparseError as exc:
        sys.stderr.write(_error_line(exc, source) + "\n")
        return exit_code(exc)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
