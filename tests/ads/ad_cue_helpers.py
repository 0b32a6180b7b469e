"""The indicator ids an ad fires, shared by the ad cue-family tests."""

from __future__ import annotations

from vigila import AdAssessor


def tactics(assessor: AdAssessor, text: str) -> set[str]:
    """Indicator ids of the signals the assessor finds in `text`."""
    return {s.tactic for s in assessor.assess(text).signals}
