"""Fast screens and scan shortcuts give the same answers as the patterns they stand in for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from vigila.recognizers import money, phone
from vigila.recognizers.base import matches_from, trie_pattern

# Characters that make masks, gaps and currency codes interesting; "ſ" matches "s" ignoring case.
_MASK_CHARS = "0123456789 -/.:hxAZESTbO٣_é\nfF"
_GAP_CHARS = " \n\t\u00a0/,;|.-_·•*~()[]xXkKoOrusaS€+:%é\u2003"
_TOKEN_CHARS = "0123456789+ -.\nsixeunodzrtwaß٣é"
_MONEY_CHARS = "0123456789 .,€$£EURurUSDusdGBPgbpBRLbrlRONronſİk-"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_MASK_CHARS, max_size=60) | st.text(alphabet="AB0123 ", min_size=20, max_size=60))
def test_fast_mask_finds_the_same_spans(text: str) -> None:
    assert [m.span() for m in phone._mask_pattern(text).finditer(text)] == [
        m.span() for m in phone._MASK.finditer(text)
    ]


def test_fast_mask_covers_iban_card_and_dates() -> None:
    text = "IBAN ES91 2100 0418 4502 0005 1332, card 4111 1111 1111 1111, 12/05/2025 a las 22:30, 0xdeadbeef"
    spans = [m.span() for m in phone._mask_pattern(text).finditer(text)]
    assert spans == [m.span() for m in phone._MASK.finditer(text)]
    assert len(spans) == 5


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_GAP_CHARS, min_size=7, max_size=14))
def test_long_gaps_rejected_early_are_rejected_by_the_patterns(gap: str) -> None:
    if len(gap.strip()) > 3:
        assert not phone._WEAK_GAP.fullmatch(gap)
        assert not phone._STRONG_GAP.fullmatch(gap)
        assert gap.strip(" ").lower() not in phone._GAP_LETTERS


# The plain token scan that `phone._NUMBER_TOKEN` stands in for: the scanner restarting at every character.
_PLAIN_TOKEN = re.compile(r"\+|\d+|(?<![a-z])" + trie_pattern(phone._WORD_SET) + r"(?![a-z])")


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=_TOKEN_CHARS, max_size=40))
def test_word_skipping_token_scan_finds_the_plain_scans_tokens(text: str) -> None:
    tokens = [(m.span(1), m.group(1)) for m in phone._number_tokens(text)]
    assert tokens == [(m.span(), m.group()) for m in _PLAIN_TOKEN.finditer(text)]


def test_word_skipping_token_scan_reads_words_digits_and_plus() -> None:
    text = "llama al seis uno 12+34, sixty-six seisx xsix dos\n٣ et"
    tokens = [m.group(1) for m in phone._number_tokens(text)]
    assert tokens == [m.group() for m in _PLAIN_TOKEN.finditer(text)]
    assert tokens == ["seis", "uno", "12", "+", "34", "sixty", "six", "dos", "٣", "et"]


def test_fold_matches_the_accent_fold() -> None:
    text = "Zéro SIX Douze, ȘASE șapte — Ünë ÇA 👻 Ωmega"
    assert phone._fold(text) == "zero six douze, sase sapte — une ca 👻 Ωmega"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_MONEY_CHARS, max_size=25))
def test_currency_first_scan_from_code_starts_is_a_full_scan(text: str) -> None:
    fast = [m.span() for m in matches_from(money._BEFORE, text, money._code_starts(text))]
    assert fast == [m.span() for m in money._BEFORE.finditer(text)]


def test_currency_first_scan_sees_long_s_and_signs() -> None:
    text = "precio: uſd 20, €5 y R$ 10, EUR 3"
    fast = [m.span() for m in matches_from(money._BEFORE, text, money._code_starts(text))]
    assert fast == [m.span() for m in money._BEFORE.finditer(text)]
    assert len(fast) == 4
