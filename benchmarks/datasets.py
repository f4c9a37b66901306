"""Read the four benchmark datasets of ``$NEWSPARSE_CORPUS`` into one shape, :class:`Case`.

Nothing here is copied into the repository: pages and ground truth are read in place.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import lxml.html
from attrs import field, frozen
from dateutil import parser as dateparser

REPO_ROOT = Path(__file__).resolve().parent.parent
DATASETS = ("wcxb", "trafilatura", "fundus", "readability")
#: Readability.js's own tests parse every page as if it came from this URL.
READABILITY_URL = "http://fakehost/test/page.html"


def corpus_dir() -> Path:
    """``$NEWSPARSE_CORPUS``, or ``../shared/corpus`` relative to the repository root."""
    configured = os.environ.get("NEWSPARSE_CORPUS")
    if configured:
        return Path(configured)
    return REPO_ROOT.parent / "shared" / "corpus"


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


@frozen(kw_only=True)
class Truth:
    """Ground truth of one page; None (or empty) where the dataset does not say."""

    is_article: bool = True
    #: Main text, paragraphs separated by blank lines.
    text: str | None = None
    with_snippets: tuple[str, ...] = field(default=(), converter=_strings)
    without_snippets: tuple[str, ...] = field(default=(), converter=_strings)
    title: str | None = None
    authors: tuple[str, ...] | None = None
    published: datetime | date | None = None
    standfirst: str | None = None
    quick_read: tuple[str, ...] = field(default=(), converter=_strings)
    captions: tuple[str, ...] = field(default=(), converter=_strings)
    credits: tuple[str, ...] = field(default=(), converter=_strings)


@frozen(kw_only=True)
class Case:
    dataset: str
    id: str
    #: Publisher, host or test-case name: what ``--sites`` matches.
    site: str
    url: str | None
    path: Path
    truth: Truth

    def html(self) -> bytes:
        with gzip.open(self.path, "rb") as stream:
            return stream.read()


def _when(value: str | None) -> datetime | date | None:
    """A date-only value stays a date; anything with a time becomes a datetime."""
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return dateparser.isoparse(text) if "T" in text else dateparser.parse(text)
    except (ValueError, OverflowError):
        return None


def _wcxb(root: Path) -> Iterator[Case]:
    base = root / "wcxb" / "dev"
    for truth_path in sorted((base / "ground-truth").glob("*.json")):
        data: dict[str, Any] = json.loads(truth_path.read_text(encoding="utf-8"))
        truth = data.get("ground_truth") or {}
        kind = ((data.get("_internal") or {}).get("page_type") or {}).get("primary", "article")
        # A few pages have "url": "" (unknown): no URL then, as newsparse.parse rejects "".
        url = data.get("url") or None
        yield Case(
            dataset="wcxb",
            id=truth_path.stem,
            site=_host(url),
            url=url,
            path=base / "html" / f"{truth_path.stem}.html.gz",
            truth=Truth(
                is_article=kind == "article",
                text=truth.get("main_content") or "",
                with_snippets=truth.get("with") or (),
                without_snippets=truth.get("without") or (),
                title=truth.get("title") or None,
                # "author" is one free-text string ("A and B"): not scored as a set.
                published=_when(truth.get("publish_date")),
            ),
        )


def _host(url: str | None) -> str:
    if not url:
        return ""
    host = url.split("/")[2] if "//" in url else url
    return host.removeprefix("www.")


def _trafilatura(root: Path) -> Iterator[Case]:
    base = root / "trafilatura-eval"
    evaldata: dict[str, Any] = json.loads((base / "evaldata.json").read_text(encoding="utf-8"))
    manifest: dict[str, Any] = json.loads((base / "manifest.json").read_text(encoding="utf-8"))
    for url in sorted(evaldata, key=lambda u: evaldata[u]["file"]):
        item = evaldata[url]
        # A few keys are labels, not URLs ("hard::site.html", "xhttps://..."): no URL then.
        page_url = url if url.startswith(("http://", "https://")) else None
        yield Case(
            dataset="trafilatura",
            id=item["file"],
            site=_host(page_url) or item["file"],
            url=page_url,
            path=base / manifest[url]["path"],
            truth=Truth(
                with_snippets=item.get("with") or (),
                without_snippets=item.get("without") or (),
                title=item.get("title") or None,
                published=_when(item.get("date")),
            ),
        )


def _fundus_text(body: dict[str, Any]) -> str:
    parts = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        parts.extend(section.get("headline") or [])
        parts.extend(section.get("paragraphs") or [])
    return "\n\n".join(p for p in parts if p.strip())


def _fundus(root: Path) -> Iterator[Case]:
    base = root / "fundus"
    manifest: list[dict[str, Any]] = json.loads(
        (base / "manifest.json").read_text(encoding="utf-8")
    )
    expectations: dict[str, Any] = {}
    for row in sorted(manifest, key=lambda r: r["html"]):
        if row["expected"] not in expectations:
            expectations[row["expected"]] = json.loads(
                (base / row["expected"]).read_text(encoding="utf-8")
            )
        expected = expectations[row["expected"]][row["version_key"]]
        body = expected.get("body") or {}
        summary = [s for s in body.get("summary") or [] if s.strip()]
        images = expected.get("images") or []
        yield Case(
            dataset="fundus",
            id=row["html"].removesuffix(".html.gz"),
            site=row["publisher"],
            url=row["url"],
            path=base / row["html"],
            truth=Truth(
                text=_fundus_text(body),
                title=expected.get("title"),
                authors=tuple(expected["authors"]) if "authors" in row["attributes"] else None,
                published=_when(expected.get("publishing_date")),
                # One summary paragraph is a standfirst; several are key points.
                standfirst=summary[0] if len(summary) == 1 else None,
                quick_read=summary if len(summary) > 1 else (),
                captions=[i["caption"] for i in images if i.get("caption")],
                credits=[a for i in images for a in i.get("authors") or [] if a.strip()],
            ),
        )


_BLOCKS: tuple[str, ...] = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")
_BLOCKS += ("figcaption", "div", "section", "article", "td", "th", "tr", "dt", "dd", "br")


def html_text(markup: bytes) -> str:
    """Text of Readability.js's expected HTML, one block per paragraph."""
    root = lxml.html.document_fromstring(markup)
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n\n" + (element.text or "")
    blocks = (" ".join(part.split()) for part in root.text_content().split("\n\n"))
    return "\n\n".join(b for b in blocks if b)


