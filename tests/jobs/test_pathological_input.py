"""Cue patterns have no unbounded digit runs: those went quadratic on input like "0.0.0.…" (fuzzing)."""

from __future__ import annotations

import re

from vigila.indicators import load_taxonomy

# `\d` followed by an unbounded class repetition: each start scans the whole run, then backtracks.
UNBOUNDED_DIGIT_RUN = re.compile(r"\\d\[[^\]]*\][*+]")


def _all_cue_patterns() -> list[tuple[str, str]]:
    import json
    from importlib import resources

    found: list[tuple[str, str]] = []
    data = resources.files("vigila.indicators").joinpath("data")
    for entry in data.iterdir():
        if not entry.name.endswith(".json"):
            continue
        doc = json.loads(entry.read_text("utf-8"))
        tactics = doc["tactics"] if isinstance(doc, dict) else doc
        for tactic in tactics:
            lists = [tactic.get("cues", {}), *tactic.get("domain_cues", {}).values()]
            for cues in lists:
                for patterns in cues.values():
                    found.extend((tactic["id"], p) for p in patterns)
    return found


def test_taxonomy_loads() -> None:
    assert load_taxonomy()


def test_no_cue_has_an_unbounded_digit_run() -> None:
    patterns = _all_cue_patterns()
    assert len(patterns) > 100
    bad = [(tid, p) for tid, p in patterns if UNBOUNDED_DIGIT_RUN.search(p)]
    assert not bad, bad[:3]
