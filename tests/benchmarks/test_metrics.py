"""The benchmark metrics against examples worked out by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from benchmarks.datasets import html_text

from benchmarks import metrics


def test_shingles_are_word_4grams_counted_as_a_multiset() -> None:
    assert metrics.shingles("a b c d e a b c d") == {
        ("a", "b", "c", "d"): 2,
        ("b", "c", "d", "e"): 1,
        ("c", "d", "e", "a"): 1,
        ("d", "e", "a", "b"): 1,
        ("e", "a", "b", "c"): 1,
    }


def test_a_text_of_fewer_than_four_words_is_one_shingle() -> None:
    assert metrics.shingles("Hello, world!") == {("Hello", "world"): 1}
    assert metrics.shingles("  ") == {}


def test_shingle_counts_are_normalized_to_sum_to_one() -> None:
    # truth: abcd, bcde; prediction: abcd -> tp 1, fp 0, fn 1 -> halves.
    assert metrics.shingle_counts("a b c d e", "a b c d") == (0.5, 0.0, 0.5)
    assert metrics.shingle_counts("", "") == (0.0, 0.0, 0.0)


def test_shingles_keep_case() -> None:
    assert metrics.shingle_counts("The cat sat down", "the cat sat down") == (0.0, 0.5, 0.5)


def test_shingle_prf_averages_precision_and_recall_over_their_own_pages() -> None:
    half = (0.5, 0.0, 0.5)  # precision 1, recall 0.5
    spurious = metrics.shingle_counts("", "w x y z")  # precision 0, no recall term
    assert spurious == (0.0, 1.0, 0.0)
    both_empty = (0.0, 0.0, 0.0)  # in neither mean
    score = metrics.shingle_prf([half, spurious, both_empty])
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(0.5)
    assert score.f1 == pytest.approx(0.5)


def test_snippet_counts_collapse_whitespace() -> None:
    counts = metrics.snippet_counts(
        "Hello   world\nfoo", with_=["Hello world", "bar"], without=["foo", "baz"]
    )
    assert counts == (1, 1, 1, 1)


def test_snippet_prf_sums_counts_over_the_corpus() -> None:
    score = metrics.snippet_prf([(1, 1, 1, 1), (2, 0, 0, 3)])
    assert score.precision == pytest.approx(0.75)
    assert score.recall == pytest.approx(0.75)
    assert score.f1 == pytest.approx(0.75)


def test_bag_of_words_is_lowercased_multiset_overlap() -> None:
    # pred: the, cat, the, dog; ref: the, cat, sat -> overlap 2.
    score = metrics.bag_of_words("The cat the dog", "the cat sat")
    assert score.precision == pytest.approx(2 / 4)
    assert score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))


def test_bag_of_words_empty_sides() -> None:
    assert metrics.bag_of_words("", "").f1 == 1.0
    assert metrics.bag_of_words("words", "").f1 == 0.0
    assert metrics.bag_of_words("", "words").f1 == 0.0


def test_macro_averages_each_figure() -> None:
    scores = [
        metrics.PRF(precision=1.0, recall=0.5, f1=0.6),
        metrics.PRF(precision=0.0, recall=0.5, f1=0.2),
    ]
    average = metrics.macro(scores)
    assert (average.precision, average.recall) == (0.5, 0.5)
    assert average.f1 == pytest.approx(0.4)


def test_rouge_lsum_takes_the_union_of_lcs_per_reference_line() -> None:
    # line "a b c d" vs "a c d" -> a c d; line "e f" vs "f e" -> e (tie broken like
    # rouge-score: upwards). 4 hits of 6 reference and 5 predicted tokens.
    score = metrics.rouge_lsum("a b c d\ne f", "a c d\nf e")
    assert score.precision == pytest.approx(4 / 5)
    assert score.recall == pytest.approx(4 / 6)
    assert score.f1 == pytest.approx(2 * 0.8 * (4 / 6) / (0.8 + 4 / 6))


def test_rouge_lsum_clips_hits_by_token_counts() -> None:
    # Both reference lines match "a b", but the prediction has only one a and one b.
    score = metrics.rouge_lsum("a b\na b", "a b")
    assert (score.precision, score.recall) == (1.0, 0.5)


def test_rouge_lsum_of_empty_text_is_zero() -> None:
    assert metrics.rouge_lsum("", "words here").f1 == 0.0
    assert metrics.rouge_lsum("words here", "").f1 == 0.0


def test_rouge_lsum_keeps_non_latin_words() -> None:
    assert metrics.rouge_lsum("Grüße aus Köln", "Grüße aus Köln").f1 == 1.0


def test_rouge_lsum_matches_rouge_score_on_ascii_text() -> None:
    rouge_scorer = pytest.importorskip("rouge_score.rouge_scorer")
    scorer = rouge_scorer.RougeScorer(["rougeLsum"], use_stemmer=False, split_summaries=False)
    pairs = [
        (
            "The council voted on Tuesday.\nIt approved the budget of 2025.\nCritics left.",
            "Subscribe\nThe council voted Tuesday and approved the budget.\nCritics left early.",
        ),
        ("one two three four five\nsix seven", "seven six\nfive four three two one"),
        ("the the the cat\nthe dog", "the cat the dog the"),
    ]
    for ref, pred in pairs:
        expected = scorer.score(ref, pred)["rougeLsum"]
        ours = metrics.rouge_lsum(ref, pred)
        assert ours.precision == pytest.approx(expected.precision)
        assert ours.recall == pytest.approx(expected.recall)
        assert ours.f1 == pytest.approx(expected.fmeasure)


def test_exact_match_normalizes_whitespace_only() -> None:
    assert metrics.exact_match("  Budget   vote\n", "Budget vote")
    assert not metrics.exact_match("Budget Vote", "Budget vote")
    assert not metrics.exact_match(None, "Budget vote")


def test_set_f1_of_author_names() -> None:
    assert metrics.set_f1(["Jane Doe", "john  smith"], ["John Smith", "Ann Lee"]) == 0.5
    assert metrics.set_f1([], []) == 1.0
    assert metrics.set_f1(["Someone"], []) == 0.0


def test_same_minute_compares_instants() -> None:
    ref = datetime(2024, 11, 18, 21, 26, 36, tzinfo=UTC)
    plus_one = timezone(timedelta(hours=1))
    assert metrics.same_minute(datetime(2024, 11, 18, 22, 26, 59, tzinfo=plus_one), ref)
    assert not metrics.same_minute(datetime(2024, 11, 18, 22, 27, tzinfo=plus_one), ref)
    assert metrics.same_minute(datetime(2024, 11, 18, 21, 26), ref)  # naive: wall time
    assert not metrics.same_minute(None, ref)


def test_same_day_uses_the_reference_offset() -> None:
    ref = datetime(2024, 11, 18, 23, 45, tzinfo=UTC)
    late = datetime(2024, 11, 19, 0, 30, tzinfo=timezone(timedelta(hours=1)))
    assert metrics.same_day(late, ref)
    assert metrics.same_day(date(2024, 11, 18), ref)
    assert not metrics.same_day(date(2024, 11, 19), date(2024, 11, 18))


def test_item_recall_matches_contained_items() -> None:
    found = metrics.item_recall(
        ["Photo: AP", "A long caption, here."],
        ["AP", "a long caption here", "missing"],
    )
    assert found == pytest.approx(2 / 3)
    # A much shorter prediction does not count as finding a long item.
    assert metrics.item_recall(["a"], ["a long caption"]) == 0.0
    assert metrics.item_recall([], []) == 1.0


def test_percentile_is_nearest_rank() -> None:
    assert metrics.percentile([float(v) for v in range(10, 0, -1)], 90) == 9.0
    assert metrics.percentile([5.0], 90) == 5.0
    assert metrics.percentile([1.0, 2.0], 50) == 1.0


def test_html_text_puts_blocks_on_their_own_paragraph() -> None:
    markup = b"<div><h2>Title</h2><p>One <b>two</b></p><p>Three<br>four</p></div>"
    assert html_text(markup) == "Title\n\nOne two\n\nThree\n\nfour"
