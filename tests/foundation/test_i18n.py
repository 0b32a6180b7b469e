"""Catalogs: every msgid used by templates and code exists in every supported language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import vigila
from vigila.i18n import _catalog, available_languages, negotiate, normalize_language, translate

SRC = Path(vigila.__file__).parent
COMPLETE = ["es", "en"]
_MSG = re.compile(r"""_\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*\)""")


def _used_msgids() -> set[str]:
    found: set[str] = set()
    for path in list((SRC / "web" / "templates").rglob("*.html")):
        for a, b in _MSG.findall(path.read_text("utf-8")):
            found.add((a or b).replace('\\"', '"'))
    from vigila.web.pages.home import DOORS

    for _name, title, blurb in DOORS:
        found |= {title, blurb}
    return found


def test_supported_languages() -> None:
    assert {"es", "en", "pt", "fr", "ro"} <= set(available_languages())


@pytest.mark.parametrize("lang", COMPLETE)
def test_first_class_languages_are_complete(lang: str) -> None:
    missing = _used_msgids() - set(_catalog(lang))
    assert not missing, f"{lang} lacks {sorted(missing)[:5]}"


def test_translation_and_fallback() -> None:
    assert translate("Helplines", "es") == "Líneas de ayuda"
    assert translate("no such message", "es") == "no such message"


def test_negotiation() -> None:
    assert negotiate("de-DE,de;q=0.9,pt-BR;q=0.8") == "pt"
    assert negotiate("") == "en"
    assert negotiate("ro;q=0.2,fr;q=0.9") == "fr"
    assert normalize_language("es_AR") == "es"
    assert normalize_language("zz") == "en"
