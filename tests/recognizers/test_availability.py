"""Round-the-clock availability ("24/7", "24/24", "7/7", "24 7") is not a date."""

from __future__ import annotations

import pytest

from conftest import Finder


@pytest.mark.parametrize(
    "text",
    [
        "disponible 24/7, llámame",
        "available 24/7",
        "atendimento 24/24",
        "ouvert 7/7 et 24/24",
        "disponibilă 24 7",
        "nos vemos el 24/7 a las 10",
    ],
)
@pytest.mark.parametrize("region", [None, "US"])
def test_round_the_clock_is_not_a_date(text: str, region: str | None, found: Finder) -> None:
    assert not [d for d in found(text, "date", region=region) if not d.startswith("T")]


@pytest.mark.parametrize(
    ("text", "dates"),
    [("el 24/07 a las 10", ["--07-24", "T10:00"]), ("el 24/7/2025", ["2025-07-24"]), ("el 7/8", ["--08-07"])],
)
def test_dates_near_the_availability_forms_stay(text: str, dates: list[str], found: Finder) -> None:
    assert found(text, "date") == dates
