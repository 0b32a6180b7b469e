"""Dates and times: "12/05/2024", "2024-05-12", "12 de mayo", "May 12th", "12 mai 2024", "22:30", "10pm".

`normalized` is ISO 8601: "2024-05-12", "--05-12" when the year is missing, "T22:30" for a time.
Numeric dates are read day first (Europe and Latin America) unless `region` is US, or the day-first
reading is impossible.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from vigila.core.types import Entity
from vigila.recognizers.age import PEOPLE_WORDS
from vigila.recognizers.base import Document, Recognizer, matches_from, trie_pattern
from vigila.text.numbers import strip_accents

_MONTHS: dict[str, int] = {}
for _month, _names in enumerate(
    [
        "enero january janeiro janvier ianuarie jan ene janv ian",
        "febrero february fevereiro fevrier février februarie feb fev fév fevr",
        "marzo march marco março mars martie mar",
        "abril april avril aprilie apr abr avr",
        "mayo may maio mai",
        "junio june junho juin iunie jun juin iun",
        "julio july julho juillet iulie jul juil iul",
        "agosto august aout août aug ago aout",
        "septiembre setiembre september setembro septembre septembrie sep sept set",
        "octubre october outubro octobre octombrie oct out",
        "noviembre november novembro novembre noiembrie nov noi",
        "diciembre december dezembro decembre décembre decembrie dec dic dez dez",
    ],
    1,
):
    for _name in _names.split():
        _MONTHS[strip_accents(_name)] = _month
# As a trie, longest names first: the scanner follows one branch instead of trying ~100 names in turn.
_MONTH_RE = trie_pattern({*_MONTHS, "março", "février", "août", "décembre"})

_NUMERIC = re.compile(r"(?=\d)(?<![\w/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|[.\-]\d)")
_SHORT = re.compile(r"(?=\d)(?<![\w/.\-:])(\d{1,2})/(\d{1,2})(?![\w/]|[.\-,]\d)")
# Availability in ads ("abierto 24/7", "ouvert 7/7"), not 24 July or 7 July.
_ROUND_THE_CLOCK = frozenset({"24/7", "7/7", "24/24"})
_ISO = re.compile(r"(?=\d)(?<![\w\-])(\d{4})-(\d{2})-(\d{2})(?![\w\-])")
_DAY_MONTH = re.compile(
    rf"(?=\d)(?<!\w)(\d{{1,2}})(?:er|º|°|st|nd|rd|th|-?lea)?\.?\s(?:de\s)?(?=[^\W\d_]{{3}})({_MONTH_RE})\.?(?:\s(?:de\s|del\s)?(\d{{4}}))?(?!\w)",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"(?=[jfmasondei])(?<!\w)(?=[^\W\d_]{{3,10}}\.?\s\d)({_MONTH_RE})\.?\s(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s(\d{{4}}))?(?!\w)",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"(?=\d)(?:(?<![\w:.,])(\d{1,2})(?::|h|\.)(\d{2})(?:\s?(am|pm|h|hs|hrs))?(?![\w:]|[.,]\d)"
    r"|(?<![\w:.,])(\d{1,2})\s?(am|pm|a\.m\.|p\.m\.|h|hs|hrs)(?!\w))",
    re.IGNORECASE,
)
_NOT_AFTER_TIME = (
    r"(?!\s?(?:años|anos|ans|ani|years|yrs|yo|€|\$|%|euros?|lei|km|kg|min|minutos|personas|people))"
)
# "a las 8", "às 9.30", "la ora 10": an hour after a word that only introduces times.
_AT_WORDS = ("a las", "a la", "às", "as", "à", "la ora", "ora", "dupa ora", "după ora", "at")
_AT_HOUR = re.compile(
    rf"(?=[aàldo])(?<!\w)(?:{'|'.join(_AT_WORDS)})"
    r"\s(?P<h>\d{1,2})(?:[:.h](?P<m>\d{2}))?h?"
    # "a las 9 y media", "às 8 e meia", "à 9h et quart", "la ora 7 și jumătate"
    r"(?:\s(?:y|e|et|și|si)\s(?P<frac>media|meia|demie|jumătate|jumatate|cuarto|quart|um\squarto|sfert))?"
    + _NOT_AFTER_TIME
    + r"(?![\w:.,]\d|\w)",
    re.IGNORECASE,
)
_FRACTIONS = dict.fromkeys(["media", "meia", "demie", "jumătate", "jumatate"], 30) | dict.fromkeys(
    ["cuarto", "quart", "um quarto", "sfert"], 15
)
# "pe 10 mai", "on 3 may": a preposition before the day makes a short month name a month.
_DAY_PREPOSITION = re.compile(
    r"(?<!\w)(?:pe|on|el|le|dia|din|du|au|from|until|till|hasta|até|desde|since)\s+$"
)
# "de 10 a 22h", "from 9 to 5", "das 9h às 18h", "de la 8 la 16": opening hours.
_RANGE_WORDS = ("de", "from", "das", "des", "de la", "entre", "between")
_RANGE = re.compile(
    rf"(?=[dfeb])(?<!\w)(?:{'|'.join(_RANGE_WORDS)})"
    r"\s(?P<h1>\d{1,2})(?:[:.h](?P<m1>\d{2}))?h?\s?"
    r"(?:a|to|às|as|à|la|-|y|e|and|et|și|si|till|until|hasta|até)\s(?P<h2>\d{1,2})(?:[:.h](?P<m2>\d{2}))?"
    r"(?:\s?(?P<suffix>h|hs|am|pm))?" + _NOT_AFTER_TIME + r"(?![\w:.,/]\d|\w)",
    re.IGNORECASE,
)
# "chicas de 18 a 23", "girls between 18 and 25": a range after people is their ages, not opening hours.
_PEOPLE_BEFORE = re.compile(rf"(?<!\w){PEOPLE_WORDS}\s+$", re.IGNORECASE)
# Words that make "mar", "may", "sept"… a month and not a word ("a las 5", context for short names).
_AMBIGUOUS_MONTHS = frozenset(
    {"mar", "may", "set", "out", "ago", "sept", "dec", "noi", "mai", "jun", "jul", "ene"}
)


_DIGIT = re.compile(r"\d")
# The leading look-aheads ("(?=\d)", "(?=[jfmasondei])" …) only restate what the first character must
# be: the scanner rejects most positions on that one test instead of running a look-behind first.
_ORDINAL = re.compile(r"^\d{1,2}(?:er|º|°|st|nd|rd|th)|\sde\s", re.IGNORECASE)


_LETTERS_TO_END = re.compile(r"[^\W\d_]{1,11}\Z")
_WORD_CHAR = re.compile(r"\w")


def _month_day_starts(text: str, number_starts: list[int]) -> list[int]:
    """Where a `_MONTH_DAY` match can start: a word of 3-10 letters, then an optional dot, a space, a digit.

    The pattern's look-ahead asks for exactly that, so the word ends just before the space (or dot)
    before one of the number starts, and begins at a word boundary.
    """
    out = []
    for digit in number_starts:
        if digit < 4 or not text[digit - 1].isspace():
            continue
        end = digit - 2 if text[digit - 2] == "." else digit - 1
        run = _LETTERS_TO_END.search(text, max(0, end - 11), end)
        if run is None or not 3 <= len(run.group()) <= 10:
            continue
        start = run.start()
        if start and _WORD_CHAR.match(text, start - 1):
            continue
        out.append(start)
    return out


def _phrase_starts(text: str, number_starts: list[int], words: tuple[str, ...]) -> list[int]:
    """Where a pattern made of one of `words`, a space and a number can start, in order.

    The number opens right after the space, so the pattern can only start one word length before it;
    a start is kept when its first character could open one of the words (ASCII letters and "à" have
    no other case-insensitive twins).
    """
    firsts = _FIRSTS[words]
    lengths = _LENGTHS[words]
    out: list[int] = []
    for digit in number_starts:
        if digit > 1 and text[digit - 1].isspace():
            for n in lengths:
                start = digit - 1 - n
                if start >= 0 and text[start] in firsts:
                    out.append(start)
    return sorted(set(out)) if len(out) > 1 else out


_FIRSTS: dict[tuple[str, ...], frozenset[str]] = {
    ws: frozenset(c for w in ws for c in (w[0], w[0].upper())) for ws in (_AT_WORDS, _RANGE_WORDS)
}
_LENGTHS: dict[tuple[str, ...], list[int]] = {
    ws: sorted({len(w) for w in ws}) for ws in (_AT_WORDS, _RANGE_WORDS)
}


def _ambiguous(month_word: str) -> bool:
    """Short month names that are also words ("mar" = sea, "mai" = more, "set" = set)."""
    return strip_accents(month_word) in _AMBIGUOUS_MONTHS and len(month_word) < 5 and month_word.islower()


def _iso(year: int | None, month: int, day: int) -> str | None:
    try:
        date(year or 2000, month, day)  # 2000 is a leap year, so 29 February passes
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _year(raw: str) -> int:
    value = int(raw)
    return value + 2000 if len(raw) == 2 and value < 70 else value + 1900 if len(raw) == 2 else value


class DateRecognizer(Recognizer):
    """Calendar dates and clock times in the five languages."""

    name = "date"
    entity_types = ("date",)
    priority = 40

    def analyze(self, doc: Document) -> Iterator[Entity]:
        """Yield dates and times, normalised to ISO 8601."""
        text = doc.text
        if _DIGIT.search(text) is None:
            return  # every date and time pattern holds a digit
        seen: list[tuple[int, int]] = []

        def fresh(span: tuple[int, int]) -> bool:
            if any(span[0] < e and s < span[1] for s, e in seen):
                return False
            seen.append(span)
            return True

        month_first = doc.region == "US"
        starts = doc.number_starts()  # every pattern below but the last three opens a number
        for m in matches_from(_ISO, text, starts):
            iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if iso and fresh(m.span()):
                yield self.entity("date", doc, *m.span(), iso, 0.95)
        for m in matches_from(_NUMERIC, text, starts):
            a, b, year = int(m.group(1)), int(m.group(3)), _year(m.group(4))
            iso = _iso(year, a, b) if month_first else _iso(year, b, a)
            iso = iso or (_iso(year, b, a) if month_first else _iso(year, a, b))
            if iso and fresh(m.span()):
                yield self.entity("date", doc, *m.span(), iso, 0.9)
        for m in matches_from(_DAY_MONTH, text, starts):
            month = _MONTHS.get(strip_accents(m.group(2)))
            ambiguous = (
                _ambiguous(m.group(2))
                and not m.group(3)
                and not _ORDINAL.search(m.group(0))
                and not _DAY_PREPOSITION.search(doc.before(m.start(), 8))
            )
            if month is None or ambiguous:
                continue
            iso = _iso(int(m.group(3)) if m.group(3) else None, month, int(m.group(1)))
            if iso and fresh(m.span()):
                yield self.entity("date", doc, *m.span(), iso, 0.85)
        for m in matches_from(_MONTH_DAY, text, _month_day_starts(text, starts)):
            month = _MONTHS.get(strip_accents(m.group(1)))
            if month is None or (
                strip_accents(m.group(1)) in _AMBIGUOUS_MONTHS and not m.group(1)[0].isupper()
            ):
                continue
            iso = _iso(int(m.group(3)) if m.group(3) else None, month, int(m.group(2)))
            if iso and fresh(m.span()):
                yield self.entity("date", doc, *m.span(), iso, 0.8)
        for m in matches_from(_SHORT, text, starts):
            if m.group() in _ROUND_THE_CLOCK:
                continue
            a, b = int(m.group(1)), int(m.group(2))
            iso = _iso(None, a, b) if month_first else _iso(None, b, a)
            iso = iso or (_iso(None, b, a) if month_first else _iso(None, a, b))
            if iso and fresh(m.span()):
                yield self.entity("date", doc, *m.span(), iso, 0.6)
        for m in matches_from(_TIME, text, starts):
            if m.group(1) is not None:
                hour, minute, suffix = int(m.group(1)), int(m.group(2)), (m.group(3) or "").lower()
                if m.group(0)[len(m.group(1))] == "." and not suffix:
                    continue  # "12.50" is a price far more often than a time
            else:
                hour, minute, suffix = int(m.group(4)), 0, m.group(5).lower().replace(".", "")
            if suffix == "pm" and hour < 12:
                hour += 12
            if hour > 23 or minute > 59:
                continue
            if fresh(m.span()):
                yield self.entity("date", doc, *m.span(), f"T{hour:02d}:{minute:02d}", 0.8)
        for m in matches_from(_RANGE, text, _phrase_starts(text, starts, _RANGE_WORDS)):
            hours = [(m.group("h1"), m.group("m1")), (m.group("h2"), m.group("m2"))]
            if any(int(h) > 23 or int(mi or 0) > 59 for h, mi in hours):
                continue
            if not m.group("suffix") and _PEOPLE_BEFORE.search(doc.before(m.start(), 25)):
                continue
            pm = (m.group("suffix") or "").lower() == "pm"
            for (h, mi), group in zip(hours, ("h1", "h2"), strict=True):
                span = (m.start(group), m.end("m1" if group == "h1" and mi else "m2" if mi else group))
                if group == "h2" and m.group("suffix"):
                    span = (span[0], m.end("suffix"))
                hour = int(h) + 12 if pm and int(h) < 12 else int(h)
                if fresh(span):
                    yield self.entity("date", doc, *span, f"T{hour:02d}:{int(mi or 0):02d}", 0.7)
        for m in matches_from(_AT_HOUR, text, _phrase_starts(text, starts, _AT_WORDS)):
            hour, minute = int(m.group("h")), int(m.group("m") or _FRACTIONS.get(m.group("frac") or "", 0))
            span = (m.start("h"), m.end())
            if hour <= 23 and minute <= 59 and fresh(span):
                yield self.entity("date", doc, *span, f"T{hour:02d}:{minute:02d}", 0.75)
