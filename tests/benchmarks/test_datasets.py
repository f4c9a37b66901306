"""Reading the corpus: selection by dataset, site and limit (skipped without the corpus)."""

from __future__ import annotations

import pytest

from benchmarks import datasets

CORPUS = datasets.corpus_dir()
pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus absent at {CORPUS}"),
]


def test_limit_keeps_the_first_pages_of_each_dataset_by_id() -> None:
    cases = datasets.load(CORPUS, limit=3)
    for name in datasets.DATASETS:
        ids = [c.id for c in cases if c.dataset == name]
        assert len(ids) == 3
        assert ids == sorted(ids)


def test_sites_select_datasets_and_sites() -> None:
    fundus = datasets.load(CORPUS, sites=["fundus"])
    assert fundus
    assert {c.dataset for c in fundus} == {"fundus"}
    nytimes = datasets.load(CORPUS, sites=["readability:nytimes"])
    assert nytimes
    assert all(c.dataset == "readability" and "nytimes" in c.site for c in nytimes)


def test_fundus_truth_has_body_title_and_date() -> None:
    for case in datasets.load(CORPUS, sites=["fundus"], limit=5):
        assert case.truth.text
        assert case.truth.title
        assert case.truth.published is not None
        assert case.html().lstrip()[:1] == b"<"


def test_wcxb_marks_non_articles() -> None:
    cases = datasets.load(CORPUS, sites=["wcxb"])
    kinds = {c.truth.is_article for c in cases}
    assert kinds == {True, False}


def test_wcxb_urls_are_absolute_or_none() -> None:
    # Some truth files hold "url": "", which newsparse.parse rejects as an invalid URL.
    cases = datasets.load(CORPUS, sites=["wcxb"])
    assert all(c.url is None or c.url.startswith(("http://", "https://")) for c in cases)
