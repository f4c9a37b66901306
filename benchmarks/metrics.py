"""The published text and field metrics, re-implemented so every system is scored alike.

Each text metric follows the reference script of its benchmark (see ``docs/benchmarks.md``
for the sources and where we deviate). All functions are pure and take plain strings.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime

from attrs import frozen

_WORD = re.compile(r"\w+")


@frozen(kw_only=True)
class PRF:
    precision: float
    recall: float
    f1: float


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def normalize_space(text: str) -> str:
    return " ".join(text.split())


# -- ScrapingHub / Zyte article-extraction-benchmark: 4-gram shingles ---------------------


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Word n-grams as a multiset; a text of fewer than ``n`` words is one shingle."""
    tokens = _WORD.findall(text)
    counts: Counter[tuple[str, ...]] = Counter()
    for i in range(max(1, len(tokens) - n + 1)):
        shingle = tuple(tokens[i : i + n])
        if shingle:
            counts[shingle] += 1
    return counts


def shingle_counts(true: str, pred: str, n: int = 4) -> tuple[float, float, float]:
    """(tp, fp, fn) over shingles, normalized so they sum to 1 (all 0 when both are empty)."""
    truth, guess = shingles(true, n), shingles(pred, n)
    tp = float(sum((truth & guess).values()))
    fp = float(sum(guess.values())) - tp
    fn = float(sum(truth.values())) - tp
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def _shingle_precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _shingle_recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def shingle_prf(counts: Sequence[tuple[float, float, float]]) -> PRF:
    """Macro precision (pages with tp+fp > 0) and recall (tp+fn > 0); F1 of the two means."""
    precisions = [_shingle_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [_shingle_recall(*c) for c in counts if c[0] + c[2] > 0]
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    return PRF(precision=precision, recall=recall, f1=_f1(precision, recall))


# -- trafilatura's evaluation: with/without snippets, micro counts --------------------------


def snippet_counts(
    text: str, with_: Iterable[str], without: Iterable[str]
) -> tuple[int, int, int, int]:
    """(tp, fp, fn, tn) of one page: a snippet counts when it occurs in the text after
    collapsing whitespace on both sides."""
    haystack = normalize_space(text)
    wanted = [normalize_space(s) for s in with_]
    unwanted = [normalize_space(s) for s in without]
    tp = sum(1 for s in wanted if s in haystack)
    fp = sum(1 for s in unwanted if s in haystack)
    return tp, fp, len(wanted) - tp, len(unwanted) - fp


def snippet_prf(counts: Iterable[tuple[int, int, int, int]]) -> PRF:
    """Counts summed over the corpus, then precision, recall and F1."""
    tp = fp = fn = 0
    for c in counts:
        tp, fp, fn = tp + c[0], fp + c[1], fn + c[2]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return PRF(precision=precision, recall=recall, f1=_f1(precision, recall))


# -- WCXB: lowercased bag of words, per page, macro-averaged --------------------------------


def bag_of_words(pred: str, ref: str) -> PRF:
    """Per-page multiset word overlap, as WCXB's ``evaluate.py`` computes it."""
    pred_tokens = _WORD.findall(pred.lower())
    ref_tokens = _WORD.findall(ref.lower())
    if not ref_tokens:
        value = 0.0 if pred_tokens else 1.0
        return PRF(precision=value, recall=value, f1=value)
    if not pred_tokens:
        return PRF(precision=0.0, recall=0.0, f1=0.0)
    overlap = sum((Counter(pred_tokens) & Counter(ref_tokens)).values())
    precision, recall = overlap / len(pred_tokens), overlap / len(ref_tokens)
    return PRF(precision=precision, recall=recall, f1=_f1(precision, recall))


def macro(scores: Sequence[PRF]) -> PRF:
    """Mean precision, recall and F1 over pages (WCXB and ROUGE reporting)."""
    if not scores:
        return PRF(precision=0.0, recall=0.0, f1=0.0)
    return PRF(
        precision=statistics.fmean(s.precision for s in scores),
        recall=statistics.fmean(s.recall for s in scores),
        f1=statistics.fmean(s.f1 for s in scores),
    )


# -- ROUGE-LSum (summary-level LCS), as rouge-score computes it -----------------------------


def rouge_tokens(text: str) -> list[str]:
    """Lowercased ``\\w+`` words. rouge-score keeps only ``[a-z0-9]``, which deletes every
    non-Latin word; the Fundus corpus spans 38 countries, so we keep Unicode words."""
    return _WORD.findall(text.lower())


def _lcs_indices(ref: Sequence[str], cand: Sequence[str]) -> list[int]:
    """Indices into ``ref`` of one longest common subsequence, with rouge-score's tie-break."""
    rows, cols = len(ref), len(cand)
    table = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(1, rows + 1):
        above, row, token = table[i - 1], table[i], ref[i - 1]
        for j in range(1, cols + 1):
            if token == cand[j - 1]:
                row[j] = above[j - 1] + 1
            else:
                left, up = row[j - 1], above[j]
                row[j] = left if left > up else up
    indices: list[int] = []
    i, j = rows, cols
    while i > 0 and j > 0:
        if ref[i - 1] == cand[j - 1]:
            indices.append(i - 1)
            i, j = i - 1, j - 1
        elif table[i][j - 1] > table[i - 1][j]:
            j -= 1
        else:
            i -= 1
    indices.reverse()
    return indices


def rouge_lsum(
    ref: str,
    pred: str,
    *,
    split: Callable[[str], list[str]] | None = None,
    tokenize: Callable[[str], list[str]] = rouge_tokens,
) -> PRF:
    """ROUGE-LSum: for each reference unit the union of its LCS with every predicted unit,
    hits clipped by token counts. Units are lines by default (paragraphs joined by blank
    lines); Fundus's evaluation splits sentences with NLTK punkt instead (``split``)."""
    splitter = split or (lambda text: text.split("\n"))
    ref_units = [t for t in (tokenize(u) for u in splitter(ref) if u) if t]
    pred_units = [t for t in (tokenize(u) for u in splitter(pred) if u) if t]
    m, n = sum(map(len, ref_units)), sum(map(len, pred_units))
    if not m or not n:
        return PRF(precision=0.0, recall=0.0, f1=0.0)
    ref_left: Counter[str] = Counter(t for u in ref_units for t in u)
    pred_left: Counter[str] = Counter(t for u in pred_units for t in u)
    hits = 0
    for unit in ref_units:
        vocabulary = set(unit)
        union: set[int] = set()
        for cand in pred_units:
            if vocabulary.isdisjoint(cand):
                continue  # an empty LCS adds nothing; skipping it saves the quadratic table
            union.update(_lcs_indices(unit, cand))
        for index in sorted(union):
            token = unit[index]
            if pred_left[token] > 0 and ref_left[token] > 0:
                hits += 1
                pred_left[token] -= 1
                ref_left[token] -= 1
    precision, recall = hits / n, hits / m
    return PRF(precision=precision, recall=recall, f1=_f1(precision, recall))


# -- Field metrics ------------------------------------------------------------------------


def exact_match(pred: str | None, ref: str) -> bool:
    """Whitespace-normalized string equality."""
    return pred is not None and normalize_space(pred) == normalize_space(ref)


def _name_key(name: str) -> str:
    return normalize_space(name).casefold()


def set_f1(pred: Iterable[str], ref: Iterable[str]) -> float:
    """F1 of two sets of names, compared whitespace-normalized and case-folded."""
    guess = {_name_key(p) for p in pred if p.strip()}
    truth = {_name_key(r) for r in ref if r.strip()}
    if not truth:
        return 1.0 if not guess else 0.0
    common = len(guess & truth)
    if not common:
        return 0.0
    return _f1(common / len(guess), common / len(truth))


def same_minute(pred: datetime | None, ref: datetime) -> bool:
    """Same instant to the minute. A naive value on either side is compared as wall time."""
    if pred is None:
        return False
    if pred.tzinfo is not None and ref.tzinfo is not None:
        pred, ref = pred.astimezone(ref.tzinfo), ref
    else:
        pred, ref = pred.replace(tzinfo=None), ref.replace(tzinfo=None)
    return pred.replace(second=0, microsecond=0) == ref.replace(second=0, microsecond=0)


def same_day(pred: datetime | date | None, ref: datetime | date) -> bool:
    """Same calendar day, in the reference's own UTC offset when both carry one."""
    if pred is None:
        return False
    if isinstance(pred, datetime):
        ref_tz = ref.tzinfo if isinstance(ref, datetime) else None
        if pred.tzinfo is not None and ref_tz is not None:
            pred = pred.astimezone(ref_tz)
        pred = pred.date()
    if isinstance(ref, datetime):
        ref = ref.date()
    return pred == ref


def _loose_key(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def item_recall(pred: Iterable[str], ref: Sequence[str]) -> float:
    """Share of reference items (captions, credits, key points) found in some predicted
    item: the same words in order, contained in a predicted item, or containing one at
    least half its length (case and punctuation ignored): "Photo: AP" finds "AP"."""
    if not ref:
        return 1.0
    guesses = [k for k in (_loose_key(p) for p in pred) if k]
    found = 0
    for item in ref:
        key = _loose_key(item)
        if key and any(key in g or (g in key and 2 * len(g) >= len(key)) for g in guesses):
            found += 1
    return found / len(ref)


def mean(values: Iterable[float]) -> float | None:
    items = list(values)
    return statistics.fmean(items) if items else None


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sequence."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]
