"""Helplines by country and language, from the bundled `helplines.json` (each entry carries its source).

    >>> helpline_for("AR", "es").phone
    '145'
    >>> helpline_for("ZZ", None).country   # no line known: Europe-wide or emergency fallback
    'INT'
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "helplines.json"

# EU/EEA countries without their own entry get the Europe-wide numbers (116 000, 116 111).
EUROPE_116 = frozenset(
    ("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
     "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "NO", "IS", "LI", "CH", "GB", "AL", "RS")
)
# Order in which scopes are offered to someone worried about recruitment into exploitation.
_SCOPE_RANK = {"trafficking": 0, "women": 1, "children": 2, "missing_children": 3, "emergency": 4}


@dataclass(frozen=True, slots=True)
class Helpline:
    """One help or reporting line; `verified` says whether its number was checked against a public page."""

    country: str
    name: str
    organisation: str
    scope: str
    phone: str
    url: str
    languages: tuple[str, ...]
    hours: str
    free: bool
    anonymous: bool
    source: str
    verified: bool
    sms: str = ""
    email: str = ""
    note: str = ""
    verified_against: tuple[str, ...] = field(default=())

    @property
    def tel(self) -> str:
        """The phone number as a `tel:` URI target (digits and a leading +)."""
        return "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        d = asdict(self)
        d["languages"] = list(self.languages)
        d["verified_against"] = list(self.verified_against)
        return d


@cache
def all_helplines() -> tuple[Helpline, ...]:
    """Every bundled helpline, in file order (per country, the default first)."""
    raw = json.loads(DATA.read_text("utf-8"))
    out = []
    for e in raw["helplines"]:
        out.append(
            Helpline(
                country=e["country"], name=e["name"], organisation=e.get("organisation", ""),
                scope=e.get("scope", ""), phone=e.get("phone", ""), url=e.get("url", ""),
                languages=tuple(e.get("languages", [])), hours=e.get("hours", ""),
                free=bool(e.get("free")), anonymous=bool(e.get("anonymous")), source=e.get("source", ""),
                verified=bool(e.get("verified")), sms=e.get("sms", ""), email=e.get("email", ""),
                note=e.get("note", ""), verified_against=tuple(e.get("verified_against", [])),
            )
        )
    return tuple(out)


def helplines_in(country: str | None) -> list[Helpline]:
    """The lines for one country (ISO 3166 alpha-2, any case), most relevant scope first."""
    code = (country or "").strip().upper()
    found = [h for h in all_helplines() if h.country == code]
    return sorted(found, key=lambda h: _SCOPE_RANK.get(h.scope, 9))


def helpline_for(country: str | None, lang: str | None) -> Helpline:
    """The best line for a person in `country` speaking `lang`; Europe-wide or emergency numbers otherwise."""
    code = (country or "").strip().upper()
    language = (lang or "").replace("_", "-").split("-")[0].lower()
    candidates = helplines_in(code)
    if not candidates and code in EUROPE_116:
        candidates = helplines_in("EU")
    if not candidates:
        return helplines_in("INT")[0]
    # Relevance before language: a trafficking line that speaks only Spanish still beats a women's line in
    # English, because its staff can bring in interpreters; language decides among lines of the same scope.
    top = [h for h in candidates if h.scope == candidates[0].scope]
    speaking = [h for h in top if language and language in h.languages]
    return (speaking or top)[0]


def countries() -> list[str]:
    """Countries with at least one national line, in file order (EU and INT excluded)."""
    return list(dict.fromkeys(h.country for h in all_helplines() if h.country not in ("EU", "INT")))
