"""Failure families found with data/extract/fresh.jsonl: ages and places as other writers put them.

The examples here are new sentences, not the labelled ones, so each test checks the family, not a string.
"""

from __future__ import annotations

import pytest

from conftest import Finder


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("buscamos camareras de 20 a 30 años", ["20", "30"]),
        ("fete între 19 și 26 de ani", ["19", "26"]),
        ("hôtesses de 21 à 27 ans", ["21", "27"]),
        ("models aged 21-28 wanted", ["21", "28"]),
        ("girls aged nineteen to twenty-four", ["19", "24"]),
        ("idade: 18-35, sem experiência", ["18", "35"]),
    ],
)
def test_both_ends_of_an_age_range(text: str, ages: list[str], found: Finder) -> None:
    assert found(text, "age") == ages


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("tengo dieciocho pero parezco mayor", "18"),
        ("she is twenty and new here", "20"),
        ("eu tenho 16 😊", "16"),
        ("Im 17 is that bad", "17"),
        ("cumplo 18 la semana que viene", "18"),
        ("faço 19 em junho", "19"),
        ("turning 18 next month", "18"),
        ("age: 23 years", "23"),
        ("I am 24yrs", "24"),
        ("jeune femme de dix-huit ans", "18"),
    ],
)
def test_ages_without_a_unit_or_spelled(text: str, age: str, found: Finder) -> None:
    assert found(text, "age") == [age]


@pytest.mark.parametrize(
    "text",
    [
        "tengo 20 euros en el bolsillo",
        "I'm 5 minutes away",
        "I'll be 20 minutes late",
        "llevo 12 años en Valencia",
        "morei 15 anos em Paris",
        "tengo 25 años de casada",
        "am lucrat 11 ani în Italia",
        "Contract of 37.5 hours, 28 days holiday",
        "Calle Mayor, 24, bajo",
    ],
)
def test_numbers_that_are_not_ages(text: str, found: Finder) -> None:
    assert found(text, "age") == []


@pytest.mark.parametrize(
    ("text", "age"),
    [("Lara, 22, morena, en el centro", "22"), ("new in town: Kim, 24, petite", "24")],
)
def test_an_age_set_off_by_commas(text: str, age: str, found: Finder) -> None:
    assert found(text, "age") == [age]


def test_ages_of_children_need_a_child_named(found: Finder) -> None:
    assert found("mi hija tiene 6 años", "age") == ["6"]
    assert found("deux enfants (3 et 5 ans)", "age") == ["3", "5"]
    assert found("contrato de 3 años", "age") == []
    assert found("hace 4 años", "age") == []


@pytest.mark.parametrize(
    "text",
    [
        "Pregunta por Santiago en recepción",
        "Florence is the new girl",
        "Mi amiga Lorena te espera",
        "Manda fotos al privado",
        "Chama no privado amor",
        "Solo caballeros",
        "Mai multe poze în privat",
    ],
)
def test_names_and_everyday_words_are_not_places(text: str, found: Finder) -> None:
    assert found(text, "location") == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("de passage à Paris", ["Paris"]),
        ("code postal 69001 Lyon", ["Lyon"]),
        ("Salvador, Fortaleza ou Recife", ["Salvador", "Fortaleza", "Recife"]),
        ("visiting Florence this week", ["Florence"]),
    ],
)
def test_ambiguous_names_with_a_place_cue(text: str, places: list[str], found: Finder) -> None:
    assert found(text, "location") == places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("nueva en barcelona", "Barcelona"),
        ("just moved to germany", "Germany"),
        ("moro em são paulo", "São Paulo"),
        ("trabajo en Inglaterra", "United Kingdom"),
        ("job în Scoția", "United Kingdom"),
        ("trabalho na Holanda", "The Netherlands"),
        ("chica nueva en BCN", "Barcelona"),
        ("new in NYC", "New York City"),
    ],
)
def test_lower_case_aliases_and_nicknames(text: str, place: str, found: Finder) -> None:
    assert found(text, "location") == [place]


@pytest.mark.parametrize("text", ["estoy en casa", "in general yes", "to be honest", "en serio"])
def test_lower_case_words_after_a_preposition_are_not_places(text: str, found: Finder) -> None:
    assert found(text, "location") == []


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("la mayor tiene 15 años y el niño 8", ["15", "8"]),
        ("fiul meu are 10 ani și fiica 7", ["10", "7"]),
        ("mon fils a douze ans et ma fille neuf", ["12", "9"]),
        ("my daughter is 16 and her friend 15", ["16", "15"]),
    ],
)
def test_a_second_age_sharing_the_first_ones_unit(text: str, ages: list[str], found: Finder) -> None:
    assert found(text, "age") == ages


def test_is_and_was_are_age_cues_only_after_a_person(found: Finder) -> None:
    assert found("my cousin is 17, is that legal", "age") == ["17"]
    assert found("back then I was 16", "age") == ["16"]
    assert found("the deposit is 50.", "age") == []
    assert found("it was 20, ok", "age") == []


def test_romanian_present_tense_durations(found: Finder) -> None:
    assert found("muncesc de 12 ani în Italia", "age") == []
    assert found("fată de 19 ani", "age") == ["19"]


@pytest.mark.parametrize("text", ["Una amiga me dijo", "Mon copain est là", "Ne vedem în Piața Victoriei"])
def test_function_words_and_squares_are_not_places(text: str, found: Finder) -> None:
    assert found(text, "location") == []
