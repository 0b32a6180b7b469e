"""`vigila chat score | generate`, `vigila train chat`, `vigila eval chat`: the conversation monitor."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import Progress

from vigila.cli.output import OutPath, SkippedRecords, jsonl_output
from vigila.cli.progress import progress_bar, stderr_console
from vigila.core.errors import InputError
from vigila.ingest.files import read_text_input

app = typer.Typer(help="Watch conversations for recruitment and grooming tactics.", no_args_is_help=True)

_PROGRESS_MIN = 200  # conversations; fewer finish before a bar would be useful


def _conversation(line: str, no: int) -> dict[str, Any]:
    """One input line as {"id", "messages"}; anything malformed is an InputError naming the line."""
    try:
        record = json.loads(line)
    except ValueError as exc:
        raise InputError(f"line {no}: not valid JSON ({exc})") from None
    if not isinstance(record, dict):
        raise InputError(f"line {no}: expected a JSON object")
    messages = record.get("messages")
    if not isinstance(messages, list):
        raise InputError(f"line {no}: 'messages' must be a list")
    for k, m in enumerate(messages):
        if not isinstance(m, dict) or not isinstance(m.get("text", ""), str | None):
            raise InputError(f"line {no}: message {k} must be an object with a string 'text'")
        if not isinstance(m.get("sender", ""), str | None):
            raise InputError(f"line {no}: message {k} has a 'sender' that is not a string")
    return {"id": record.get("id", str(no)), "messages": messages}


def score_conversation(conv: dict[str, Any]) -> dict[str, Any]:
    """Stream one conversation through a fresh monitor: peak risk, its category, alert point, signals."""
    from vigila.core.types import Level
    from vigila.detectors.conversation import ConversationMonitor

    monitor = ConversationMonitor()
    risk, category, alert_at = 0.0, None, None
    for i, message in enumerate(conv["messages"]):
        a = monitor.observe({"sender": message.get("sender") or "other", "text": message.get("text") or ""})
        if a.risk > risk:
            risk, category = a.risk, a.category
        if alert_at is None and a.level == Level.ALERT:
            alert_at = i
    signals = sorted(monitor.signals, key=lambda s: (s.message_index or 0, s.start))
    return {
        "id": conv["id"],
        "risk": round(risk, 4),
        "category": category,
        "alert_at": alert_at,
        "signals": [s.to_dict() for s in signals],
    }


def _records(lines: list[str]) -> Iterator[tuple[int, str]]:
    for no, line in enumerate(lines, 1):
        if line.strip():
            yield no, line


@app.command()
def score(
    infile: Annotated[str, typer.Argument(metavar="IN.jsonl", help="Conversations JSONL, or - for stdin.")],
    output: OutPath = None,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first malformed line.")] = False,
) -> None:
    """Score each conversation as a stream: {"id", "risk", "category", "alert_at", "signals"} per line.

    `alert_at` is the 0-based index of the message at which the monitor, having seen only messages
    0..k, first reached `alert` (null if never). The sender "user" is the protected person.
    Malformed lines are reported on stderr with their line number and skipped (exit code 1).
    """
    content, _ = read_text_input(infile)
    records = list(_records(content.splitlines()))
    skip = SkippedRecords(strict)
    with jsonl_output(output) as out, progress_bar(len(records), "scoring", min_total=_PROGRESS_MIN) as step:
        for no, line in records:
            try:
                conv = _conversation(line, no)
            except InputError as exc:
                skip(str(exc))
                continue
            out.write(score_conversation(conv))
            step(1)
    skip.finish()


@app.command()
def generate(
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the labelled JSONL.")],
    split: Annotated[
        str, typer.Option(help="fit, calib, dev or test (test = held-out template family).")
    ] = "test",
    n: Annotated[int, typer.Option("-n", min=1, max=1_000_000, help="How many conversations.")] = 1000,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
) -> None:
    """Write generated, non-explicit labelled conversations in the evaluation format."""
    from vigila.models.chatgen import SPLITS
    from vigila.models.chatgen import generate as gen

    if split not in SPLITS:
        raise InputError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    with jsonl_output(output) as out:
        for conv in gen(n, split, seed=seed):
            out.write(conv)
    typer.echo(f"{n} conversations written to {output}", err=True)


def train_chat(
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same model).")] = 0,
    out: Annotated[Path | None, typer.Option(help="Artefact folder (default: the bundled one).")] = None,
) -> None:
    """Rebuild the conversation model from generated conversations (reproducible, under 2 minutes)."""
    from vigila.models.chat_model import ARTEFACT_DIR
    from vigila.models.chat_train import train

    with Progress(console=stderr_console(), transient=True) as bar:
        task = bar.add_task("training chat model", total=4)

        def step(msg: str) -> None:
            bar.update(task, description=msg, advance=0 if msg.startswith("generating") else 1)

        model = train(seed=seed, progress=step)
    folder = out or ARTEFACT_DIR
    model.save(folder)
    typer.echo(f"chat model written to {folder} (alert threshold {model.thresholds['alert']})", err=True)


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def eval_chat(
    file: Annotated[
        Path | None, typer.Argument(help="Labelled conversations JSONL (default: generated test split).")
    ] = None,
    n: Annotated[
        int, typer.Option("-n", min=1, help="Size of the generated test split when no FILE.")
    ] = 2000,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
) -> None:
    """Conversation-level P/R/F1, false alarms, alert delay, F_latency, ERDE-5/50, per language and tactic.

    FILE lines: {"id", "messages": [{"sender", "text"}], "label": {"category": "recruitment" | "grooming"
    | null, "first_risk": int | null, "lang": str}}; an optional label "tactics" list gives per-tactic recall.
    """
    from vigila.models.chat_train import evaluate, read_labelled
    from vigila.models.chatgen import generate as gen

    convs = read_labelled(file) if file else gen(n, "test")
    if not convs:
        raise InputError("no labelled conversations to evaluate")
    rep = evaluate(convs)
    if as_json:
        typer.echo(json.dumps(rep, indent=1))
        return
    rows = [("all", rep), *rep["per_language"].items()]
    typer.echo(
        "scope  rec_P  rec_R  rec_F1 grm_P  grm_R  grm_F1 FA%    delay_med delay_p90 F_lat  ERDE5  ERDE50"
    )
    for name, r in rows:
        rc, gr = r["recruitment"], r["grooming"]
        typer.echo(
            f"{name:6} {_fmt(rc['precision'])}  {_fmt(rc['recall'])}  {_fmt(rc['f1'])}  "
            f"{_fmt(gr['precision'])}  {_fmt(gr['recall'])}  {_fmt(gr['f1'])}  "
            f"{100 * r['false_alarm_rate']:5.2f}  "
            f"{_fmt(r['delay_median']):9} {_fmt(r['delay_p90']):9} {_fmt(r['f_latency'])}  "
            f"{_fmt(r['erde_5'])}  {_fmt(r['erde_50'])}"
        )
    if rep["per_tactic"]:
        typer.echo("\ntactic                    conversations  recall")
        for tactic, r in rep["per_tactic"].items():
            typer.echo(f"{tactic:25} {r['conversations']:13d}  {r['recall']:.3f}")


# `vigila chat scan EXPORT`: the same monitor over WhatsApp/Telegram exports (vigila.cli.chat_scan).
from vigila.cli.chat_scan import scan  # noqa: E402

app.command("scan")(scan)
