"""Every entity's span points at its value in the ORIGINAL text, whatever noise surrounds it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vigila

_NOISE = st.sampled_from(["", " ", "\u200b", "  ", "１", "é", "🌹", "\n", "ａ", "—", "...", "ﬁ"])
_PIECES = st.sampled_from(
    [
        "llama al 6１2 345 ６78",
        "lola at gmail dot com",
        "t.me/sweet_lola",
        "200 rosas",
        "tengo 19 años",
        "vivo en Madrid",
        "el 12 de mayo",
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
        "seis uno dos 345 678",
        "hola",
        "www.lola-vip.com/x",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_NOISE, _PIECES), min_size=1, max_size=6))
def test_values_are_slices_of_the_original(parts: list[tuple[str, str]]) -> None:
    text = " ".join(noise + piece for noise, piece in parts)
    previous_end = 0
    for entity in vigila.extract(text):
        assert text[entity.start : entity.end] == entity.value
        assert entity.start >= previous_end  # sorted, no overlaps
        previous_end = entity.end


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_any_text_is_safe(text: str) -> None:
    for entity in vigila.extract(text):
        assert 0 <= entity.start < entity.end <= len(text)
        assert text[entity.start : entity.end] == entity.value


def test_span_covers_obfuscated_original() -> None:
    text = "tel ６️⃣1️⃣2️⃣ 3\u200b45 6７8 ok"
    [phone] = vigila.extract(text)
    assert phone.normalized == "+34612345678"
    assert phone.value == text[phone.start : phone.end]
    assert phone.value.startswith("６") and phone.value.endswith("７8")


_EVAL = Path(__file__).resolve().parents[2] / "data" / "extract" / "eval.jsonl"


@pytest.mark.skipif(not _EVAL.is_file(), reason="data/extract/eval.jsonl is not in this checkout")
def test_evaluation_set_spans_round_trip() -> None:
    for line in _EVAL.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        for entity in vigila.extract(text):
            assert text[entity.start : entity.end] == entity.value
