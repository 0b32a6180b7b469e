"""Reading a command's input: a UTF-8 file or standard input, with one clear error line."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from vigila.core.errors import InputError


def read_text_input(path: str) -> tuple[str, str]:
    """(text, default record id) from a file, or from stdin when `path` is "-"; a BOM is dropped."""
    if path == "-":
        return sys.stdin.read().removeprefix("\ufeff"), "stdin"
    file = Path(path)
    if not file.is_file():
        raise InputError(f"no such file: {path}")
    try:
        return file.read_text(encoding="utf-8-sig"), file.stem
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text") from None
    except OSError as exc:  # permission denied, a file vanishing mid-run: one line, not a traceback
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None


def read_text_records(path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """("FILE line N", object) for each non-empty JSONL line of a labelled file with a string "text"."""
    for number, line in enumerate(read_text_input(path)[0].splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path} line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: invalid JSON ({exc.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f"{where}: expected an object with a string 'text'")
        yield where, record
