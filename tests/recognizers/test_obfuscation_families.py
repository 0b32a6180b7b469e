"""Failure families found with data/extract/fresh.jsonl: e-mails, URLs and handles written the ways ads do.

The examples here are new sentences, not the labelled ones, so each test checks the family, not a string.
"""

from __future__ import annotations

import pytest

from conftest import Finder


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("fotos en www .chicas-vip. es", "https://www.chicas-vip.es"),
        ("book at www . velvet-rooms . co . uk", "https://www.velvet-rooms.co.uk"),
        ("mira mi web: nenas-bcn punto com", "https://nenas-bcn.com"),
        ("site: garotas24 ponto com ponto br", "https://garotas24.com.br"),
        ("lien : escort-lyon point fr", "https://escort-lyon.fr"),
        ("detalii pe fete-noi punct ro", "https://fete-noi.ro"),
        ("my page amberlove dot net", "https://amberlove.net"),
    ],
)
def test_spaced_or_spelled_hosts_are_urls(text: str, url: str, found: Finder) -> None:
    assert found(text, "url") == [url]


@pytest.mark.parametrize(
    "text",
    [
        "el punto es que no puedo",
        "Estou aqui. Com saudades",
        "read page 3. Net pay is 900",
        "o ponto com mais likes",
        "lo vi en la tele. Es verdad",
    ],
)
def test_prose_with_dot_words_is_no_url(text: str, found: Finder) -> None:
    assert found(text, "url") == []


def test_a_scheme_or_www_needs_no_listed_tld(found: Finder) -> None:
    assert found("form: https://forms.gle/Qw3Er5Ty", "url") == ["https://forms.gle/Qw3Er5Ty"]
    assert found("www.rosa-rooms.berlin", "url") == ["https://www.rosa-rooms.berlin"]
    assert found("see file.txt", "url") == []


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("👻 mimi.rose", "snapchat:mimi.rose"),
        ("snapchat 👻 mimi_22", "snapchat:mimi_22"),
        ("insta ➡️ mimi.rose", "instagram:mimi.rose"),
        ("tiktok 👉 mimi.dance", "tiktok:mimi.dance"),
        ("mon snap c'est mimi.r", "snapchat:mimi.r"),
        ("kik me - mimi_kik", "kik:mimi_kik"),
        ("dm me on sc mimi.bb", "snapchat:mimi.bb"),
        ("Telegram @ mimi_vip", "telegram:mimi_vip"),
        ("canal: t . me / empleos_ya", "telegram:empleos_ya"),
        ("links: linktr.ee/mimi.rose", "linktree:mimi.rose"),
    ],
)
def test_platform_cues_ads_use(text: str, handle: str, found: Finder) -> None:
    assert found(text, "handle") == [handle]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("follow @mimi_rose on insta", "instagram:mimi_rose"),
        ("@mimi.rose (tiktok)", "tiktok:mimi.rose"),
        ("sígueme @mimi_rose en twitter", "twitter:mimi_rose"),
    ],
)
def test_platform_named_after_the_handle(text: str, handle: str, found: Finder) -> None:
    assert found(text, "handle") == [handle]


@pytest.mark.parametrize(
    "text", ["snap lola", "la tele: 20h", "ver la tele: 9pm", "telegram: t.me/+34600111222", "ig 2.5"]
)
def test_no_handle_in_loose_words(text: str, found: Finder) -> None:
    assert found(text, "handle") == []


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("mail: mimi dot rose at gmail dot com", "mimi.rose@gmail.com"),
        ("escribe a nena punto bcn arroba hotmail punto es", "nena.bcn@hotmail.es"),
        ("manda para bia punto lima arroba gmail ponto com", "bia.lima@gmail.com"),
        ("scrie la ana punct maria arond yahoo punct com", "ana.maria@yahoo.com"),
        ("contact arobase agence-nuit point fr", "contact@agence-nuit.fr"),
        ("cv: jobs.lisboa@gmail,com", "jobs.lisboa@gmail.com"),
    ],
)
def test_spelled_dots_in_the_user_part_and_typos(text: str, email: str, found: Finder) -> None:
    assert found(text, "email") == [email]


def test_english_at_still_needs_an_address(found: Finder) -> None:
    assert found("contact at noon, see you", "email") == []
    assert found("meet me at the hotel dot com bar", "email") == []
