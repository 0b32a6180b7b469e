"""Triage of report narratives (issue 6): third-person tactics, first-person disclosures, minors.

`data/report_narratives.json` was written before the report cues were tuned; its 'holdout' items are
kept out of tuning and only measured by `test_holdout_figures` (figures in docs/benchmarks.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vigila.detectors.report import assess_report
from vigila.reports.triage import triage

ITEMS = json.loads((Path(__file__).parent / "data" / "report_narratives.json").read_text(encoding="utf-8"))[
    "items"
]


def _figures(split: str) -> tuple[float, float, int]:
    tp = fp = fn = 0
    for item in (i for i in ITEMS if i["split"] == split):
        flagged = triage(item["text"]).risk >= 0.5
        tp += flagged and item["risky"]
        fp += flagged and not item["risky"]
        fn += (not flagged) and item["risky"]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp + fp + fn


def test_corpus_shape() -> None:
    assert len(ITEMS) >= 40
    assert {i["lang"] for i in ITEMS} == {"es", "en", "pt", "fr", "ro"}
    holdout = [i for i in ITEMS if i["split"] == "holdout"]
    assert len(holdout) == 10 and any(i["risky"] for i in holdout) and not all(i["risky"] for i in holdout)


@pytest.mark.parametrize(
    "text",
    [
        "the recruiter keeps her passport and she must repay the flight from her earnings",
        "un hombre escribe a niñas de 14 años en un juego online, les regala créditos y les pide que "
        "no se lo digan a sus padres",
        "Un bărbat scrie fetelor de 14-15 ani într-un joc online, le trimite credite gratuite și le cere să "
        "vorbească pe altă aplicație și să nu spună părinților",
    ],
)
def test_issue_examples_reach_warn_with_spans(text: str) -> None:
    result = triage(text)
    assert result.level in {"warn", "alert"}
    assert "report" in result.detectors and len(result.tactics) >= 2
    for s in result.signals:
        assert text[s.start : s.end].strip() == s.text


def test_first_person_disclosure_still_counts() -> None:
    result = triage("me quitaron el pasaporte y no me dejan salir")
    assert result.level == "alert" and "victim_documents_taken" in result.tactics


def test_minors_and_grooming_weigh_more() -> None:
    adult = assess_report("a man asks her to talk on telegram")
    minor = assess_report("a man asks my 13 year old daughter to talk on telegram")
    assert adult.level.value == "watch" and minor.risk > adult.risk and minor.level.value in {"warn", "alert"}
    assert "minors_mentioned" in {s.tactic for s in minor.signals}
    # Minors without a grooming tactic are no risk.
    assert assess_report("my 13 year old daughter plays online with her classmates").risk == 0.0


def test_contract_lowers_a_job_lure() -> None:
    lure = assess_report("she got a job at a hotel abroad")
    assert assess_report("she got a job at a hotel abroad with a contract").risk < lure.risk


def test_dev_figures() -> None:
    precision, recall, _ = _figures("dev")
    assert precision >= 0.9 and recall >= 0.9


def test_holdout_figures() -> None:
    # Floors set after the single hold-out run (see docs/benchmarks.md, "Report triage").
    precision, recall, _ = _figures("holdout")
    assert precision >= 0.8 and recall >= 0.6
