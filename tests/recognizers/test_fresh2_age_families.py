"""Age families found with data/extract/fresh2_dev.jsonl (chat exports, tip lines, classifieds).

The sentences are new ones, not the labelled snippets, so each test checks a family, not a string.
"""

from __future__ import annotations

import pytest

from conftest import Finder


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("morena de 23 primaveras, nueva en la ciudad", ["23"]),
        ("tengo 16 abriles y quiero trabajar", ["16"]),
        ("douce et sympa, 21 printemps", ["21"]),
        ("am 19 primaveri si caut job", ["19"]),
    ],
)
def test_slang_units(text: str, ages: list[str], found: Finder) -> None:
    assert found(text, "age") == ages


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("eran cuatro, la más chica de 15", ["15"]),
        ("three girls, the oldest maybe 22", ["22"]),
        ("cea mai mică are 14, plânge mereu", ["14"]),
        ("la plus jeune, environ 16, ne parle pas français", ["16"]),
        ("a mais nova tem uns 13", ["13"]),
    ],
)
def test_the_youngest_or_oldest_of_a_group(text: str, ages: list[str], found: Finder) -> None:
    assert found(text, "age") == ages


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("buscamos chicas de 19-24 para temporada", ["19", "24"]),
        ("waitresses wanted, girls 20-28, cash daily", ["20", "28"]),
        ("meninas entre 18 e 22 para trabalhar em hotel", ["18", "22"]),
        ("angajăm fete 20-30 pentru bar", ["20", "30"]),
    ],
)
def test_a_range_after_people_has_no_unit(text: str, ages: list[str], found: Finder) -> None:
    assert found(text, "age") == ages


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("casting abierto, solo mayores de 18", ["18"]),
        ("vagas só para maiores de 21", ["21"]),
        ("angajam doar femei peste 20 de ani", ["20"]),
        ("hiring women over 21 for the club", ["21"]),
        ("girls 18+ only, dm me", ["18"]),
    ],
)
def test_a_minimum_age(text: str, ages: list[str], found: Finder) -> None:
    assert found(text, "age") == ages


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("cleaner for a family with two kids (4 & 9)", ["4", "9"]),
        ("madre soltera con 3 hijos (2, 5 y 11)", ["2", "5", "11"]),
        ("o fată de 6 ani a rămas singură", ["6"]),
    ],
)
def test_childrens_ages(text: str, ages: list[str], found: Finder) -> None:
    assert found(text, "age") == ages


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("tiene 15 años y dice que 18", ["15", "18"]),
        ("I'm 16 but I told him 19", ["16", "19"]),
        ("elle a 14 ans mais elle dit qu'elle en a 18", ["14", "18"]),
    ],
)
def test_the_age_someone_claims_after_a_real_one(text: str, ages: list[str], found: Finder) -> None:
    assert found(text, "age") == ages


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("¿qué edad tienes? — 17 jaja", ["17"]),
        ("how old r u?\nme: 15", ["15"]),
        ("câți ani ai? 16 dar arăt mai mare", ["16"]),
        ("quantos anos você tem? eu 14", ["14"]),
    ],
)
def test_the_answer_to_an_age_question(text: str, ages: list[str], found: Finder) -> None:
    assert found(text, "age") == ages


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("my niece turns seventeen tomorrow", ["17"]),
        ("mi prima cumplió 15 ayer", ["15"]),
        ("fiica ei împlinește 16 luna viitoare", ["16"]),
        ("my age is 20, my room is 12", ["20"]),
        ("mi edad es 19", ["19"]),
        ("Bianca, douăzeci și unu, din Cluj", ["21"]),
        ("Kim, nineteen, just moved", ["19"]),
    ],
)
def test_birthdays_labels_and_spelled_appositions(text: str, ages: list[str], found: Finder) -> None:
    assert found(text, "age") == ages


@pytest.mark.parametrize(
    "text",
    [
        "mi moto tiene 12 años y va perfecta",
        "o prédio tem 40 anos",
        "the building is 15 years old",
        "maşina are 11 ani, dar e bună",
        "un whisky de 18 ans d'âge",
        "vendo portátil, 11 años de uso",
        "¿cuántos años tienes? a las 10 paso",
        "le dije que 20 euros es poco",
        "chicas 20-30€ la hora",
        "girls 18-25 cm tall",
    ],
)
def test_not_a_persons_age(text: str, found: Finder) -> None:
    assert found(text, "age") == []
