"""Properties and examples of :func:`newsparse.toolkit.dateline.split_dateline`."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.toolkit.dateline import split_dateline

DATELINES = [
    # (text, dateline text, location, agency, date_text, remainder)
    ("WASHINGTON (AP) — Secretary of State Antony Blinken", "WASHINGTON (AP) —", "WASHINGTON", "AP",
     None, "Secretary of State Antony Blinken"),
    ("LONDON, Nov 27 (Reuters) - Britain said on Monday", "LONDON, Nov 27 (Reuters) -", "LONDON",
     "Reuters", "Nov 27", "Britain said on Monday"),
    ("PARIS (AFP) – Le gouvernement a annoncé", "PARIS (AFP) –", "PARIS", "AFP", None,
     "Le gouvernement a annoncé"),
    ("BERLIN (dpa) - Die Bundesregierung will", "BERLIN (dpa) -", "BERLIN", "dpa", None,
     "Die Bundesregierung will"),
    ("Berlin (dpa) - Die Bundesregierung will", "Berlin (dpa) -", "Berlin", "dpa", None,
     "Die Bundesregierung will"),
    ("Newslooks- WASHINGTON (AP)", "Newslooks- WASHINGTON (AP)", "WASHINGTON", "AP", None, ""),
    ("KYIV, Ukraine — Russian forces attacked", "KYIV, Ukraine —", "KYIV, Ukraine", None, None,
     "Russian forces attacked"),
    ("MADRID (EFE).- El Gobierno español", "MADRID (EFE).-", "MADRID", "EFE", None,
     "El Gobierno español"),
    ("ROM (dpa) - Papst Franziskus hat", "ROM (dpa) -", "ROM", "dpa", None, "Papst Franziskus hat"),
    ("Paris, 27 nov. (AFP) - Le président", "Paris, 27 nov. (AFP) -", "Paris", "AFP", "27 nov.",
     "Le président"),
    ("RIO DE JANEIRO, Brazil (AP) — Police said", "RIO DE JANEIRO, Brazil (AP) —",
     "RIO DE JANEIRO, Brazil", "AP", None, "Police said"),
    ("Düsseldorf (dpa/lnw) - Ein Lastwagen", "Düsseldorf (dpa/lnw) -", "Düsseldorf", "dpa/lnw",
     None, "Ein Lastwagen"),
    ("WASHINGTON — The Senate voted", "WASHINGTON —", "WASHINGTON", None, None, "The Senate voted"),
    ("NEW DELHI: Pakistan's approach is evolving", "NEW DELHI:", "NEW DELHI", None, None,
     "Pakistan's approach is evolving"),
    ("PUTRAJAYA, Nov 22 — Private companies did not pay", "PUTRAJAYA, Nov 22 —", "PUTRAJAYA",
     None, "Nov 22", "Private companies did not pay"),
    ("LA CROSSE, Wis. (AP) — After a summer", "LA CROSSE, Wis. (AP) —", "LA CROSSE, Wis.", "AP",
     None, "After a summer"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "printed", "location", "agency", "date_text", "rest"), DATELINES)
def test_datelines(
    text: str,
    printed: str,
    location: str,
    agency: str | None,
    date_text: str | None,
    rest: str,
) -> None:
    found = split_dateline(text)
    assert found is not None
    dateline, remainder = found
    assert (dateline.text, dateline.location, dateline.agency, dateline.date_text) == (
        printed,
        location,
        agency,
        date_text,
    )
    assert remainder == rest


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. (and allies) — went to war.",
        "BREAKING — Something happened.",
        "NATO — the alliance — met today.",
        "In Berlin (dpa) - Die Regierung",
        "Paris (France) is a city.",
        "Washington — The Senate voted",  # Title-case place without an agency: too risky
        "Apple (AAPL) - Shares rose",
        "He said (Reuters) - No comment",
        "U.S. — Officials said",
        "I — Am not a dateline",
        "UPDATE: The story has changed.",
        "QUICK SUMMARY: Dig into some of the best tutorials.",
        "SKU: TXSB06",
        "LIGHTEN YOUR LOAD – Start by weeding out things.",
        "SACHA PFEIFFER, HOST: The Texas Legislature is holding a session.",
        "GNW - Gaming News Weekly",
        "VAC (Valve Anti-Cheat)",
        "",
        "   ",
        "Secretary of State Antony Blinken is turning his attention to Ukraine.",
    ],
)
def test_not_datelines(text: str) -> None:
    assert split_dateline(text) is None


@settings(max_examples=300)
@given(st.text(max_size=200))
def test_never_raises_and_text_is_kept(text: str) -> None:
    found = split_dateline(text)
    if found is not None:
        dateline, rest = found
        assert "".join((dateline.text + rest).split()) == "".join(text.split())
        squeezed = "".join(dateline.text.split())
        for part in (dateline.location, dateline.agency, dateline.date_text):
            assert part is None or "".join(part.split()) in squeezed


_PLACES = st.sampled_from(["WASHINGTON", "NEW YORK", "KYIV, Ukraine", "Berlin", "LONDON"])
_AGENCIES = st.sampled_from(["AP", "Reuters", "AFP", "dpa"])
_DASHES = st.sampled_from(["-", "–", "—", "--"])


@given(_PLACES, _AGENCIES, _DASHES, st.sampled_from(["The", "Die", "Le", "A", "Police"]))
def test_generated_agency_datelines(place: str, agency: str, dash: str, first: str) -> None:
    found = split_dateline(f"{place} ({agency}) {dash} {first} said on Monday.")
    assert found is not None
    dateline, rest = found
    assert dateline.agency == agency
    assert dateline.location == place
    assert rest == f"{first} said on Monday."
