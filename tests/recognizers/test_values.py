"""Money, ages, places and dates."""

from __future__ import annotations

import pytest

import vigila
from conftest import Finder


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("pago 3000€ al mes", "3000 EUR"),
        ("€1.500 por semana", "1500 EUR"),
        ("$2,500 a week", "2500 USD"),
        ("200 rosas la hora", "200 ROSES"),
        ("500 roses per hour", "500 ROSES"),
        ("2k € limpios", "2000 EUR"),
        ("3 mil euros", "3000 EUR"),
        ("R$ 1.299,90 à vista", "1299.9 BRL"),
        ("1500 lei pe săptămână", "1500 RON"),
    ],
)
def test_money(text: str, money: str, found: Finder) -> None:
    assert found(text, "money") == [money]


def test_a_few_flowers_are_not_money(found: Finder) -> None:
    assert found("I bought her 3 roses", "money") == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("19yo new in town", "19"),
        ("tengo 17 años", "17"),
        ("chica de 19 años", "19"),
        ("j'ai 17 ans", "17"),
        ("tenho 16 anos", "16"),
        ("am 17 ani", "17"),
        ("edad: 20", "20"),
        ("tengo diecisiete años", "17"),
        ("am șaisprezece ani", "16"),
        ("I am 25 years old", "25"),
    ],
)
def test_ages(text: str, age: str, found: Finder) -> None:
    assert found(text, "age") == [age]


@pytest.mark.parametrize(
    "text",
    [
        "5 años de experiencia",
        "hace 3 años",
        "I have 3 years of experience",
        "for 10 years",
        "contrato de 2 años",
        "il y a 2 ans",
    ],
)
def test_durations_are_not_ages(text: str, found: Finder) -> None:
    assert found(text, "age") == []


def test_places_have_coordinates(found: Finder) -> None:
    places = [e for e in vigila.extract("vivo en Nueva York y viajo a Rumanía") if e.type == "location"]
    assert [p.normalized for p in places] == ["New York City", "Romania"]
    assert places[0].attributes["country"] == "US"
    assert 40 < places[0].attributes["latitude"] < 41
    assert places[1].attributes["kind"] == "country"


def test_words_that_are_also_places(found: Finder) -> None:
    assert found("Como te dije, mira la oferta", "location") == []
    assert found("Soy Sofia", "location") == []
    assert found("vivo en Sofia", "location") == ["Sofia"]
    assert found("CEP 01310-100 Avenida Paulista", "location") == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("el 03/04/2025 a las 18:30", ["2025-04-03", "T18:30"]),
        ("on 2024-05-12", ["2024-05-12"]),
        ("12 de mayo", ["--05-12"]),
        ("May 12th, 2024 at 9 pm", ["2024-05-12", "T21:00"]),
        ("le 1er mai à 15h", ["--05-01", "T15:00"]),
        ("de 10 a 22h", ["T10:00", "T22:00"]),
        ("pe 15 martie la ora 10", ["--03-15", "T10:00"]),
    ],
)
def test_dates(text: str, dates: list[str], found: Finder) -> None:
    assert found(text, "date") == dates


def test_us_region_reads_month_first(found: Finder) -> None:
    assert found("on 03/04/2025", "date", region="US") == ["2025-03-04"]