def _readability(root: Path) -> Iterator[Case]:
    base = root / "readability"
    for case_dir in sorted(p for p in base.iterdir() if (p / "source.html.gz").exists()):
        meta_path = case_dir / "expected-metadata.json"
        meta: dict[str, Any] = (
            json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        )
        with gzip.open(case_dir / "expected.html.gz", "rb") as stream:
            text = html_text(stream.read())
        yield Case(
            dataset="readability",
            id=case_dir.name,
            site=case_dir.name,
            url=READABILITY_URL,
            path=case_dir / "source.html.gz",
            truth=Truth(text=text, title=meta.get("title") or None),
        )


_LOADERS = {
    "wcxb": _wcxb,
    "trafilatura": _trafilatura,
    "fundus": _fundus,
    "readability": _readability,
}


def _selected(case: Case, sites: list[str]) -> bool:
    """A filter term is a dataset name, ``dataset:site`` or part of a site name."""
    for term in sites:
        dataset, _, site = term.lower().rpartition(":")
        if not dataset and site in DATASETS:
            if case.dataset == site:
                return True
            continue
        if dataset and dataset != case.dataset:
            continue
        if site in case.site.lower() or site == case.id.lower():
            return True
    return False


def load(
    root: Path | None = None,
    *,
    datasets: Iterable[str] = DATASETS,
    sites: list[str] | None = None,
    limit: int | None = None,
) -> list[Case]:
    """Cases of the chosen datasets, each in id order; ``limit`` keeps the first N of each."""
    base = root or corpus_dir()
    cases: list[Case] = []
    for name in datasets:
        chosen = [c for c in _LOADERS[name](base) if not sites or _selected(c, sites)]
        chosen.sort(key=lambda c: c.id)
        cases.extend(chosen[:limit] if limit is not None else chosen)
    return cases
