"""Place families found with data/extract/fresh2_dev.jsonl (chat exports, tip lines, classifieds).

The sentences are new ones, not the labelled snippets, so each test checks a family, not a string.
"""

from __future__ import annotations

import pytest

from conftest import Finder


@pytest.mark.parametrize(
    "text",
    [
        "nos vemos en el Hotel Sevilla a las 10",
        "quedamos en el café Lisboa",
        "rdv devant la gare de Lyon",
        "piso en zona Chamberí, muy céntrico",
        "avenue de Toulouse, au coin",
        "mora na Rua de Lisboa",
        "el que manda se llama Cali",
        "le chauffeur s'appelle Nantes, je crois",
        "un tal Valencia lleva las cuentas",
        "para el piso llamar a Toledo 699 11 22 33",
        "pregunta por Granada en la barra",
        "fala com a Vitória amanhã",
    ],
)
def test_venues_stations_districts_streets_and_nicknames_are_not_places(text: str, found: Finder) -> None:
    assert found(text, "location") == []


@pytest.mark.parametrize(
    "text",
    [
        "sou a Larissa, nova aqui",
        "aqui é a Lorena do RH",
        "a Regina tem 15 anos",
        "pregúntale a Paris, es la que manda",
        "escribí a Sofia, me dijo que no",
        "Virginia said she would come",
        "dile a Victoria que me llame",
    ],
)
def test_given_name_places_that_are_people(text: str, found: Finder) -> None:
    assert found(text, "location") == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("elle vient d'Alger, elle a 20 ans", ["Algiers"]),
        ("she was brought to the UK last year", ["United Kingdom"]),
        ("job în SUA, viză plătită", ["United States"]),
        ("trabalho no Rio agora", ["Rio de Janeiro"]),
        ("il travaille à Casa maintenant", ["Casablanca"]),
        ("CEP 01310-100 Salvador", ["Salvador"]),
        ("Natal/RN, vaga urgente", ["Natal"]),
        ("am fost la Paris și la Roma", ["Paris", "Rome"]),
        ("Florence est une ville magnifique", ["Florence"]),
    ],
)
def test_places_other_writers_name(text: str, places: list[str], found: Finder) -> None:
    assert found(text, "location") == places
