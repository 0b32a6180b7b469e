"""Triage of a report's plaintext, in memory at submission: entities, risk, level and tactics.

Runs `vigila.extract` and every detector of the analysis core that can assess a bare text (job
offers, conversations, ads). Detectors are looked up by name, so a deployment without one (or a
branch where it has not landed yet) still triages with the rest; the report's risk is the highest
risk any detector gives, and its tactics are the union of the signals that raise risk.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from vigila.core.errors import VigilaError
from vigila.core.types import Entity, Level, Signal

# (module, class): detectors with an `assess(text)` method returning an Assessment.
DETECTORS: tuple[tuple[str, str], ...] = (
    ("vigila.detectors.jobs", "JobOfferAssessor"),
    ("vigila.detectors.conversation", "ConversationMonitor"),
    ("vigila.detectors.ads", "AdAssessor"),
)
# Entity types worth a pseudonym; money, ages, dates and places identify nobody on their own.
PSEUDONYMISED = ("phone", "email", "handle", "crypto_address", "url")


@dataclass
class Triage:
    """What the detectors made of a report."""

    risk: float = 0.0
    level: str = Level.NONE.value
    tactics: list[str] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    detectors: list[str] = field(default_factory=list)


@cache
def _detectors() -> tuple[tuple[str, Any], ...]:
    found = []
    for module, cls in DETECTORS:
        try:
            detector = getattr(importlib.import_module(module), cls)()
        except (ImportError, AttributeError):
            continue
        if callable(getattr(detector, "assess", None)):
            found.append((cls, detector))
    return tuple(found)


def triage(text: str, lang: str | None = None, region: str | None = None) -> Triage:
    """Entities and the strongest assessment of `text`; never raises on odd input."""
    result = Triage()
    if not text.strip():
        return result
    from vigila.recognizers import extract

    result.entities = [e for e in extract(text, lang=lang, region=region) if e.type in PSEUDONYMISED]
    for name, detector in _detectors():
        try:
            assessment = detector.assess(text)
        except (VigilaError, TypeError, ValueError):
            continue
        result.detectors.append(name)
        positive = [s for s in assessment.signals if s.weight > 0]
        result.signals.extend(positive)
        for s in positive:
            if s.tactic not in result.tactics:
                result.tactics.append(s.tactic)
        if positive and assessment.risk > result.risk:
            result.risk = float(assessment.risk)
    result.level = Level.from_risk(result.risk).value
    return result
