"""Where a command's JSONL goes: a file, or stdout when no file is given."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from vigila.core.errors import InputError

OutPath = Annotated[
    Path | None, typer.Option("-o", "--output", "--out", help="Output JSONL file (default: stdout).")
]


class JsonlSink:
    """Writes one JSON object per line and counts them."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.count = 0

    def write(self, row: Mapping[str, Any]) -> None:
        """Write `row` as one line of JSON (UTF-8, not escaped)."""
        self._stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.count += 1


@contextmanager
def jsonl_output(path: Path | None) -> Iterator[JsonlSink]:
    """A sink on `path`, or on stdout; an unwritable path is an input error, not a traceback."""
    if path is None:
        yield JsonlSink(sys.stdout)
        return
    try:
        stream = path.open("w", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None
    with stream:
        yield JsonlSink(stream)


class SkippedRecords:
    """Bad input records: an error at once under --strict, else one warning each on stderr, counted."""

    def __init__(self, strict: bool = False, max_warnings: int = 20) -> None:
        self.strict = strict
        self.count = 0
        self._max_warnings = max_warnings

    def __call__(self, message: str) -> None:
        """Report one bad record (`message` names its line)."""
        if self.strict:
            raise InputError(message)
        self.count += 1
        if self.count <= self._max_warnings:
            sys.stderr.write(f"warning: {message}; skipped\n")

    def finish(self) -> None:
        """After the good records are written: say how many were skipped and exit 1 so scripts notice."""
        if self.count:
            sys.stderr.write(f"{self.count} bad record(s) skipped; the others were written\n")
            raise typer.Exit(1)
