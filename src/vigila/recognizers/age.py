"""Stated ages: "19yo", "19 y/o", "tengo 17 años", "17 ans", "am 17 ani", "edad: 19", "diecisiete años".

`normalized` is the age as an integer string. Durations ("5 años de experiencia", "hace 2 años",
"for 3 years") are not ages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vigila.core.types import Entity
from vigila.recognizers.base import Document, Recognizer, words_pattern
from vigila.text.numbers import NUMBER_WORDS, Kind, strip_accents

_UNIT = r"(?:yo|y/o|y\.o\.?|yrs?\s?old|years?\s?old|years?|años|añitos|anos|aninhos|ans|ani|de\s+ani)"
_SPELLED_WORDS = [w for w, (k, _) in NUMBER_WORDS.items() if k in (Kind.UNIT, Kind.TEEN, Kind.TENS)]
_UNIT_WORDS = "|".join(w for w, (k, _) in NUMBER_WORDS.items() if k is Kind.UNIT)
_NUMBER_WORDS = "|".join(sorted(_SPELLED_WORDS, key=len, reverse=True))
_NUMBER = (
    rf"(?P<num>\d{{1,2}}|(?P<words>{_NUMBER_WORDS})"
    rf"(?:[\s-](?:y|e|și|si|et)?\s?[\s-]?(?P<unit>{_UNIT_WORDS}))?)"
)
_AFTER = re.compile(rf"(?<![\w.,/])(?:{_NUMBER})\s?(?P<tail>{_UNIT})(?!\w)", re.IGNORECASE)
_LABEL = re.compile(
    r"(?<!\w)(?:edad|idade|age|âge|vârsta|varsta|vârstă|varsta|aged|tengo|tenho|j'ai|am|i'm|i am|im)"
    r"\s*[:=\-]?\s*(?P<num>\d{1,2})(?!\s?(?:[:.,/]\d|%|€|\$|h\b|am\b|pm\b|años|anos|ans|ani|yo|y/o|years?))(?!\w)",
    re.IGNORECASE,
)
_DURATION_AFTER = re.compile(
    r"^\s*(?:de\s+|d'|of\s+)?(?:experiencia|experiência|expérience|experience|experiență|experienta|"
    r"contrato|contract|trabajo|work|working|garantía|garantia|ago|atrás|atras|antes|later|más tarde)",
    re.IGNORECASE,
)
_DURATION_BEFORE = re.compile(
    words_pattern(
        [
            "hace",
            "há",
            "ha",
            "durante",
            "desde",
            "for",
            "during",
            "since",
            "depuis",
            "pendant",
            "il",
            "y",
            "a",
            "acum",
            "timp",
            "de",
            "por",
            "pelo",
            "por",
            "mais",
            "más",
            "more",
            "than",
            "plus",
            "de",
            "over",
            "within",
            "dentro",
            "en",
            "in",
            "em",
            "dans",
            "în",
            "after",
            "después",
            "após",
            "après",
            "cada",
            "every",
            "todos",
        ]
    )
    + r"\s*$",
    re.IGNORECASE,
)
_ADULT_RANGE = range(10, 80)


class AgeRecognizer(Recognizer):
    """A person's stated age, in digits or words."""

    name = "age"
    entity_types = ("age",)
    priority = 35

    def analyze(self, doc: Document) -> Iterator[Entity]:
        """Yield ages between 10 and 79."""
        text = doc.text
        seen: list[tuple[int, int]] = []
        for m in _AFTER.finditer(text):
            age = _value(m)
            tail = m.group("tail").lower()
            if age is None or age not in _ADULT_RANGE:
                continue
            if _DURATION_AFTER.match(text[m.end() :]) or _DURATION_BEFORE.search(doc.before(m.start(), 15)):
                continue
            if (
                tail.startswith("year")
                and "old" not in tail
                and not re.search(r"(?:i'm|i am|im|she's|she is|he's|aged|is)\s*$", doc.before(m.start(), 12))
            ):
                continue  # "5 years" alone is a duration in English
            seen.append(m.span())
            yield self.entity("age", doc, m.start(), m.end(), str(age), 0.85, spelled=bool(m.group("words")))
        for m in _LABEL.finditer(text):
            age = int(m.group("num"))
            if age not in _ADULT_RANGE or any(m.start() < e and s < m.end() for s, e in seen):
                continue
            yield self.entity("age", doc, m.start(), m.end(), str(age), 0.75, spelled=False)


def _value(m: re.Match[str]) -> int | None:
    if m.group("words") is None:
        return int(m.group("num"))
    first = NUMBER_WORDS.get(strip_accents(m.group("words")))
    if first is None:
        return None
    value = first[1]
    if m.group("unit"):
        unit = NUMBER_WORDS.get(strip_accents(m.group("unit")))
        if first[0] is not Kind.TENS or unit is None:
            return None
        value += unit[1]
    return value
