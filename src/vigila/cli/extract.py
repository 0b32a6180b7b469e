"""`vigila extract`: find phones, e-mails, handles, crypto addresses … in text or JSONL records."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from vigila.cli.output import OutPath, SkippedRecords, jsonl_output
from vigila.cli.progress import progress_bar
from vigila.core.errors import InputError
from vigila.core.types import Entity
from vigila.ingest.files import read_text_input, read_text_records

app = typer.Typer(help="Find identifiers in text.")

_OUTPUT_KEYS = ("type", "value", "normalized", "start", "end", "recognizer")


def _records(text: str, default_id: str, skip: SkippedRecords) -> Iterator[tuple[str, str]]:
    """(id, text) pairs: one per JSONL line, or the whole input when it is plain text."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first.lstrip().startswith("{"):
        yield default_id, text
        return
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        problem = None
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problem = f"invalid JSON ({exc.msg})"
        else:
            if not isinstance(record, dict):
                problem = "not a JSON object"
            elif not isinstance(record.get("text", record.get("body")), str):
                problem = 'no "text" (or "body") string'
            elif "id" not in record:
                problem = 'no "id"'
        if problem is not None:
            skip(f"line {number}: {problem}")
            continue
        yield str(record["id"]), record.get("text", record.get("body"))


def _entity_dict(entity: Any) -> dict[str, Any]:
    d = entity.to_dict()
    return {k: d[k] for k in _OUTPUT_KEYS}


@app.command("extract")
def extract_command(
    file: Annotated[str, typer.Argument(help="Plain text or JSONL {id, text} file; '-' for stdin.")] = "-",
    out: OutPath = None,
    region: Annotated[
        str | None,
        typer.Option("--region", help="ISO country for local numbers [VIGILA_DEFAULT_REGION]."),
    ] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Input language: es, en, pt, fr, ro.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on the first bad JSONL line.")] = False,
) -> None:
    """Extract phones, e-mails, URLs, handles, crypto addresses, money, ages, places and dates as JSONL."""

    from vigila.recognizers import extract
    from vigila.settings import get_settings

    if region is None and "VIGILA_DEFAULT_REGION" in os.environ:
        region = get_settings().default_region
    # Still None: the country of the text's language, else ES (see vigila.extract).
    text, default_id = read_text_input(file)
    extract("", lang=lang, region=region)  # validate options before any output
    skip = SkippedRecords(strict)
    records = _records(text, default_id, skip)
    if strict:
        records = iter(list(records))  # fail before writing anything
    with jsonl_output(out) as sink, progress_bar(None, "extracting") as step:
        for record_id, record_text in records:
            entities = extract(record_text, lang=lang, region=region)
            sink.write({"id": record_id, "entities": [_entity_dict(e) for e in entities]})
            step(1)
    if out:
        typer.echo(f"{sink.count} records written to {out}", err=True)
    skip.finish()


def eval_extract(
    file: Annotated[Path, typer.Argument(help="Labelled JSONL: {id, text, entities: [{type, normalized}]}.")],
    errors: Annotated[
        Path | None, typer.Option("--errors", help="JSONL of snippets with misses or false hits.")
    ] = None,
) -> None:
    """Precision and recall per entity type of `vigila extract` on a labelled file."""
    from vigila.recognizers import extract
    from vigila.recognizers.evaluation import evaluate

    records = [_with_entities(record, where) for where, record in read_text_records(str(file))]
    with progress_bar(len(records), "scoring snippets", min_total=200) as step:

        def scored(text: str, _lang: str | None, region: str | None) -> list[Entity]:
            # The language is left to detection, as in real use; the "lang" field is for reading the set.
            step(1)
            return extract(text, region=region)

        result = evaluate(records, scored)
    typer.echo(f"{result.snippets} snippets")
    typer.echo(f"{'type':<16}{'precision':>10}{'recall':>8}{'tp':>6}{'fp':>5}{'fn':>5}")
    for type_, s in result.scores.items():
        typer.echo(f"{type_:<16}{s.precision:>10.3f}{s.recall:>8.3f}{s.tp:>6}{s.fp:>5}{s.fn:>5}")
    if errors:
        with jsonl_output(errors) as sink:
            for err in result.errors:
                sink.write(err)


def _with_entities(record: dict[str, Any], where: str) -> dict[str, Any]:
    """The snippet once its labels are checked: a bad line names itself instead of failing deep inside."""
    entities = record.get("entities", [])
    if not isinstance(entities, list) or not all(
        isinstance(e, dict) and isinstance(e.get("type"), str) and "normalized" in e for e in entities
    ):
        raise InputError(f"{where}: 'entities' must be a list of {{type, normalized}} objects")
    return record
