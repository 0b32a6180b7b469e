"""Date and money families found with data/extract/fresh2_dev.jsonl and fresh_dev.jsonl.

The sentences are new ones, not the labelled snippets, so each test checks a family, not a string.
"""

from __future__ import annotations

import pytest

from conftest import Finder


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("te paso a buscar a las 7 y media", ["T07:30"]),
        ("chego às 10 e meia", ["T10:30"]),
        ("rendez-vous à 9 et quart", ["T09:15"]),
        ("vino la ora 6 și jumătate", ["T06:30"]),
    ],
)
def test_half_and_quarter_hours(text: str, times: list[str], found: Finder) -> None:
    assert found(text, "date") == times


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("zborul e pe 3 mai", ["--05-03"]),
        ("we leave on 4 mar", ["--03-04"]),
    ],
)
def test_short_month_after_a_day_preposition(text: str, dates: list[str], found: Finder) -> None:
    assert found(text, "date") == dates


def test_a_range_after_people_is_not_opening_hours(found: Finder) -> None:
    assert found("buscamos chicas entre 19 y 23 para el bar", "date") == []


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("il m'a prêté 200 balles", ["200 EUR"]),
        ("salaire 150 000 FCFA par mois", ["150000 XOF"]),
        ("pay is 18k PHP a month", ["18000 PHP"]),
        ("ganha 3500 francos na Suíça", ["3500 CHF"]),
        ("salariu 9000 MDL la Chișinău", ["9000 MDL"]),
    ],
)
def test_slang_and_regional_currencies(text: str, amounts: list[str], found: Finder) -> None:
    assert found(text, "money") == amounts
