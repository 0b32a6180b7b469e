"""Number words in es, en, pt, fr and ro, and turning runs of them into digit strings.

Used to read spelled phone numbers ("seis uno dos", "six 0 zero", "zéro six douze") and spelled
ages ("tengo diecisiete años"). Words are matched without accents and in lower case.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from functools import lru_cache


class Kind(StrEnum):
    """Role of a number word when words are combined into digits."""

    UNIT = "unit"  # 0-9
    TEEN = "teen"  # 10-19
    TENS = "tens"  # 20, 30 … 90
    HUNDREDS = "hundreds"  # 100 … 900 as one word (seiscientos, seiscentos)
    HUNDRED = "hundred"  # multiplier word (hundred, cent, sute)
    DOUBLE = "double"  # "double six" = 66
    AND = "and"  # connector inside a compound (y, e, and, et, și)


def _words(kind: Kind, table: dict[int, str]) -> dict[str, tuple[Kind, int]]:
    out: dict[str, tuple[Kind, int]] = {}
    for value, names in table.items():
        for name in names.split():
            out[name] = (kind, value)
    return out


_UNITS = {
    0: "cero zero zéro",
    1: "uno una un one um uma un une unu una",
    2: "dos two dois duas deux doi doua două",
    3: "tres three três trois trei",
    4: "cuatro four quatro quatre patru",
    5: "cinco five cinq cinci",
    6: "seis six sase șase şase",
    7: "siete seven sete sept sapte șapte şapte",
    8: "ocho eight oito huit opt",
    9: "nueve nine nove neuf noua nouă",
}
_TEENS = {
    10: "diez ten dez dix zece",
    11: "once eleven onze unsprezece",
    12: "doce twelve doze douze doisprezece douasprezece",
    13: "trece thirteen treze treize treisprezece",
    14: "catorce fourteen catorze quatorze paisprezece",
    15: "quince fifteen quinze cincisprezece",
    16: "dieciseis sixteen dezesseis dezasseis seize saisprezece",
    17: "diecisiete seventeen dezessete dezassete saptesprezece",
    18: "dieciocho eighteen dezoito optsprezece",
    19: "diecinueve nineteen dezenove dezanove nouasprezece",
}
_TENS = {
    20: "veinte twenty vinte vingt douazeci",
    30: "treinta thirty trinta trente treizeci",
    40: "cuarenta forty quarenta quarante patruzeci",
    50: "cincuenta fifty cinquenta cinquante cincizeci",
    60: "sesenta sixty sessenta soixante saizeci",
    70: "setenta seventy septante saptezeci",
    80: "ochenta eighty oitenta huitante quatre-vingts optzeci",
    90: "noventa ninety nonante nouazeci",
}
_HUNDREDS = {
    100: "cien ciento cem cento",
    200: "doscientos doscientas duzentos duzentas",
    300: "trescientos trescientas trezentos trezentas",
    400: "cuatrocientos cuatrocientas quatrocentos quatrocentas",
    500: "quinientos quinientas quinhentos quinhentas",
    600: "seiscientos seiscientas seiscentos seiscentas",
    700: "setecientos setecientas setecentos setecentas",
    800: "ochocientos ochocientas oitocentos oitocentas",
    900: "novecientos novecientas novecentos novecentas",
}
# 21-29 written as one word in Spanish.
_VEINTI = {
    20 + i: f"veinti{w}"
    for i, w in enumerate(["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"], 1)
}

NUMBER_WORDS: dict[str, tuple[Kind, int]] = {
    **_words(Kind.UNIT, _UNITS),
    **_words(Kind.TEEN, _TEENS),
    **_words(Kind.TENS, _TENS),
    **_words(Kind.HUNDREDS, _HUNDREDS),
    **{w: (Kind.TENS, v) for v, w in _VEINTI.items()},
    **{w: (Kind.HUNDRED, 100) for w in ("hundred", "cent", "cents", "suta", "sute")},
    **{w: (Kind.DOUBLE, 2) for w in ("double", "doble", "duplo", "dublu")},
    **{w: (Kind.DOUBLE, 3) for w in ("triple", "triplo", "triplu")},
    **{w: (Kind.AND, 0) for w in ("y", "e", "and", "et", "si")},
}
# veintiún / veintidós / veintitrés / veintiséis keep their accent in writing; strip_accents handles it.
# "un" followed by a noun is an article; it only counts when inside a run of number words.


@lru_cache(maxsize=8192)
def strip_accents(word: str) -> str:
    """Lower-case `word` and drop accents and cedillas (ș, ş → s), for word look-ups."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def lookup(word: str) -> tuple[Kind, int] | None:
    """The kind and value of a number word, or None."""
    return NUMBER_WORDS.get(strip_accents(word))


