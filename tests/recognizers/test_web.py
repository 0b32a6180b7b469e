"""E-mails, URLs and handles, plain and obfuscated."""

from __future__ import annotations

import pytest

from conftest import Finder


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("write Lola.99@Gmail.com", "lola.99@gmail.com"),
        ("lola at gmail dot com", "lola@gmail.com"),
        ("lola(arroba)hotmail(punto)es", "lola@hotmail.es"),
        ("lola [at] starmodels [dot] co [dot] uk", "lola@starmodels.co.uk"),
        ("vagas arroba gmail ponto com", "vagas@gmail.com"),
        ("julie (at) yahoo (point) fr", "julie@yahoo.fr"),
        ("ana_maria(at)yahoo(punct)com", "ana_maria@yahoo.com"),
        ("lola at gmail dot com. Call me", "lola@gmail.com"),
    ],
)
def test_emails(text: str, email: str, found: Finder) -> None:
    assert found(text, "email") == [email]


@pytest.mark.parametrize("text", ["I work at google dot com", "see you at 5.30", "meet me at home dot com"])
def test_english_at_is_not_an_email(text: str, found: Finder) -> None:
    assert found(text, "email") == []


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("apply at https://www.jobs-abroad.com/apply.", "https://www.jobs-abroad.com/apply"),
        ("www.modelos-vip.es/casting", "https://www.modelos-vip.es/casting"),
        ("check hxxp://free-visa[.]net/form", "http://free-visa.net/form"),
        ("site lovely-escorts.club", "https://lovely-escorts.club"),
    ],
)
def test_urls(text: str, url: str, found: Finder) -> None:
    assert found(text, "url") == [url]


def test_file_names_are_not_urls(found: Finder) -> None:
    assert found("open report.pdf and notes.txt", "url") == []


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("pasa a t.me/Agencia_BCN", "telegram:agencia_bcn"),
        ("instagram.com/laurita.ok", "instagram:laurita.ok"),
        ("onlyfans.com/carla_secret", "onlyfans:carla_secret"),
        ("tiktok.com/@bailes_lu", "tiktok:bailes_lu"),
        ("snap: lola_22", "snapchat:lola_22"),
        ("insta @lucia.modelo", "instagram:lucia.modelo"),
        ("telegram @trabajo_facil", "telegram:trabajo_facil"),
        ("mi snap es dulce_vale21", "snapchat:dulce_vale21"),
        ("escribe a @lola_vip", "unknown:lola_vip"),
    ],
)
def test_handles(text: str, handle: str, found: Finder) -> None:
    assert found(text, "handle") == [handle]


def test_email_is_not_a_handle(found: Finder) -> None:
    assert found("lola@gmail.com", "handle") == []


def test_platform_words_without_a_name(found: Finder) -> None:
    assert found("add me on snap please", "handle") == []
    assert found("the line of people", "handle") == []
