"""Normalisation: Unicode folding, noise removal, confusables and the reversible offset map."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vigila.text import normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("６１２ ３４５", "612 345"),  # full-width digits
        ("𝟔𝟏𝟐 𝟑𝟒𝟓", "612 345"),  # mathematical bold digits
        ("6️⃣1️⃣2️⃣", "612"),  # keycap emoji
        ("⓺❶➋", "612"),  # circled digits that NFKC leaves alone
        ("🔟", "10"),
        ("l\u200bo\u200dl\ufeffa", "lola"),  # zero-width characters
        ("gmаil", "gmail"),  # Cyrillic а inside a Latin word
        ("llama  al\t\u00a0 6", "llama al 6"),  # whitespace runs
        ("6OO l23 45S", "600 123 455"),  # letters standing in for digits
        ("SOS in the 60s and 1990s", "SOS in the 60s and 1990s"),  # no digit run, no change
        ("Olga dijo hola", "Olga dijo hola"),
        ("línea\nsegunda", "línea\nsegunda"),  # newlines kept
    ],
)
def test_folds_obfuscation_families(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


def test_cyrillic_word_is_left_alone() -> None:
    assert normalize("привет мир").text == "привет мир"


def test_span_maps_back_to_original() -> None:
    raw = "escribe al ６１２\u200b３４５ ya"
    n = normalize(raw)
    start = n.text.index("612345")
    o_start, o_end = n.to_original(start, start + 6)
    assert raw[o_start:o_end] == "６１２\u200b３４５"
    assert n.original_text(0, 7) == "escribe"
    tail = n.text.index("ya")
    assert n.original_text(tail, tail + 2) == "ya"


def test_keycap_span_covers_whole_emoji() -> None:
    raw = "a 1️⃣2️⃣ b"
    n = normalize(raw)
    assert n.text == "a 12 b"
    assert n.original_text(2, 4) == "1️⃣2️⃣"
    assert n.original_text(3, 4) == "2️⃣"


def test_bad_span_is_rejected() -> None:
    with pytest.raises(ValueError):
        normalize("abc").to_original(2, 9)


_PIECES = st.sampled_from(
    [
        "a",
        "b",
        "z",
        " ",
        "  ",
        "\t",
        "\n",
        "7",
        "\u200b",
        "１",
        "𝟗",
        "1️⃣",
        "⓵",
        "é",
        "e\u0301",
        "ﬁ",
        "!",
        "\u00a0",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_every_char_round_trips(pieces: list[str]) -> None:
    raw = "".join(pieces)
    n = normalize(raw)
    prev_end = 0
    for i, ch in enumerate(n.text):
        o_start, o_end = n.to_original(i, i + 1)
        assert 0 <= o_start < o_end <= len(raw)
        assert o_start >= prev_end - 2  # monotone (a folded piece may give several chars)
        assert ch in normalize(raw[o_start:o_end]).text or ch == " "
        prev_end = o_end
    if n.text:
        whole = n.to_original(0, len(n.text))
        assert whole[1] <= len(raw)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_text_gives_valid_spans(raw: str) -> None:
    n = normalize(raw)
    for start in range(len(n.text) + 1):
        for end in (start, min(len(n.text), start + 3)):
            o_start, o_end = n.to_original(start, end)
            assert 0 <= o_start <= o_end <= len(raw)
