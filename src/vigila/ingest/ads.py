"""Read ads from JSONL or CSV; malformed rows are reported with their line number and skipped."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vigila.core.errors import InputError
from vigila.detectors.ads import Ad

_KNOWN = {"id", "title", "body", "text", "posted_at", "city", "site", "phone", "price", "image_hashes"}


@dataclass(frozen=True, slots=True)
class BadRow:
    """A skipped input row: where it was and why."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


def parse_ad(obj: Any) -> Ad:
    """Validate one record (dict) and build an :class:`Ad`; raises InputError with the reason."""
    if not isinstance(obj, dict):
        raise InputError("record is not a JSON object")
    ad_id = obj.get("id")
    if ad_id is None or str(ad_id).strip() == "":
        raise InputError("missing 'id'")
    text = obj.get("body") if obj.get("body") not in (None, "") else obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("missing 'body' or 'text'")
    price = obj.get("price")
    if price in (None, ""):
        price = None
    else:
        try:
            price = float(price)
        except (TypeError, ValueError):
            raise InputError(f"price {price!r} is not a number") from None
    hashes = obj.get("image_hashes") or []
    if isinstance(hashes, str):
        hashes = tuple(h for h in hashes.replace("|", ";").split(";") if h.strip())
    elif isinstance(hashes, list) and all(isinstance(h, str) for h in hashes):
        hashes = tuple(hashes)
    else:
        raise InputError("'image_hashes' must be a list of strings or a ';'-separated string")
    return Ad(
        id=str(ad_id),
        text=text,
        title=_opt(obj.get("title")),
        posted_at=_opt(obj.get("posted_at")),
        city=_opt(obj.get("city")),
        site=_opt(obj.get("site")),
        phone=_opt(obj.get("phone")),
        price=price,
        image_hashes=hashes,
        extra={k: v for k, v in obj.items() if k not in _KNOWN},
    )


def _opt(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def iter_jsonl_ads(
    lines: Iterable[str], on_error: Callable[[BadRow], None], first_line: int = 1
) -> Iterator[Ad]:
    """Ads from JSONL lines; blank lines are ignored, bad ones go to ``on_error``."""
    for n, line in enumerate(lines, start=first_line):
        if not line.strip():
            continue
        try:
            yield parse_ad(json.loads(line))
        except json.JSONDecodeError as exc:
            on_error(BadRow(n, f"invalid JSON ({exc.msg})"))
        except InputError as exc:
            on_error(BadRow(n, str(exc)))


def iter_csv_ads(path: Path, on_error: Callable[[BadRow], None]) -> Iterator[Ad]:
    """Ads from a CSV file with a header row (line numbers count the header as line 1)."""
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or "id" not in reader.fieldnames:
            raise InputError(f"{path}: CSV needs a header row with an 'id' column")
        for row in reader:
            if None in row:
                on_error(BadRow(reader.line_num, "more fields than the header"))
                continue
            try:
                yield parse_ad(row)
            except InputError as exc:
                on_error(BadRow(reader.line_num, str(exc)))


def read_ads(path: str | Path, on_error: Callable[[BadRow], None] | None = None) -> Iterator[Ad]:
    """Ads from a .jsonl/.json or .csv file; bad rows go to ``on_error`` (default: ignored)."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: no such file")
    report = on_error or (lambda _row: None)
    if p.suffix.lower() == ".csv":
        yield from iter_csv_ads(p, report)
        return
    try:
        with p.open(encoding="utf-8") as fh:
            yield from iter_jsonl_ads(fh, report)
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: not UTF-8 text ({exc.reason})") from None
