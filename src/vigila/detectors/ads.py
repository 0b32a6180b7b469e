"""Explainable assessment of escort/massage ads with evidence-graded, signed indicators.

Weights live in ``vigila/indicators/data/ads.json``; each indicator carries its source and evidence
grade, and a negative weight where the evidence says the cue points AWAY from trafficking (movement
language, per the NIJ-funded study of 1,263 ads with known outcomes). Two indicators need the whole
corpus (price far from the city's median, one phone in many cities): pass an :class:`AdCorpusContext`.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from vigila.core.errors import InputError
from vigila.core.types import Assessment, Level, Signal

_BIAS = -2.0  # risk of an ad with no signal: sigmoid(-2) ≈ 0.12


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


@lru_cache(maxsize=4)
def load_ad_indicators(langs: tuple[str, ...] | None = None) -> tuple[AdIndicator, ...]:
    """Load the evidence-graded ad indicators; cues of ``langs`` (default: all) plus language-free ones."""
    raw = json.loads(resources.files("vigila.indicators").joinpath("data/ads.json").read_text("utf-8"))
    out = []
    for t in raw["tactics"]:
        cues = [c for lang, cs in t["cues"].items() if langs is None or lang in (*langs, "any") for c in cs]
        pattern = re.compile("|".join(f"(?:{c})" for c in cues)) if cues else None
        ev = t["evidence"]
        out.append(
            AdIndicator(
                t["id"], t["name"], float(t["weight"]), ev["grade"], ev["source"], ev["finding"], pattern
            )
        )
    return tuple(out)


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

    @property
    def indicators(self) -> tuple[AdIndicator, ...]:
        """The loaded indicators, for explanations and reports."""
        return self._indicators

    def text_signals(self, ad: Ad | str) -> list[Signal]:
        """Signals found in the ad's text (title and body), one per indicator, with the first span."""
        if isinstance(ad, str):
            ad = Ad(id="", text=ad)
        text = ad.full_text
        low = text.lower()
        # Cues are written in lower case; matching lower-cased text is twice as fast as re.IGNORECASE.
        # The rare characters whose lower case changes length are folded character by character.
        if len(low) != len(text):
            low = "".join(c.lower()[0] for c in text)
        out = []
        for ind in self._indicators:
            if ind.pattern is None:
                continue
            m = ind.pattern.search(low)
            if m:
                out.append(
                    Signal(
                        ind.id,
                        ind.weight,
                        m.start(),
                        m.end(),
                        text[m.start() : m.end()],
                        field="text",
                        source=f"ads:{ind.grade}",
                    )
                )
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
            direction = "raises" if ind.weight > 0 else "lowers" if ind.weight < 0 else "does not change"
            parts.append(f"{ind.name} ({ind.grade} evidence) {direction} the risk")
        return "; ".join(parts) + "."
