"""Money amounts with a currency: "200€", "€1.500", "300 EUR", "2k $", "3 mil euros", "200 rosas".

`normalized` is "<amount> <CODE>" with the amount as a plain number (e.g. "1500 EUR"); "roses"
(the ads' code word for money) keeps the code ROSES.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from vigila.core.types import Entity
from vigila.recognizers.base import Document, Recognizer, matches_from, trie_pattern

_CURRENCY_WORDS: dict[str, str] = {
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "eurazos": "EUR", "pavos": "EUR",
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "dólar": "USD",
    "dólares": "USD", "dolar": "USD", "dolares": "USD", "dólares americanos": "USD", "dolari": "USD",
    "£": "GBP", "gbp": "GBP", "lire": "GBP", "liră": "GBP", "pound": "GBP", "pounds": "GBP",
    "libras": "GBP", "quid": "GBP",
    "r$": "BRL", "brl": "BRL", "reais": "BRL", "real": "BRL",
    "lei": "RON", "ron": "RON", "leu": "RON",
    "mxn": "MXN", "pesos": "MXN", "cop": "COP", "ars": "ARS", "chf": "CHF", "francs": "CHF",
    "rosas": "ROSES", "roses": "ROSES", "rose": "ROSES", "rosa": "ROSES", "trandafiri": "ROSES",
    "usdt": "USDT", "btc": "BTC", "bitcoin": "BTC", "bitcoins": "BTC",
    # slang and the currencies of other regions the five languages are written in
    "balles": "EUR", "francos": "CHF", "franci": "CHF", "fcfa": "XOF", "cfa": "XOF", "php": "PHP",
    "dirhams": "MAD", "dh": "MAD", "mdl": "MDL", "soles": "PEN",
}  # fmt: skip
_CUR = trie_pattern(_CURRENCY_WORDS)  # longest first, one branch per character
_NUM = r"\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_MULT = (
    r"(?:\s?(?P<mult>k|mil|mille|mii|thousand|million|millions|millón|millon|millones|milhão|milhao|milhões|"
    r"milhoes|milion|milioane|m)\b)?"
)
_AFTER = re.compile(rf"(?<![\w.,])(?P<num>{_NUM}){_MULT}\s?(?P<cur>{_CUR})(?![\w$€£])", re.IGNORECASE)
_BEFORE = re.compile(
    rf"(?<![\w])(?P<cur>[€$£]|us\$|r\$|eur|usd|gbp|brl|ron)\s?(?P<num>{_NUM}){_MULT}(?![\w.,]\d)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# What `_BEFORE` can open with, lower-cased: its letter codes and signs.
_OPENINGS = ("eur", "usd", "gbp", "brl", "ron", "us$", "r$", "€", "$", "£")
_MULTIPLIERS = {"k": 1000, "mil": 1000, "mille": 1000, "mii": 1000, "thousand": 1000, "m": 1_000_000}
_MULTIPLIERS.update(
    dict.fromkeys(
        [
            "million",
            "millions",
            "millón",
            "millon",
            "millones",
            "milhão",
            "milhao",
            "milhões",
            "milhoes",
            "milion",
            "milioane",
        ],
        1_000_000,
    )
)


def _code_starts(text: str) -> list[int] | range:
    """Offsets, ascending, where a `_BEFORE` match can start: where a sign or code opens.

    Found with `str.find` in the lower-cased text, whose offsets are the text's when lower-casing kept
    its length. Ignoring case, only "ſ" (long s) also matches one of the codes' letters; with it, or
    when lengths differ, every offset is tried.
    """
    lowered = text.lower()
    if "ſ" in text or len(lowered) != len(text):
        return range(len(text))
    starts: list[int] = []
    for opening in _OPENINGS:
        i = lowered.find(opening)
        while i >= 0:
            starts.append(i)
            i = lowered.find(opening, i + 1)
    return sorted(set(starts))


def parse_amount(raw: str) -> float | None:
    """Read "1.500", "1,500.50", "1 500", "12,5" as a number; None if it is not one."""
    raw = raw.replace(" ", "").replace("\u00a0", "")
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", raw):
        return float(re.sub(r"[.,]", "", raw))  # thousands separators only
    m = re.fullmatch(r"(\d{1,3}(?:[.,]\d{3})*|\d+)(?:[.,](\d{1,2}))?", raw)
    if m is None:
        return None
    whole = re.sub(r"[.,]", "", m.group(1))
    return float(f"{whole}.{m.group(2) or 0}")


class MoneyRecognizer(Recognizer):
    """Amounts with a currency sign, code or word (including "roses")."""

    name = "money"
    entity_types = ("money",)
    priority = 45

    def analyze(self, doc: Document) -> Iterator[Entity]:
        """Yield money amounts, normalised to "<amount> <CODE>"."""
        text = doc.text
        if _DIGIT.search(text) is None:
            return  # both patterns need a digit
        seen: list[tuple[int, int]] = []
        # `_AFTER` opens with a number; `_BEFORE` with a currency sign or code, tried only where one is.
        before = matches_from(_BEFORE, text, _code_starts(text))
        for m in itertools.chain(before, matches_from(_AFTER, text, doc.number_starts())):
            if any(m.start() < e and s < m.end() for s, e in seen):
                continue
            amount = parse_amount(m.group("num"))
            if amount is None:
                continue
            if m.group("mult"):
                amount *= _MULTIPLIERS[m.group("mult").lower()]
            code = _CURRENCY_WORDS[m.group("cur").lower()]
            if code == "ROSES" and amount < 20:
                continue  # "dos rosas", "3 roses": flowers, not prices
            seen.append(m.span())
            shown = f"{amount:.2f}".rstrip("0").rstrip(".")
            yield self.entity(
                "money", doc, m.start(), m.end(), f"{shown} {code}", 0.9, amount=amount, currency=code
            )
