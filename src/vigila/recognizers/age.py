"""Stated ages: "19yo", "19 y/o", "tengo 17 años", "17 ans", "am 17 ani", "edad: 19", "diecisiete años".

`normalized` is the age as an integer string. Durations ("5 años de experiencia", "hace 2 años",
"for 3 years") are not ages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vigila.core.types import Entity
from vigila.recognizers.base import Document, Recognizer
from vigila.text.numbers import NUMBER_WORDS, Kind, strip_accents

_UNIT = r"(?:yo|y/o|y\.o\.?|yrs?\s?old|years?\s?old|years?|años|añitos|anos|aninhos|ans|ani|de\s+ani)"
# A number in digits, or one or two words ("diecisiete", "vingt et un", "douăzeci și unu") read by `_value`.
_NUMBER = r"(?P<num>\d{1,2}|(?P<words>[^\W\d_]+)(?:[\s-]+(?:(?:y|e|și|si|et)[\s-]+)?(?P<unit>[^\W\d_]+))?)"
_AFTER = re.compile(rf"(?<![\w.,/])(?:{_NUMBER})\s?(?P<tail>{_UNIT})(?!\w)", re.IGNORECASE)
# Cheap test first: most texts hold no age unit word at all. The leading look-aheads here and in `_LABEL`
# restate the first letter a match must have, so the scanner rejects most positions on one test.
_ANY_UNIT = re.compile(rf"(?=[yad])(?<=[\w\s]){_UNIT}(?!\w)", re.IGNORECASE)
_LABEL = re.compile(
    r"(?=[eiaâvtjsh])(?<!\w)(?:edad|idade|age|âge|vârsta|varsta|vârstă|aged|tengo|tenho|j'ai|am|i'm|i am|im|"
    r"she's|she is|he's|he is)"
    r"\s*[:=\-]?\s*(?P<num>\d{1,2})(?!\s?(?:[:.,/]\d|%|€|\$|h\b|am\b|pm\b|años|anos|ans|ani|yo|y/o|years?))(?!\w)",
    re.IGNORECASE,
)
_DURATION_AFTER = re.compile(
    r"^\s*(?:de\s+|d'|of\s+)?(?:experiencia|experiência|expérience|experience|experiență|experienta|"
    r"contrato|contract|trabajo|work|working|garantía|garantia|ago|atrás|atras|antes|later|más tarde)",
    re.IGNORECASE,
)
_DURATION_BEFORE = re.compile(
    r"(?<!\w)(?:hace|há|ha|durante|desde|for|during|since|depuis|pendant|il y a|acum|de peste|peste|por|pelo|"
    r"mais de|más de|more than|plus de|over|within|dentro de|en|in|em|dans|în|after|después de|após|après|"
    r"cada|every|todos los|contrato de|contract of|contrat de|contrato|contract|contrat)\s*$",
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
        for m in _after_matches(text):
            found = _value(m)
            tail = m.group("tail").lower()
            if found is None or found[0] not in _ADULT_RANGE:
                continue
            age, start = found
            if _DURATION_AFTER.match(text[m.end() :]) or _DURATION_BEFORE.search(doc.before(start, 15)):
                continue
            if (
                tail.startswith("year")
                and "old" not in tail
                and not re.search(r"(?:i'm|i am|im|she's|she is|he's|aged|is)\s*$", doc.before(start, 12))
            ):
                continue  # "5 years" alone is a duration in English
            seen.append((start, m.end()))
            yield self.entity("age", doc, start, m.end(), str(age), 0.85, spelled=bool(m.group("words")))
        for m in _LABEL.finditer(text):
            age = int(m.group("num"))
            if age not in _ADULT_RANGE or any(m.start() < e and s < m.end() for s, e in seen):
                continue
            yield self.entity("age", doc, m.start(), m.end(), str(age), 0.75, spelled=False)


def _after_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_AFTER.finditer(text)`, found without running `_AFTER` over the whole text.

    `_AFTER` tries every word of the text as a spelled number, which is slow. Each of its matches
    ends with an age unit where `_ANY_UNIT` matches too, and its number part holds only word
    characters, spaces and dashes; so the next match starts after the last other character before the
    next unit, and the search can begin there (look-behinds still see the text before `pos`).
    """
    pos = 0
    while True:
        unit = _ANY_UNIT.search(text, pos)
        if unit is None:
            return
        start = unit.start()
        while start > pos and (
            text[start - 1] in " -" or text[start - 1].isspace() or _WORD.match(text[start - 1])
        ):
            start -= 1
        m = _AFTER.search(text, start)
        if m is None:
            return
        yield m
        pos = m.end()


_WORD = re.compile(r"\w")


def _value(m: re.Match[str]) -> tuple[int, int] | None:
    """The age and where its number starts; a leading non-number word is dropped ("tengo diecisiete")."""
    if m.group("words") is None:
        return int(m.group("num")), m.start()
    first = NUMBER_WORDS.get(strip_accents(m.group("words")))
    unit = NUMBER_WORDS.get(strip_accents(m.group("unit"))) if m.group("unit") else None
    if first is not None and first[0] is Kind.TENS and unit is not None and unit[0] is Kind.UNIT:
        return first[1] + unit[1], m.start()
    if m.group("unit") is None:
        return (first[1], m.start()) if first is not None and first[0] in _AGE_KINDS else None
    if unit is not None and unit[0] in _AGE_KINDS:
        return unit[1], m.start("unit")
    return None


_AGE_KINDS = (Kind.UNIT, Kind.TEEN, Kind.TENS)
