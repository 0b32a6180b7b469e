"""Demo documents for a first look at Vigila (bundled, fictitious, non-explicit)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from sqlalchemy import select

from vigila.store.db import Store
from vigila.store.models import Document


def demo_records() -> list[dict[str, Any]]:
    """The bundled demo records."""
    text = resources.files("vigila.resources").joinpath("demo/documents.jsonl").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def load_demo(store: Store) -> int:
    """Insert the demo documents that are not there yet; return how many were added."""
    added = 0
    with store.session() as s:
        have = set(s.scalars(select(Document.external_id)).all())
        for rec in demo_records():
            if rec["id"] in have:
                continue
            s.add(
                Document(
                    external_id=rec["id"],
                    kind=rec["kind"],
                    lang=rec.get("lang"),
                    title=rec.get("title"),
                    body=rec["text"],
                )
            )
            added += 1
    return added
