"""Age and place families found with data/extract/fresh3_dev.jsonl (a fourth hand, weighted to ages).

The sentences are new ones, not the labelled snippets, so each test checks a family, not a string.
"""

from __future__ import annotations

import pytest

from conftest import Finder


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("mi vecina tiene dieciseis años y trabaja de noche", ["16"]),  # control: spelled right
        ("tengo dieziseis años", ["16"]),
        ("ela tem dezeseis anos", ["16"]),
        ("my cousin is ninteen and works in a bar", ["19"]),
        ("she's forteen, she told me", ["14"]),
        ("am saisprezce ani", ["16"]),
        ("veintidos años, recién llegada", ["22"]),
    ],
)
def test_misspelled_number_words(text: str, ages: list[str], found: Finder) -> None:
    assert found(text, "age") == ages


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("en la casa viven chicas de 16, 17 y 19 años", ["16", "17", "19"]),
        ("eram 13, 14, 15 e 17 anos, segundo a vizinha", ["13", "14", "15", "17"]),
        ("ages: 15, 18 and 20 (two boys, one girl)", ["15", "18", "20"]),
        ("the children are 5, 8 and 12", ["5", "8", "12"]),
        ("price list: 10, 12 and 15 euros", []),
    ],
)
def test_lists_of_ages(text: str, ages: list[str], found: Finder) -> None:
    assert found(text, "age") == ages


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("cumplí los 17 el lunes y me escribió", ["17"]),
        ("ela vai fazer 16 em agosto", ["16"]),
        ("fiz 19 semana passada", ["19"]),
        ("I turn sixteen next week", ["16"]),
        ("buscan una menor de 15 para limpiar", ["15"]),
        ("modelos webcam desde 18 años", ["18"]),
        ("tô com 16, minha mãe não sabe", ["16"]),
    ],
)
def test_birthdays_and_minors(text: str, ages: list[str], found: Finder) -> None:
    assert found(text, "age") == ages


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("[03/03/24, 21:10] Leo: how old are you? [03/03/24, 21:11] Amy: 15 why", ["15"]),
        ("[7/8/23 10:02] Ion: câți ani ai? [7/8/23 10:03] Ana: 13", ["13"]),
        ("Sam: quantos anos vc tem?\n[01.02.24, 09:15] Bia: 14 pq", ["14"]),
    ],
)
def test_an_answer_after_a_chat_timestamp(text: str, ages: list[str], found: Finder) -> None:
    assert found(text, "age") == ages


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("o Tiago tem 15 anos e a namorada 22", ["15", "22"]),
        ("la madre tiene 40 años y el abuelo 71", ["40", "71"]),
        ("mon petit frère a 8 ans", ["8"]),
        ("ma sœur a 6 ans et mon frère 9", ["6", "9"]),
        ("nueva en la zona, chica de 21, discreta", ["21"]),
        ("moça de 17, sem documentos", ["17"]),
    ],
)
def test_people_sharing_a_unit_and_a_girl_of_an_age(text: str, ages: list[str], found: Finder) -> None:
    assert found(text, "age") == ages


@pytest.mark.parametrize(
    "text",
    [
        "ça fait 15 ans que je travaille ici",
        "cela fait 20 ans qu'il habite là",
        "vivo aquí desde hace 18 años",
        "a chica de 20 euros la entrada",
    ],
)
def test_durations_and_prices_are_not_ages(text: str, found: Finder) -> None:
    assert found(text, "age") == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("vou pro Porto amanhã cedo", ["Porto"]),
        ("ela veio pro Recife com a tia", ["Recife"]),
    ],
)
def test_pro_is_a_place_preposition(text: str, places: list[str], found: Finder) -> None:
    assert found(text, "location") == places
