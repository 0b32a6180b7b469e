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
