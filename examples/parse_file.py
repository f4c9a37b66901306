"""Parse one saved page and print the Article as JSON.

python examples/parse_file.py examples/pages/newslooks-blinken-nato.html --url URL
"""

from __future__ import annotations

import argparse
import sys

import newsparse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path")
    parser.add_argument("--url")
    args = parser.parse_args(argv)
    try:
        article = newsparse.parse_file(args.path, args.url)
    except newsparse.NewsparseError as error:
        print(f"{args.path}: {error.code}: {error}", file=sys.stderr)
        return 1
    print(article.to_json())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
