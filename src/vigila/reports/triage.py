"""Triage of a report's plaintext, in memory at submission: entities, risk, level and tactics.

Runs `vigila.extract` and every detector of the analysis core that can assess a bare text: the
report-narrative cues first (`vigila.detectors.report`: tactics told in the third person, "the
recruiter keeps her passport"), then the conversation monitor (first-person disclosures, "me quitaron
el pasaporte"), job offers and ads. Detectors are looked up by name, so a deployment without one (or
a branch where it has not landed yet) still triages with the rest.

Risk: the highest risk of any detector that found a positive signal (a max, not a sum: the detectors
read the same words, so adding them would count one sentence twice; the report detector already
combines its own tactics with a noisy-OR and weighs minors plus grooming more). Protective markers
found by the report detector (a contract, a loan paid back) scale every detector's risk down alike.
Tactics: the union, in order, of every detector's positive signals, each kept with its span.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from vigila.core.errors import VigilaError
from vigila.core.types import Entity, Level, Signal

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


def _jobs(module: Any) -> Callable[[str], tuple[float, list[Signal]]]:
    assessor = module.JobOfferAssessor.load()

    def run(text: str) -> tuple[float, list[Signal]]:
        verdict = assessor.assess(text)
        return float(verdict.fraud_probability), list(verdict.trafficking_flags)

    return run


def _conversation(module: Any) -> Callable[[str], tuple[float, list[Signal]]]:
    def run(text: str) -> tuple[float, list[Signal]]:
        # A report is read as the protected person's own words: only her first-person disclosures
        # ("me quitaron el pasaporte") count; the chat model read as the other side's speech misfires on
        # narratives (issue 6), and third-person tactics are the report detector's job.
        assessment = module.ConversationMonitor().observe({"sender": "user", "text": text})
        return float(assessment.risk), list(assessment.signals)

    return run


def _ads(module: Any) -> Callable[[str], tuple[float, list[Signal]]]:
    assessor = module.AdAssessor()

    def run(text: str) -> tuple[float, list[Signal]]:
        assessment = assessor.assess(text)
        return float(assessment.risk), list(assessment.signals)

    return run


def _report(module: Any) -> Callable[[str], tuple[float, list[Signal]]]:
    def run(text: str) -> tuple[float, list[Signal]]:
        assessment = module.assess_report(text)
        return float(assessment.risk), list(assessment.signals)

    return run


# (name, module, adapter): each adapter turns a detector's own API into (risk, signals).
DETECTORS: tuple[tuple[str, str, Callable[[Any], Callable[[str], tuple[float, list[Signal]]]]], ...] = (
    ("report", "vigila.detectors.report", _report),
    ("jobs", "vigila.detectors.jobs", _jobs),
    ("conversation", "vigila.detectors.conversation", _conversation),
    ("ads", "vigila.detectors.ads", _ads),
)


@cache
def _detectors() -> tuple[tuple[str, Callable[[str], tuple[float, list[Signal]]]], ...]:
    found = []
    for name, module, adapter in DETECTORS:
        try:
            found.append((name, adapter(importlib.import_module(module))))
        except (ImportError, AttributeError, VigilaError):
            continue  # not installed in this deployment (or not landed yet): triage with the rest
    return tuple(found)


def triage(text: str, lang: str | None = None, region: str | None = None) -> Triage:
    """Entities and the strongest assessment of `text`; never raises on odd input."""
    result = Triage()
    if not text.strip():
        return result
    from vigila.recognizers import extract

    result.entities = [e for e in extract(text, lang=lang, region=region) if e.type in PSEUDONYMISED]
    damp = 1.0
    for name, detector in _detectors():
        try:
            risk, signals = detector(text)
        except (VigilaError, TypeError, ValueError):
            continue
        result.detectors.append(name)
        if name == "report":
            # Protective markers the narrative states ("con contrato", "com carteira assinada") already
            # lower the report detector's own risk; they lower the other readings of the same text too.
            seen: dict[str, float] = {}
            for s in signals:
                seen.setdefault(s.tactic, s.weight)
            damp = max(0.0, 1.0 + sum(w for w in seen.values() if w < 0))
        else:
            risk *= damp
        positive = [s for s in signals if s.weight > 0]
        result.signals.extend(positive)
        for s in positive:
            if s.tactic not in result.tactics:
                result.tactics.append(s.tactic)
        if positive and risk > result.risk:
            result.risk = risk
    result.level = Level.from_risk(result.risk).value
    return result
