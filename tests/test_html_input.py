"""The input layer's shortcuts agree with the exact scans they stand in for."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.html_input import _BLANK, _CONTROL_BYTES, _CONTROLS, _limit_attributes, _needs_scan
from newsparse.limits import Limits

# Small limits, so generated tags can exceed them.
_LIMITS = Limits(max_attributes=3, max_elements=6)

_attribute = st.sampled_from(['a="1"', "b='>'", "c", 'd=">x<"', "e=f", 'g=""', "/", 'h="a b"'])
_tag = st.builds(
    lambda close, name, attributes, sep: f"<{close}{name}{sep}{sep.join(attributes)}>",
    st.sampled_from(["", "/"]),
    st.sampled_from(["div", "p", "script", "a", "x-y"]),
    st.lists(_attribute, max_size=6),
    st.sampled_from([" ", "\n", ""]),
)
_piece = st.one_of(
    _tag,
    st.sampled_from(["text", "<!-- <p a b c d e> -->", "</script>", "<", ">", "'", '"']),
)


@given(st.lists(_piece, max_size=20).map("".join))
def test_the_shortcut_never_skips_a_scan_that_would_matter(text: str) -> None:
    trimmed, changed, starts = _limit_attributes(text, _LIMITS.max_attributes)
    if changed or starts > _LIMITS.max_elements:
        assert _needs_scan(text, _LIMITS)
    if not _needs_scan(text, _LIMITS):
        assert trimmed == text


def test_a_tag_over_the_attribute_limit_needs_the_scan() -> None:
    assert _needs_scan('<div a="1" b="2" c="3" d="4">', _LIMITS)
    assert _needs_scan('<div a=">" b=">" c=">" d=">">', _LIMITS)
    assert not _needs_scan('<div a="1" b="2" c="3">', _LIMITS)


@given(st.text())
def test_deleting_control_bytes_equals_deleting_control_characters(text: str) -> None:
    encoded = text.encode("utf-8", "surrogatepass")
    assert encoded.translate(None, _CONTROL_BYTES) == _CONTROLS.sub("", text).encode(
        "utf-8", "surrogatepass"
    )


@given(st.text())
def test_blank_means_whitespace_and_controls_only(text: str) -> None:
    assert (not text.strip(_BLANK)) == (not _CONTROLS.sub("", text).strip(" \t\n\r\f\v"))
