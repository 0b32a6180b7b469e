"""Every character the leetspeak run matches has a mapping, so no input crashes the matcher."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vigila.indicators import find_signals
from vigila.indicators.fold import _LEET, _LEET_RUN


def test_every_leet_run_character_is_mapped() -> None:
    for ch in "0123456789@$":
        if _LEET_RUN.search(f"a{ch}b"):
            assert ch in _LEET, ch


def test_digit_nine_between_letters_does_not_crash() -> None:
    signals = find_signals("a9b: te pagamos el billete y lo descuentas del sueldo", lang="es")
    assert signals


@given(st.text(alphabet="ab9713@$ 0", max_size=40))
def test_any_mix_of_letters_and_leet_characters_is_safe(text: str) -> None:
    find_signals(text)
