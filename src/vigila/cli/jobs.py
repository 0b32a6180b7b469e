"""`vigila job check`, `vigila train jobs`, `vigila eval jobs`: fraudulent and trafficking-risk job ads."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Annotated, Any

import typer

from vigila.cli.output import OutPath, SkippedRecords, jsonl_output
from vigila.cli.progress import progress_bar
from vigila.core.errors import InputError
from vigila.ingest.files import read_text_input

app = typer.Typer(help="Check job offers for fraud and trafficking red flags.", no_args_is_help=True)

BATCH = 256
_TEXT_KEYS = ("title", "description", "company_profile", "requirements", "benefits")
# Python's csv refuses fields over 128 KB by default; a pasted ad may be one 10 MB description.
csv.field_size_limit(64 * 1024 * 1024)


def _csv_records(content: str, skip: SkippedRecords) -> Iterator[dict[str, Any]]:
    reader = csv.DictReader(io.StringIO(content, newline=""))
    try:
        header = reader.fieldnames or []
    except csv.Error as exc:
        raise InputError(f"line 1: malformed CSV header ({exc})") from None
    # Checked now, not on first iteration, so the error comes before any output.
    if not any(key in header for key in _TEXT_KEYS):
        raise InputError(
            "CSV header has none of the columns title, description, company_profile, requirements, benefits"
        )
    return _csv_rows(reader, skip)


def _csv_rows(reader: csv.DictReader[str], skip: SkippedRecords) -> Iterator[dict[str, Any]]:
    try:
        for row in reader:
            line = reader.line_num
            if None in row:
                skip(f"line {line}: more fields than the header")
                continue
            if any(value is None for value in row.values()):
                skip(f"line {line}: fewer fields than the header")
                continue
            yield {"_line": line, **row}
    except csv.Error as exc:
        raise InputError(f"line {reader.line_num}: malformed CSV ({exc})") from None


def _jsonl_records(content: str, skip: SkippedRecords) -> Iterator[dict[str, Any]]:
    from vigila.detectors.jobs import as_ad

    for line, raw in enumerate(content.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            skip(f"line {line}: invalid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            skip(f"line {line}: not a JSON object")
            continue
        yield {"_line": line, **as_ad(record)}


def read_ads(content: str, default_id: str, name: str, skip: SkippedRecords) -> Iterator[dict[str, Any]]:
    """Ads from CSV (EMSCAD columns), JSONL (same keys) or one plain-text ad; each keeps its line number."""
    first = next((line for line in content.splitlines() if line.strip()), "")
    if first.lstrip().startswith("{"):
        return _jsonl_records(content, skip)
    looks_csv = "," in first and any(key in first.lower().split(",") for key in (*_TEXT_KEYS, "id"))
    if name.lower().endswith(".csv") or looks_csv:
        return _csv_records(content, skip)
    return iter([{"_line": 1, "id": default_id, "description": content}])


def _assess_batch(
    assessor: Any, batch: list[dict[str, Any]], skip: SkippedRecords
) -> Iterator[dict[str, Any]]:
    """Assess a batch; a record with no text at all is reported with its line number."""
    from vigila.models.jobs_features import TEXT_FIELDS, field_text

    good = []
    for record in batch:
        if any(field_text(record, f).strip() for f in TEXT_FIELDS):
            good.append(record)
        else:
            skip(f"line {record['_line']}: no text in title, description or any other text field")
    for record, result in zip(good, assessor.assess_many(good), strict=True):
        out = result.to_dict()
        if out["id"] is None:
            out["id"] = str(record["_line"])
        yield out


@app.command("check")
def check_command(
    file: Annotated[
        str,
        typer.Argument(
            help="CSV (EMSCAD columns), JSONL with the same keys (or a `text` key), or the plain text "
            "of one ad; '-' for stdin."
        ),
    ] = "-",
    out: OutPath = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail on the first bad row instead of skipping it.")
    ] = False,
) -> None:
    """Score job ads: fraud probability, verdict, trafficking red flags with spans, explanation (JSONL)."""

    from vigila.detectors.jobs import JobOfferAssessor

    content, default_id = read_text_input(file)
    if not content.strip():
        raise InputError("the input is empty")
    assessor = JobOfferAssessor.load()
    skip = SkippedRecords(strict)
    records = read_ads(content, default_id, file, skip)
    if strict:
        records = iter(list(records))  # fail before writing anything
    with jsonl_output(out) as sink, progress_bar(None, "checking job ads") as step:
        while batch := list(islice(records, BATCH)):
            for line in _assess_batch(assessor, batch, skip):
                sink.write(line)
            step(len(batch))
    if out:
        typer.echo(f"{sink.count} ads written to {out}", err=True)
    skip.finish()


def train_jobs_command(
    out: Annotated[
        Path | None, typer.Option("--out", help="Artefact folder (default: the bundled one).")
    ] = None,
) -> None:
    """Retrain the job-offer model on EMSCAD train.csv and data/jobs train + fresh_dev (fixed seeds)."""
    from rich.console import Console

    from vigila.models.jobs_model import ARTEFACT_DIR
    from vigila.models.jobs_train import train_jobs

    console = Console(stderr=True)
    with console.status("training the job-offer model") as status:
        report = train_jobs(progress=lambda msg: status.update(msg), out_dir=out or ARTEFACT_DIR)
    for name in ("cv_emscad", "cv_own_set"):
        m = report[name]
        typer.echo(
            f"{name}: F1 {m['f1']:.3f}  ROC-AUC {m['roc_auc']:.3f}  PR-AUC {m['pr_auc']:.3f}  "
            f"PR-AUC re-weighted {m['pr_auc_reweighted']:.3f}"
        )
    typer.echo(f"model written to {out or ARTEFACT_DIR}")


def eval_jobs_command(
    file: Annotated[Path, typer.Argument(help="Labelled CSV or JSONL with a 0/1 'fraudulent' column.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as one JSON object.")] = False,
) -> None:
    """Precision, recall, F1 (fraud class), ROC-AUC and PR-AUC, measured and re-weighted to 4.84% fraud."""
    from vigila.detectors.jobs import JobOfferAssessor
    from vigila.models.jobs_metrics import fraud_metrics
    from vigila.models.jobs_train import read_labelled

    if not file.is_file():
        raise InputError(f"no such file: {file}")
    ads = read_labelled(file)
    if not ads:
        raise InputError(f"{file} has no labelled ads")
    assessor = JobOfferAssessor.load()
    probs = [r.fraud_probability for r in assessor.assess_many(ads)]
    labels = [int(a["fraudulent"]) for a in ads]
    result: dict[str, Any] = {"all": fraud_metrics(labels, probs, assessor.threshold)}
    langs = sorted({str(a["lang"]) for a in ads if a.get("lang")})
    for lang in langs if len(langs) > 1 else []:
        idx = [i for i, a in enumerate(ads) if a.get("lang") == lang]
        result[lang] = fraud_metrics([labels[i] for i in idx], [probs[i] for i in idx], assessor.threshold)
    if as_json:
        typer.echo(json.dumps(result))
        return
    typer.echo(
        f"{'set':<6}{'n':>6}{'fraud':>7}{'P':>7}{'R':>7}{'F1':>7}{'ROC-AUC':>9}{'PR-AUC':>8}"
        f"{'P(rw)':>8}{'F1(rw)':>8}{'PR-AUC(rw)':>11}"
    )
    for name, m in result.items():
        typer.echo(
            f"{name:<6}{int(m['n']):>6}{int(m['fraudulent']):>7}{m['precision']:>7.3f}{m['recall']:>7.3f}"
            f"{m['f1']:>7.3f}{m.get('roc_auc', float('nan')):>9.3f}{m.get('pr_auc', float('nan')):>8.3f}"
            f"{m.get('precision_reweighted', float('nan')):>8.3f}{m.get('f1_reweighted', float('nan')):>8.3f}"
            f"{m.get('pr_auc_reweighted', float('nan')):>11.3f}"
        )
    typer.echo("rw = re-weighted so that fraudulent ads are 4.84% of the mass (the real EMSCAD rate).")
