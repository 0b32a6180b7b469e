"""Risk levels order by loudness, not by their spelling."""

from __future__ import annotations

import pytest

from vigila.core.types import Level


def test_levels_order_by_rank_not_alphabet() -> None:
    # As plain strings "watch" > "warn" > "alert" > "none": a threshold test would pass for "watch".
    assert not Level.WATCH >= Level.WARN
    assert Level.ALERT > Level.WARN > Level.WATCH > Level.NONE
    assert sorted([Level.ALERT, Level.NONE, Level.WARN, Level.WATCH]) == list(Level)
    assert max(Level.WATCH, Level.WARN) is Level.WARN


def test_level_against_its_value_string() -> None:
    assert Level.ALERT >= "warn" and not Level.WATCH >= "warn"


def test_level_against_an_unknown_string_is_an_error() -> None:
    with pytest.raises(TypeError, match="cannot order"):
        _ = Level.WARN < "loud"
