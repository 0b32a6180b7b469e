"""`vigila eval ads|reports FILE`: risk decision and indicator recall on hand-labelled probe sets.

A labelled line is `{"id", "lang", "risky": bool, "indicators": {tactic: phrase}, "text"}` (reports may
add the expected "level"). The risk decision is "warn or above" (risk >= 0.5), the level at which an
analyst is pointed to an ad or a report. `--split` applies the fixed rule of the probe sets: line index
% 5 in {0, 1} is the hold-out, the rest the development part. An ads file without `risky` labels but
with planted `operator` fields is a clustering set and goes to the clustering evaluation.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from vigila.cli.output import jsonl_output
from vigila.cli.progress import progress_bar
from vigila.core.errors import InputError
from vigila.core.metrics import precision_recall_f1
from vigila.core.types import Level, Signal
from vigila.ingest.files import read_text_records

RISKY = 0.5  # "warn" or above
SPLITS = ("all", "dev", "holdout")

SplitOpt = Annotated[
    str, typer.Option("--split", help="all, dev (index % 5 in {2,3,4}) or holdout (index % 5 in {0,1}).")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")]
ErrorsOpt = Annotated[
    Path | None, typer.Option("--errors", help="Write the items with a wrong decision or a missed indicator.")
]


def read_probe(path: Path, split: str = "all") -> list[dict[str, Any]]:
    """Labelled probe lines of `path` in the chosen split; one-line InputError on bad input."""
    if split not in SPLITS:
        raise InputError(f"--split must be one of {', '.join(SPLITS)}, not {split!r}")
    records = [record for _, record in read_text_records(str(path))]
    if split == "all":
        return records
    holdout = split == "holdout"
    return [r for i, r in enumerate(records) if (i % 5 in (0, 1)) == holdout]


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p, r, f = precision_recall_f1(tp, fp, fn, empty=1.0)
    return {"n_risky": tp + fn, "tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}


def evaluate(
    records: list[dict[str, Any]],
    score: Callable[[str], tuple[float, list[Signal]]],
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Risk-decision P/R/F1 (all and per language), per-indicator recall and stray indicators."""
    counts: dict[str, list[int]] = {}
    per_ind: dict[str, dict[str, int]] = {}
    stray: dict[str, int] = {}
    level_hits = level_total = 0
    errors: list[dict[str, Any]] = []
    for rec in records:
        if not isinstance(rec.get("risky"), bool):
            raise InputError(f"item {rec.get('id', '?')}: 'risky' must be true or false")
        expected = rec.get("indicators") or {}
        if not isinstance(expected, dict):
            raise InputError(f"item {rec.get('id', '?')}: 'indicators' must map indicator ids to phrases")
        risk, signals = score(rec["text"])
        flagged = risk >= RISKY
        fired = {s.tactic for s in signals if s.weight != 0 or s.tactic in expected}
        for scope in ("all", str(rec.get("lang", "?"))):
            c = counts.setdefault(scope, [0, 0, 0])
            c[0] += flagged and rec["risky"]
            c[1] += flagged and not rec["risky"]
            c[2] += (not flagged) and rec["risky"]
        missed = [t for t in expected if t not in fired]
        for t in expected:
            row = per_ind.setdefault(t, {"expected": 0, "found": 0})
            row["expected"] += 1
            row["found"] += t not in missed
        extra = sorted(t for t in fired if t not in expected and not rec["risky"])
        for t in extra:
            stray[t] = stray.get(t, 0) + 1
        level = Level.from_risk(risk).value
        if "level" in rec:
            level_total += 1
            level_hits += level == rec["level"]
        if flagged != rec["risky"] or missed or extra:
            errors.append({"id": rec.get("id"), "risky": rec["risky"], "risk": round(risk, 3), "level": level,
                           "expected_level": rec.get("level"), "missed": missed, "stray": extra,
                           "fired": sorted(fired), "text": rec["text"]})
        if progress is not None:
            progress(1)
    return {
        "items": len(records),
        "decision": {scope: _prf(*c) for scope, c in sorted(counts.items(), key=lambda kv: kv[0] != "all")},
        "indicators": {t: {**r, "recall": r["found"] / r["expected"]} for t, r in sorted(per_ind.items())},
        "stray_on_not_risky": dict(sorted(stray.items())),
        "level_agreement": level_hits / level_total if level_total else None,
        "errors": errors,
    }


