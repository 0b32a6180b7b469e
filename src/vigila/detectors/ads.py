"""Explainable assessment of escort/massage ads with evidence-graded, signed indicators.

Weights live in ``vigila/indicators/data/ads.json``; each indicator carries its source and evidence
grade, and a negative weight where the evidence says the cue points AWAY from trafficking (movement
language, per the NIJ-funded study of 1,263 ads with known outcomes). Two indicators need the whole
corpus (price far from the city's median, one phone in many cities): pass an :class:`AdCorpusContext`.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from vigila.core.errors import InputError
from vigila.core.types import Assessment, Level, Signal
from vigila.indicators.fold import fold_char, fold_pattern

# Risk of an ad with no signal: sigmoid(-1.5) ≈ 0.18. At -1.5, "warn" (0.5) needs indicators worth 1.5,
# i.e. two of research grade or better (third person + youth); at -2.0 it took three, and 22 of 33
# trafficking-indicative ads of the fresh dev probe stayed below warn with all their indicators found.
_BIAS = -1.5
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_MARKS = re.compile("[\u0300-\u036f]")  # combining accents, as NFD splits them off
_QUOTES = {"\u2019": "'", "\u2018": "'", "\u00b4": "'"}
_TOKENS = re.compile(r"[a-z]+|\d+")
_JOINERS = frozenset({"y", "e", "et", "si", "and"})  # "cuarenta y cinco": inside a spelled number
# (scan, ties, names, literals): see AdAssessor._scan_patterns.
_Scan = tuple[re.Pattern[str] | None, re.Pattern[str], list[str], dict[str, list[str]]]
_BENIGN = "_benign_context"  # the scan's name for the words of ordinary businesses and job ads
_MIN_NUMBER_TOKENS = 5  # the shortest obscured phone the cues accept
_MOVEMENT = "ad_movement_language"
# The outcome study's negative weight for movement language describes women touring on their own. Told
# by a third party or about several women ("rotamos cada mes a otras ciudades", "our girls visit Leicester
# Mon-Tue") it is a circuit someone else runs (a practitioner red flag), so it weighs nothing there.
_CIRCUIT = frozenset({"ad_third_person", "ad_several_women"})
# A third party who books or sets prices, with women kept in-call or offered several at once, is the managed
# venue pattern; the pair alone stayed at "watch" (0.38-0.48) although on the three dev probes no benign or
# independent ad had it, so the pair adds its own weight.
_THIRD = "ad_third_person"
_VENUE = frozenset({"ad_incall_hotel_only", "ad_several_women"})
_THIRD_PARTY_VENUE = "ad_third_party_venue"
# A cue that starts with \b and then surely a word character (as in vigila.indicators.taxonomy).
_WORD_START = re.compile(r"[a-z0-9]|\(\?:[a-z0-9]|\\w")
# Frequent short words per language. An ad is read with the cues of the languages whose words it uses
# (plus English, common in code-switching, and language-free cues): running all five languages' cues
# on every ad cost three times as much.
_FUNCTION_WORDS = {
    "en": frozenset({"the", "and", "with", "for", "you", "your", "me", "my", "i", "am", "is", "to",
        "of", "in", "on", "only", "call", "text", "are", "our"}),
    "es": frozenset({"el", "la", "los", "las", "y", "de", "que", "en", "con", "para", "por", "muy",
        "solo", "soy", "tu", "te", "mi", "una", "del", "al", "es"}),
    "pt": frozenset({"o", "a", "os", "as", "e", "de", "que", "em", "com", "para", "pra", "muito", "so",
        "sou", "voce", "vc", "nao", "um", "uma", "do", "da", "no", "na"}),
    "fr": frozenset({"le", "la", "les", "et", "de", "des", "du", "en", "avec", "pour", "tres", "je",
        "pas", "une", "un", "au", "sur", "vous", "est", "moi"}),
    "ro": frozenset({"si", "de", "la", "cu", "pentru", "in", "sunt", "nu", "foarte", "o", "un", "ma",
        "pe", "din", "doar", "va", "este", "sau"}),
}


@dataclass(slots=True)
class Ad:
    """One advertisement as read from JSONL/CSV; only ``id`` and ``text`` are required."""

    id: str
    text: str
    title: str | None = None
    posted_at: str | None = None
    city: str | None = None
    site: str | None = None
    phone: str | None = None
    price: float | None = None
    image_hashes: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def full_text(self) -> str:
        """Title and body joined, the text every view of an ad works on."""
        return f"{self.title}\n{self.text}" if self.title else self.text


@dataclass(frozen=True, slots=True)
class AdIndicator:
    """One ad indicator: id, name, signed weight, evidence grade, source and compiled cues."""

    id: str
    name: str
    weight: float
    grade: str
    source: str
    finding: str
    pattern: re.Pattern[str] | None
    # Silent in ads with words of an ordinary business or job ad ("cerrajeros 24h", "Asian restaurant").
    context_sensitive: bool = False
    # Words read as digits: the cues only run when the text has a run of digits and such words.
    number_words: frozenset[str] = frozenset()


def _compile(cues_by_lang: dict[str, list[str]], langs: tuple[str, ...] | None) -> re.Pattern[str] | None:
    cues = [fold_pattern(c) for lang, cs in cues_by_lang.items() if langs is None or lang in (*langs, "any")
            for c in cs]
    return re.compile("|".join(f"(?:{c})" for c in cues)) if cues else None


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("vigila.indicators").joinpath("data/ads.json").read_text("utf-8")
    )
    return data


@lru_cache(maxsize=4)
def load_ad_indicators(langs: tuple[str, ...] | None = None) -> tuple[AdIndicator, ...]:
    """Load the evidence-graded ad indicators; cues of ``langs`` (default: all) plus language-free ones."""
    out = []
    for t in _raw()["tactics"]:
        ev = t["evidence"]
        out.append(
            AdIndicator(
                t["id"], t["name"], float(t["weight"]), ev["grade"], ev["source"], ev["finding"],
                _compile(t["cues"], langs), bool(t.get("context_sensitive", False)),
                frozenset(w for lang, ws in t.get("number_words", {}).items()
                          if langs is None or lang in langs for w in ws),
            )
        )
    return tuple(out)


def fold_lower(text: str) -> str:
    """Lower case without accents, same length as ``text`` (so match offsets are offsets into it)."""
    low = text.lower()
    # The rare characters whose lower case changes length are folded character by character.
    if len(low) != len(text):
        low = "".join(c.lower()[0] for c in text)
    if low.isascii():
        return low
    if _MARKS.search(low) is None:
        # Fast path: NFD puts each accent after its letter; dropping the accents keeps one character per
        # original character unless some character decomposed into several letters (then the length shows it).
        plain = _MARKS.sub("", unicodedata.normalize("NFD", low))
        if len(plain) == len(low):
            for quote, ascii_quote in _QUOTES.items():
                if quote in plain:
                    plain = plain.replace(quote, ascii_quote)
            return plain
    return _NON_ASCII.sub(lambda m: "".join(fold_char(c) for c in m.group()), low)


def _number_run(tokens: list[str], words: frozenset[str]) -> int | None:
    """Index of the first token of the first run of digit groups and number words long enough to be a
    phone and with at least one word; None when there is none (then no obscured-phone cue can match)."""
    if words.isdisjoint(tokens) and "l" not in tokens and "o" not in tokens:
        return None
    count, spelled, first = 0, False, 0
    for i, tok in enumerate(tokens):
        if count and tok in _JOINERS:
            continue
        if not (tok[0].isdigit() or tok in words or tok in ("l", "o")):
            if spelled and count >= _MIN_NUMBER_TOKENS:
                return first
            count, spelled = 0, False
            continue
        if count == 0:
            first = i
        if tok[0].isdigit():
            count += len(tok)  # a digit run is at most one cue token per digit
        else:
            count, spelled = count + 1, True
    return first if spelled and count >= _MIN_NUMBER_TOKENS else None


@dataclass(slots=True)
class AdCorpusContext:
    """Corpus-wide facts some indicators need: cities per phone and price medians per city."""

    cities_per_phone: dict[str, int]
    median_price: dict[str, float]
    many_cities: int = 3
    price_ratio: float = 2.5

    @classmethod
    def from_ads(cls, ads: Iterable[Ad], many_cities: int = 3, price_ratio: float = 2.5) -> AdCorpusContext:
        """Build the context from an iterable of ads (one pass)."""
        cities: dict[str, set[str]] = defaultdict(set)
        prices: dict[str, list[float]] = defaultdict(list)
        for ad in ads:
            city = (ad.city or "").strip().lower()
            if ad.phone and city:
                cities[ad.phone].add(city)
            if ad.price is not None and ad.price > 0 and city:
                prices[city].append(ad.price)
        medians = {c: sorted(p)[len(p) // 2] for c, p in prices.items() if len(p) >= 5}
        return cls({k: len(v) for k, v in cities.items()}, medians, many_cities, price_ratio)


class AdAssessor:
    """Score ads for trafficking indicators; every risk decomposes into graded, signed signals."""

    def __init__(self, langs: tuple[str, ...] | None = None, bias: float = _BIAS) -> None:
        self.langs = langs
        self.bias = bias
        self._indicators = load_ad_indicators(langs)
        self._by_id = {i.id: i for i in self._indicators}
        raw = {t["id"]: t for t in _raw()["tactics"]}
        self._cues = {i.id: {lang: [fold_pattern(c) for c in cs] for lang, cs in raw[i.id]["cues"].items()}
                      for i in self._indicators}
        self._number_words = {lang: frozenset(ws) for t in raw.values()
                              for lang, ws in t.get("number_words", {}).items()}
        self._patterns: dict[tuple[str, frozenset[str]], re.Pattern[str] | None] = {}
        self._scans: dict[frozenset[str], _Scan] = {}

    def _langs_of(self, tokens: list[str]) -> frozenset[str]:
        """Cue languages for one ad: the given ones, else those its function words point to."""
        if self.langs is not None:
            return frozenset((*self.langs, "any"))
        words = set(tokens)
        scores = {lang: len(words & fw) for lang, fw in _FUNCTION_WORDS.items()}
        best = max(scores.values())
        if best < 2:  # too short or unknown: every language
            return frozenset((*_FUNCTION_WORDS, "any"))
        return frozenset({"en", "any"} | {lang for lang, n in scores.items() if n * 2 >= best})

    def _pattern(self, ind: AdIndicator, langs: frozenset[str]) -> re.Pattern[str] | None:
        key = (ind.id, langs)
        if key not in self._patterns:
            cues = [c for lang, cs in self._cues[ind.id].items() if lang in langs for c in cs]
            self._patterns[key] = re.compile("|".join(f"(?:{c})" for c in cues)) if cues else None
        return self._patterns[key]

    def _scan_patterns(self, langs: frozenset[str]) -> _Scan:
        """Two patterns over every text indicator's cues: ``scan`` finds where any cue matches, ``ties``
        tells, at one such position, every indicator that matches there (an alternation reports one).

        In ``scan`` the cues that start a word share one guard, so mid-word positions fail at once; it is a
        lookahead, so the scan visits every position, including those inside another cue's match. Cues that
        are plain non-word strings (the emoji) are left out of both and found with ``str.find``: frequent in
        ads, each of their hits cost a full ``ties`` match.
        """
        if langs not in self._scans:
            at_word: list[str] = []
            anywhere: list[str] = []
            ties: list[str] = []
            names: list[str] = []
            literals: dict[str, list[str]] = {}
            benign = [fold_pattern(c) for lang, cs in _raw().get("benign_context", {}).items()
                      if lang in langs for c in cs]
            for ind_id, cues in [
                *((i.id, [c for lang, cs in self._cues[i.id].items() if lang in langs for c in cs])
                  for i in self._indicators if not i.number_words),  # the phone cue has its own pre-check
                (_BENIGN, benign),
            ]:
                plain = [c for c in cues if not c[:1].isalnum() and c[:1] != "\\" and re.escape(c) == c]
                if plain:
                    literals[ind_id] = plain
                    cues = [c for c in cues if c not in plain]
                if not cues:
                    continue
                at_word += [c[2:] for c in cues if c.startswith(r"\b") and _WORD_START.match(c[2:])]
                anywhere += [c for c in cues if not (c.startswith(r"\b") and _WORD_START.match(c[2:]))]
                ties.append(f"(?:(?=(?P<g{len(names)}>{'|'.join(cues)}))|)")
                names.append(ind_id)
            parts = ([rf"(?<!\w)(?=\w)(?:{'|'.join(at_word)})"] if at_word else []) + anywhere
            scan = re.compile(f"(?=(?:{'|'.join(parts)}))") if parts else None
            self._scans[langs] = (scan, re.compile("".join(ties)), names, literals)
        return self._scans[langs]

    def _number_cue(
        self, ind: AdIndicator, low: str, tokens: list[str], langs: frozenset[str]
    ) -> re.Match[str] | None:
        """The obscured-phone cue, searched from the first long run of number tokens (none: no search)."""
        words = frozenset().union(*(self._number_words.get(lang, ()) for lang in langs))
        first = _number_run(tokens, words)
        pattern = self._pattern(ind, langs)
        if first is None or pattern is None:
            return None
        # No match can start before the run: search from it instead of scanning the whole ad.
        start = next(m.start() for k, m in enumerate(_TOKENS.finditer(low)) if k == first)
        return pattern.search(low, start)

    def _spans(self, low: str, langs: frozenset[str]) -> dict[str, tuple[int, int]]:
        """The first match of each text indicator, as one search per indicator would find it."""
        scan, ties, names, literals = self._scan_patterns(langs)
        found: dict[str, tuple[int, int]] = {}
        for name, plain in literals.items():
            hits = [(i, i + len(c)) for c in plain if (i := low.find(c)) >= 0]
            if hits:
                found[name] = min(hits)
        if scan is None:
            return found
        for m in scan.finditer(low):
            tie = ties.match(low, m.start())
            if tie is None:
                continue
            for i, name in enumerate(names):
                span = tie.span(f"g{i}")
                if span[0] >= 0 and (name not in found or span[0] < found[name][0]):
                    found[name] = span
        return found

    @property
    def indicators(self) -> tuple[AdIndicator, ...]:
        """The loaded indicators, for explanations and reports."""
        return self._indicators

    def text_signals(self, ad: Ad | str) -> list[Signal]:
        """Signals found in the ad's text (title and body), one per indicator, with the first span."""
        if isinstance(ad, str):
            ad = Ad(id="", text=ad)
        text = ad.full_text
        # Cues are written in lower case without accents; matching folded text is twice as fast as
        # re.IGNORECASE and reads "espanol" and "español" alike.
        low = fold_lower(text)
        tokens = _TOKENS.findall(low)
        langs = self._langs_of(tokens)
        spans = self._spans(low, langs)
        out = []
        for ind in self._indicators:
            if ind.number_words:
                m = self._number_cue(ind, low, tokens, langs)
                if m is not None:
                    spans[ind.id] = m.span()
            span = spans.get(ind.id)
            if span is None:
                continue
            if ind.context_sensitive and _BENIGN in spans:
                continue
            start, end = span
            source = f"ads:{ind.grade}"
            out.append(Signal(ind.id, ind.weight, start, end, text[start:end], field="text", source=source))
        return out

    def corpus_signals(self, ad: Ad, context: AdCorpusContext) -> list[Signal]:
        """Signals that need the corpus: phone seen in many cities, price far from the city median."""
        out = []
        if ad.phone and context.cities_per_phone.get(ad.phone, 0) >= context.many_cities:
            n = context.cities_per_phone[ad.phone]
            out.append(self._field_signal("ad_phone_many_cities", f"{ad.phone} in {n} cities", "phone"))
        median = context.median_price.get((ad.city or "").strip().lower())
        if (
            median
            and ad.price
            and (ad.price > median * context.price_ratio or ad.price < median / context.price_ratio)
        ):
            out.append(self._field_signal("ad_price_anomaly", f"{ad.price:g} vs median {median:g}", "price"))
        return out

    def score(self, signals: list[Signal]) -> Assessment:
        """Combine signals into a risk (logistic over the distinct indicators' weights)."""
        tactics = {s.tactic for s in signals}
        venue = sorted(_VENUE & tactics)
        if _THIRD in tactics and venue and _THIRD_PARTY_VENUE not in tactics:
            pair = f"{self._by_id[_THIRD].name} + {self._by_id[venue[0]].name}"
            signals = [*signals, self._field_signal(_THIRD_PARTY_VENUE, pair, "combination")]
        if _MOVEMENT in tactics and _CIRCUIT & tactics:
            signals = [dataclasses.replace(s, weight=0.0) if s.tactic == _MOVEMENT else s for s in signals]
        seen: dict[str, float] = {}
        for s in signals:
            seen.setdefault(s.tactic, s.weight)
        risk = 1.0 / (1.0 + math.exp(-(self.bias + sum(seen.values()))))
        return Assessment(risk, Level.from_risk(risk), signals, self._explain(signals), category="ad")

    def assess(self, ad: Ad | str, context: AdCorpusContext | None = None) -> Assessment:
        """Assess one ad (or a bare text); corpus indicators only when a context is given."""
        if isinstance(ad, str):
            ad = Ad(id="", text=ad)
        if not isinstance(ad.text, str) or not ad.full_text.strip():
            raise InputError(f"ad {ad.id or '(no id)'} has no text to assess")
        signals = self.text_signals(ad)
        if context is not None:
            signals += self.corpus_signals(ad, context)
        return self.score(signals)

    def _field_signal(self, tactic: str, text: str, field_name: str) -> Signal:
        ind = self._by_id[tactic]
        return Signal(tactic, ind.weight, 0, 0, text, field=field_name, source=f"ads:{ind.grade}")

    def _explain(self, signals: list[Signal]) -> str:
        if not signals:
            return "No ad indicator found."
        parts = []
        for s in signals:
            ind = self._by_id.get(s.tactic)
            if ind is None:
                continue
            direction = "raises" if s.weight > 0 else "lowers" if s.weight < 0 else "does not change"
            parts.append(f"{ind.name} ({ind.grade} evidence) {direction} the risk")
        return "; ".join(parts) + "."
