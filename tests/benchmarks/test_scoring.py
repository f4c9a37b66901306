"""The harness's "with standfirst" view adds the standfirst once."""

from __future__ import annotations

from benchmarks.scoring import with_standfirst
from benchmarks.systems import Output


def test_the_standfirst_goes_in_front_of_the_text() -> None:
    (out,) = with_standfirst([Output(text="Body.", standfirst="Dek.")])
    assert out.text == "Dek.\n\nBody."


def test_a_text_that_starts_with_its_standfirst_is_left_alone() -> None:
    shown = Output(text="Dek.\n\nBody.", standfirst="Dek.")
    assert with_standfirst([shown, Output(text="Body.")]) == [shown, Output(text="Body.")]