def words_to_digits(words: list[tuple[Kind, int]]) -> str | None:
    """Digits spelled by a run of number words ("seiscientos doce" → "612"); None if malformed."""
    out: list[str] = []
    i = 0
    n = len(words)
    while i < n:
        kind, value = words[i]
        if kind is Kind.AND:
            return None  # a connector must sit inside a compound, handled below
        if kind is Kind.DOUBLE:
            if i + 1 >= n or words[i + 1][0] is not Kind.UNIT:
                return None
            out.append(str(words[i + 1][1]) * value)
            i += 2
            continue
        if kind is Kind.UNIT and i + 1 < n and words[i + 1][0] is Kind.HUNDRED:
            kind, value = Kind.HUNDREDS, value * 100  # "six hundred", "șase sute"
            i += 1
        if kind is Kind.UNIT and value == 4 and i + 1 < n and words[i + 1] == (Kind.TENS, 20):
            kind, value = Kind.TENS, 80  # French quatre-vingt
            i += 1
        if kind is Kind.HUNDRED:
            kind, value = Kind.HUNDREDS, 100
        i += 1
        if kind is Kind.HUNDREDS:
            rest, i = _below_hundred(words, i)
            out.append(str(value + (rest or 0)))
        elif kind is Kind.TENS:
            rest, i = _after_tens(words, i, value)
            out.append(str(value + rest))
        elif kind is Kind.TEEN:
            value, i = _teen(words, i - 1) or (value, i)
            out.append(str(value))
        else:
            out.append(str(value))
    return "".join(out)


def _teen(words: list[tuple[Kind, int]], i: int) -> tuple[int, int] | None:
    """A teen at `i`, including French dix-sept/dix-huit/dix-neuf written as two words."""
    if i >= len(words) or words[i][0] is not Kind.TEEN:
        return None
    value = words[i][1]
    if value == 10 and i + 1 < len(words) and words[i + 1][0] is Kind.UNIT and words[i + 1][1] >= 7:
        return 10 + words[i + 1][1], i + 2
    return value, i + 1


def _skip_and(words: list[tuple[Kind, int]], i: int) -> int:
    return i + 1 if i < len(words) and words[i][0] is Kind.AND else i


def _after_tens(words: list[tuple[Kind, int]], i: int, tens: int) -> tuple[int, int]:
    j = _skip_and(words, i)
    if j < len(words):
        kind, value = words[j]
        if kind is Kind.UNIT and value > 0:
            return value, j + 1
        teen = _teen(words, j)
        if teen is not None and tens in (60, 80):
            return teen  # soixante-dix-huit = 78
    return 0, i


def _below_hundred(words: list[tuple[Kind, int]], i: int) -> tuple[int | None, int]:
    j = _skip_and(words, i)
    if j < len(words):
        kind, value = words[j]
        if kind is Kind.TENS:
            rest, k = _after_tens(words, j + 1, value)
            return value + rest, k
        teen = _teen(words, j)
        if teen is not None:
            return teen
        if kind is Kind.UNIT and value > 0:
            return value, j + 1
    return None, i
