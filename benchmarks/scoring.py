"""Turn the outputs of one system on a set of cases into the figures the tables show.

A figure is ``None`` when the system has no such field (shown as "n/a (no such field)")
and absent when no page of the selection has ground truth for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import attrs

from benchmarks import metrics
from benchmarks.datasets import Case
from benchmarks.systems import (
    AUTHORS,
    CAPTIONS,
    CREDITS,
    DATE_DAY,
    DATE_MINUTE,
    DATELINE,
    PREV_NEXT,
    QUICK_READ,
    STANDFIRST,
    TITLE,
    Output,
    System,
)

Figures = dict[str, Any]


def _prf(prefix: str, value: metrics.PRF) -> Figures:
    return {
        f"{prefix}_p": value.precision,
        f"{prefix}_r": value.recall,
        f"{prefix}_f1": value.f1,
    }


def text_figures(dataset: str, cases: Sequence[Case], outputs: Sequence[Output]) -> Figures:
    """The dataset's own text metric, plus the shingle metric wherever full text exists."""
    figures: Figures = {}
    articles = [(c, o) for c, o in zip(cases, outputs, strict=True) if c.truth.is_article]
    full = [(c, o) for c, o in articles if c.truth.text]
    if dataset == "trafilatura" or dataset == "wcxb":
        counts = [
            metrics.snippet_counts(o.text, c.truth.with_snippets, c.truth.without_snippets)
            for c, o in articles
        ]
        figures |= _prf("snippets", metrics.snippet_prf(counts))
    if full:
        shingle = metrics.shingle_prf(
            [metrics.shingle_counts(c.truth.text or "", o.text) for c, o in full]
        )
        figures |= _prf("shingle", shingle)
        bow = metrics.macro([metrics.bag_of_words(o.text, c.truth.text or "") for c, o in full])
        figures |= _prf("bow", bow)
    if dataset == "fundus" and full:
        rouge = metrics.macro([metrics.rouge_lsum(c.truth.text or "", o.text) for c, o in full])
        figures |= _prf("rouge_lsum", rouge)
    figures["pages"] = len(articles)
    figures["empty"] = sum(1 for _, o in articles if not o.text.strip() and not o.error)
    figures["rejected_articles"] = sum(1 for _, o in articles if o.rejected)
    negatives = [o for c, o in zip(cases, outputs, strict=True) if not c.truth.is_article]
    if negatives:
        figures["non_articles"] = len(negatives)
        figures["non_articles_declined"] = sum(
            1 for o in negatives if o.rejected or not o.text.strip()
        )
    figures["errors"] = sum(1 for o in outputs if o.error)
    adapted = sum(1 for o in outputs if o.adapter not in (None, "generic"))
    if adapted:
        figures["site_adapter_pages"] = adapted
    return figures


def field_figures(system: System, cases: Sequence[Case], outputs: Sequence[Output]) -> Figures:
    """Field accuracy over the pages whose ground truth has the field."""
    pairs = [(c.truth, o) for c, o in zip(cases, outputs, strict=True) if c.truth.is_article]
    figures: Figures = {}

    def put(name: str, field: str, values: list[float]) -> None:
        if values:
            figures[name] = metrics.mean(values) if field in system.fields else None
            figures[f"{name}_pages"] = len(values)

    put(
        "title_exact",
        TITLE,
        [float(metrics.exact_match(o.title, t.title)) for t, o in pairs if t.title],
    )
    put(
        "authors_f1",
        AUTHORS,
        [metrics.set_f1(o.authors, t.authors) for t, o in pairs if t.authors is not None],
    )
    put(
        "date_day",
        DATE_DAY,
        [
            float(metrics.same_day(o.published, t.published))
            for t, o in pairs
            if t.published is not None
        ],
    )
    put(
        "date_minute",
        DATE_MINUTE,
        [
            float(
                isinstance(o.published, datetime) and metrics.same_minute(o.published, t.published)
            )
            for t, o in pairs
            if isinstance(t.published, datetime)
        ],
    )
    put(
        "standfirst_f1",
        STANDFIRST,
        [
            metrics.bag_of_words(o.standfirst or "", t.standfirst).f1
            for t, o in pairs
            if t.standfirst
        ],
    )
    put(
        "quick_read_recall",
        QUICK_READ,
        [metrics.item_recall(o.quick_read, t.quick_read) for t, o in pairs if t.quick_read],
    )
    put(
        "caption_recall",
        CAPTIONS,
        [metrics.item_recall(o.captions, t.captions) for t, o in pairs if t.captions],
    )
    put(
        "credit_recall",
        CREDITS,
        [metrics.item_recall(o.credits, t.credits) for t, o in pairs if t.credits],
    )
    # No dataset has dateline or previous/next ground truth: report how often one is found.
    if pairs:
        found = [
            float(o.dateline_location is not None or o.dateline_agency is not None)
            for _, o in pairs
        ]
        figures["dateline_found"] = metrics.mean(found) if DATELINE in system.fields else None
        links = [float(o.previous_url is not None or o.next_url is not None) for _, o in pairs]
        figures["prev_next_found"] = metrics.mean(links) if PREV_NEXT in system.fields else None
    return figures


def with_standfirst(outputs: Sequence[Output]) -> list[Output]:
    """The outputs with the standfirst put in front of the text where it is not already
    there (``Article.text`` starts with it when the page shows it)."""
    return [
        attrs.evolve(o, text=f"{o.standfirst}\n\n{o.text}")
        if o.standfirst and not o.text.startswith(o.standfirst)
        else o
        for o in outputs
    ]


def score(
    system: System, dataset: str, cases: Sequence[Case], outputs: Sequence[Output]
) -> Figures:
    figures = text_figures(dataset, cases, outputs) | field_figures(system, cases, outputs)
    if system.name.startswith("newsparse"):
        # Article.text holds the standfirst only when the page shows it; show the text
        # metrics with every standfirst too.
        figures["with_standfirst"] = text_figures(dataset, cases, with_standfirst(outputs))
    return figures
