"""Helplines data: required countries, honest verification marks, selection and fallbacks."""

from __future__ import annotations

import re

import pytest

from vigila.resources.helplines import all_helplines, countries, helpline_for, helplines_in

REQUIRED = ["ES", "MX", "AR", "CO", "PE", "US", "GB", "PT", "BR", "FR", "RO", "MD", "IT", "DE"]


def test_every_required_country_has_a_line() -> None:
    assert set(REQUIRED) <= set(countries())
    assert {h.phone for h in helplines_in("EU")} == {"116 000", "116 111"}


def test_entries_are_complete_and_marked() -> None:
    for h in all_helplines():
        assert h.name and h.languages and h.scope, h
        assert h.phone or h.url, f"{h.name}: neither phone nor site"
        assert not h.phone or re.fullmatch(r"[+\d][\d ()-]*", h.phone), h.phone
        # A line marked verified must say which stored public page it was checked against.
        assert not h.verified or h.verified_against, f"{h.name} is verified without a source"
        assert h.verified or h.note, f"{h.name}: an unverified entry must say so in its note"


@pytest.mark.parametrize(
    ("country", "lang", "phone"),
    [
        ("AR", "es", "145"),
        ("ar", None, "145"),
        ("US", "es", "1-888-373-7888"),
        ("ES", "en", "900 10 50 90"),  # the trafficking line first, whatever the language
        ("BR", "pt-BR", "100"),
        ("AT", "de", "116 111"),  # EU country without its own entry: Europe-wide numbers
        ("ZZ", "es", "112"),
        (None, None, "112"),
    ],
)
def test_helpline_for(country: str | None, lang: str | None, phone: str) -> None:
    assert helpline_for(country, lang).phone == phone


def test_tel_uri_and_dict() -> None:
    h = helpline_for("US", "en")
    assert h.tel == "18883737888"
    d = h.to_dict()
    assert d["sms"] == "233733" and d["verified"] is True and isinstance(d["languages"], list)
