"""Properties and examples of :func:`newsparse.toolkit.credits.split_credit`."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.toolkit.credits import clean_credit, split_credit
from newsparse.toolkit.text import normalize_space

CASES = [
    ("Blinken boards his aircraft. (Saul Loeb/Pool via AP)", "Blinken boards his aircraft.",
     "Saul Loeb/Pool via AP"),
    ("Blinken in Berlin, May 15, 2022. (AP Photo/Michael Sohn, File)",
     "Blinken in Berlin, May 15, 2022.", "AP Photo/Michael Sohn, File"),
    ("A man walks. Photo: John Smith", "A man walks.", "John Smith"),
    # A label inside the parentheses is no part of the credit.
    ("The King arrives at Parliament (Picture: Getty)", "The King arrives at Parliament", "Getty"),
    ("A view of the bay (Photo by Jane Doe/AFP)", "A view of the bay", "Jane Doe/AFP"),
    ("Ein Mann auf der Straße. Foto: dpa", "Ein Mann auf der Straße.", "dpa"),
    ("Ein Mann auf der Straße Foto: picture alliance/dpa", "Ein Mann auf der Straße",
     "picture alliance/dpa"),
    ("Die Altstadt. © Imago", "Die Altstadt.", "Imago"),
    ("A protester in Paris. REUTERS/Benoit Tessier", "A protester in Paris.",
     "REUTERS/Benoit Tessier"),
    ("A protester. Jane Doe/AFP via Getty Images", "A protester.", "Jane Doe/AFP via Getty Images"),
    ("Trump speaks in Ohio. Getty Images", "Trump speaks in Ohio.", "Getty Images"),
    ("Image: NASA", None, "NASA"),
    ("Credit: Tom Jones", None, "Tom Jones"),
    ("Bild: Keystone", None, "Keystone"),
    ("Sunset over the bay | Photo by Jane Doe", "Sunset over the bay", "Jane Doe"),
    ("(AP Photo/Evan Vucci)", None, "AP Photo/Evan Vucci"),
    ("A camp in Shengjin. Alketa Misja (dpa/picture alliance via Getty)", "A camp in Shengjin.",
     "Alketa Misja (dpa/picture alliance via Getty)"),
    ("Soldiers in Kundus. The morning (AP Photo)", "Soldiers in Kundus. The morning", "AP Photo"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "caption", "credit"), CASES)
def test_split(text: str, caption: str | None, credit: str | None) -> None:
    assert split_credit(text) == (caption, credit)


@pytest.mark.parametrize(
    "text",
    [
        "The photo shows a man (left) with a dog.",
        "The AP reported it first",
        "Photographs are great (really)",
        "The ratio was 3:1 in the end.",
        "Reuters and AFP reported the attack",
    ],
)
def test_no_credit(text: str) -> None:
    assert split_credit(text) == (text, None)


def test_empty() -> None:
    assert split_credit("") == (None, None)
    assert split_credit("  \n ") == (None, None)


_PIECES = st.sampled_from(
    ["Photo:", "Foto:", "©", "(AP Photo/X)", "REUTERS/", "via", "Getty Images", "|", " ", ".", "a"]
)


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=12).map("".join)))
def test_never_raises_and_parts_come_from_the_input(text: str) -> None:
    caption, credit = split_credit(text)
    source = normalize_space(text)
    for part in (caption, credit):
        if part is not None:
            assert part.strip()
            assert part in source


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Photo by GHULAM RASOOL", "GHULAM RASOOL"),
        ("Foto: Urs Flueeler (Keystone)", "Urs Flueeler (Keystone)"),
        ("(AP Photo/Evan Vucci)", "AP Photo/Evan Vucci"),
        ("© Foto: dpa", "dpa"),
        ("Imago/Blaulicht-News.de", "Imago/Blaulicht-News.de"),
        ("Copyright", None),
        ("Foto:", None),
        ("", None),
    ],
)
def test_clean_credit(text: str, credit: str | None) -> None:
    assert clean_credit(text) == credit


@given(st.text(max_size=120))
def test_clean_credit_never_raises_and_stays_in_input(text: str) -> None:
    credit = clean_credit(text)
    assert credit is None or (credit.strip() and credit in normalize_space(text))
