"""Reading a command's input: a UTF-8 file or standard input, with one clear error line."""

from __future__ import annotations

import sys
from pathlib import Path

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
