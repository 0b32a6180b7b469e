"""Phones: plain, international, spelled in five languages, and each obfuscation family."""

from __future__ import annotations

import pytest

from conftest import Finder


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("llámame al 612 345 678", "+34612345678"),
        ("whatsapp +44 7911 123456", "+447911123456"),
        ("contacto 0034 633 22 11 00", "+34633221100"),
        # spelled digits, one language each
        ("escríbeme al seis uno dos tres cuatro cinco seis siete ocho", "+34612345678"),
        ("call zero seven nine one one one two three four five six", "+447911123456"),
        ("liga nove um dois três quatro cinco seis sete oito", "+351912345678"),
        ("appelle zéro six douze trente-quatre cinquante-six soixante-dix-huit", "+33612345678"),
        ("sună la zero șapte doi unu doi trei patru cinci șase șapte", "+40721234567"),
        # compounds and mixed digits/words
        ("llama al seiscientos doce trescientos cuarenta y cinco seiscientos setenta y ocho", "+34612345678"),
        ("six 1 two, 3 four 5, 6 7 eight", "+34612345678"),
    ],
)
def test_spelled_and_plain(text: str, e164: str, found: Finder) -> None:
    assert found(text, "phone") == [e164]


@pytest.mark.parametrize(
    "text",
    [
        "tel 6 1 2 . 3 4 5 . 6 7 8",  # dots and spaces
        "tel 612-345-678",  # dashes
        "tel 612🌹345🌹678",  # emoji separators
        "tel 6️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣",  # keycaps
        "tel ６１２３４５６７８",  # full-width
        "tel 6l2 34S 678",  # letters for digits
        "tel 612x345x678",  # digits split by a letter
        "tel 612\n345 678",  # spread over two lines
        "tel 61\u200b2 345 678",  # zero-width space
    ],
)
def test_obfuscation_families(text: str, found: Finder) -> None:
    assert found(text, "phone") == ["+34612345678"]


@pytest.mark.parametrize(
    "text",
    [
        "Número de pedido: 612 847 395",
        "IBAN ES91 2100 0418 4502 0005 1332",
        "Card 4532 0151 1283 0366 charged",
        "Precio: 1.250.000 €",
        "Código postal 28013",
        "cita el 03/04/2025 a las 18:30",
        "Total: 1.234,56 €",
        "ref. 698 112 233 en el catálogo",
        "hash 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",
        "la lotería: 15 22 31 40 45 48",
        "rendez-vous le 14/02/2025 à 20h30",
        "pedido número 912 847 395 entregue",
        "comanda nr. 0721 234 567 a fost livrată",
    ],
)
def test_hard_negatives_are_not_phones(text: str, found: Finder) -> None:
    assert found(text, "phone") == []


def test_region_argument_reads_local_numbers(found: Finder) -> None:
    assert found("call 415-555-0134", "phone", region="US") == ["+14155550134"]
    assert found("call 415-555-0134", "phone", region="ES") == []


def test_language_picks_the_country_when_no_region(found: Finder) -> None:
    text = "Oi linda, me chama no zap 912 345 678 para o trabalho em Lisboa"
    assert found(text, "phone") == ["+351912345678"]
    assert found(text, "phone", region="ES") == ["+34912345678"]


def test_two_numbers_in_a_row(found: Finder) -> None:
    assert found("612345678 / 698765432", "phone") == ["+34612345678", "+34698765432"]


def test_whatsapp_link_is_a_phone(found: Finder) -> None:
    assert found("wa.me/34612345678", "phone") == ["+34612345678"]


def test_long_runs_of_digits_are_not_phones(found: Finder) -> None:
    assert found("1 " * 300, "phone") == []
    assert found("lotería " + " ".join(str(n) for n in range(10, 99)), "phone") == []


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        # A country or city named picks among the countries of the text's language.
        ("Estoy en Bogotá, escríbeme al 300 123 4567", "+573001234567"),
        ("Bruxelles, contact 0470 12 34 56", "+32470123456"),
        ("Liège, gsm 0485/12.34.56", "+32485123456"),
        # ... and brings in a country tried only when named.
        ("Genève, natel 079 123 45 67", "+41791234567"),
        ("Dublin, ring 087 123 4567", "+353871234567"),
        ("ring me 0 1 5 1 - 2 3 4 5 6 7 8 9 (german mobile)", "+4915123456789"),
        # With the language a guess, any country named wins.
        ("Miami, text 305 814 2671", "+13058142671"),
    ],
)
def test_named_country_picks_the_region(text: str, e164: str, found: Finder) -> None:
    assert found(text, "phone") == [e164]


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        # A plain run written the way another country of the language groups it.
        ("fala comigo no 21 99876-5432 ou no email", "+5521998765432"),
        ("ela atende no (11) 98765-4321 de noite", "+5511987654321"),
    ],
)
def test_grouping_picks_a_country_of_the_language(text: str, e164: str, found: Finder) -> None:
    assert found(text, "phone") == [e164]


def test_grouping_of_other_countries_does_not_make_draws_phones(found: Finder) -> None:
    assert found("la lotería: 15 22 31 40 45 48", "phone") == []


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("Calle Mayor 5, CP 28013, tel. 91 523 44 10", "+34915234410"),
        ("Precio 2000€, whatsapp 612 345 678", "+34612345678"),
    ],
)
def test_phone_word_after_a_negative_word_wins(text: str, e164: str, found: Finder) -> None:
    # A postcode or price earlier in the line must not cancel the "tel" right beside the number.
    assert found(text, "phone") == [e164]


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("text me 720 555 0191", "+17205550191"),
        ("chama no zap 912 345 678", "+351912345678"),
        ("Llámame 612 345 678", "+34612345678"),
    ],
)
def test_short_text_takes_the_language_of_its_phone_word(text: str, e164: str, found: Finder) -> None:
    # Too short for the language model: "text me" is English, "chama no zap" Portuguese.
    assert found(text, "phone") == [e164]