def _print(rep: dict[str, Any], as_json: bool, errors: Path | None) -> None:
    if errors is not None:
        with jsonl_output(errors) as sink:
            for err in rep["errors"]:
                sink.write(err)
    if as_json:
        typer.echo(json.dumps({k: v for k, v in rep.items() if k != "errors"}, indent=1, ensure_ascii=False))
        return
    typer.echo(f"{rep['items']} items; risky = risk >= {RISKY} (warn or above)")
    typer.echo(f"{'scope':<7}{'risky':>6}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}")
    for scope, d in rep["decision"].items():
        typer.echo(f"{scope:<7}{d['n_risky']:>6}{d['tp']:>5}{d['fp']:>5}{d['fn']:>5}"
                   f"{d['precision']:>8.3f}{d['recall']:>8.3f}{d['f1']:>8.3f}")
    if rep["level_agreement"] is not None:
        typer.echo(f"level agreement: {rep['level_agreement']:.3f}")
    typer.echo(f"\n{'indicator':<28}{'expected':>9}{'found':>7}{'recall':>8}")
    for t, r in rep["indicators"].items():
        typer.echo(f"{t:<28}{r['expected']:>9}{r['found']:>7}{r['recall']:>8.3f}")
    if rep["stray_on_not_risky"]:
        stray = ", ".join(f"{t} {n}" for t, n in rep["stray_on_not_risky"].items())
        typer.echo(f"\nunlabelled indicators on items that are not risky: {stray}")


def _evaluate_file(
    path: Path,
    split: str,
    noun: str,
    score: Callable[[str], tuple[float, list[Signal]]],
    as_json: bool,
    errors: Path | None,
) -> None:
    records = read_probe(path, split)
    if not records:
        raise InputError(f"{path}: no labelled {noun} in split {split!r}")
    with progress_bar(len(records), f"scoring {noun}", min_total=200) as step:
        report = evaluate(records, score, step)
    _print(report, as_json, errors)


def _is_clustering_set(path: Path) -> bool:
    """True when the first line carries a planted `operator` and no `risky` label."""
    try:
        with path.open(encoding="utf-8") as fh:
            first = next((line for line in fh if line.strip()), "")
        rec = json.loads(first) if first else {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False  # let the probe reader report the problem in one line
    return isinstance(rec, dict) and "operator" in rec and "risky" not in rec


def eval_ads(
    path: Annotated[Path, typer.Argument(help="Labelled ads JSONL, or a generated corpus.")],
    split: SplitOpt = "all",
    as_json: JsonOpt = False,
    errors: ErrorsOpt = None,
    style: Annotated[bool, typer.Option("--style/--no-style", help="Clustering sets: link by style.")] = True,
) -> None:
    """Ads: risk-decision P/R/F1 and per-indicator recall; clustering scores for planted-operator sets."""
    if path.is_file() and _is_clustering_set(path):
        from vigila.cli.ads import eval_ads as eval_clusters

        eval_clusters(path, style)
        return
    from vigila.detectors.ads import AdAssessor

    assessor = AdAssessor()

    def score(text: str) -> tuple[float, list[Signal]]:
        a = assessor.assess(text)
        return a.risk, a.signals

    _evaluate_file(path, split, "ads", score, as_json, errors)


def eval_reports(
    path: Annotated[Path, typer.Argument(help="Labelled reports JSONL (data/reports/fresh.jsonl).")],
    split: SplitOpt = "all",
    as_json: JsonOpt = False,
    errors: ErrorsOpt = None,
) -> None:
    """Report triage: risk-decision P/R/F1, level agreement and per-indicator recall."""
    from vigila.reports.triage import triage

    def score(text: str) -> tuple[float, list[Signal]]:
        t = triage(text)
        return t.risk, t.signals

    _evaluate_file(path, split, "reports", score, as_json, errors)
