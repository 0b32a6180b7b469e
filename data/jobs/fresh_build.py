"""Turn the hand-written ads in data/jobs/fresh/*.txt into fresh.jsonl and its dev / hold-out split.

Run from the repo root: `.venv/bin/python data/jobs/fresh_build.py`. The split rule was fixed
before any ad was scored: 0-based line index i of fresh.jsonl with i % 5 in {0, 1} goes to
fresh_holdout.jsonl, every other line to fresh_dev.jsonl.
"""

from __future__ import annotations

import json
from pathlib import Path

from build import parse

HERE = Path(__file__).resolve().parent
LANGS = ("es", "en", "pt", "fr", "ro")
# EMSCAD keeps these flags as 0/1 numbers, not text.
FLAG_KEYS = ("telecommuting", "has_company_logo", "has_questions")


def main() -> None:
    """Write fresh.jsonl, fresh_dev.jsonl and fresh_holdout.jsonl next to this script."""
    rows = []
    for lang in LANGS:
        for ad in parse(HERE / "fresh" / f"{lang}.txt"):
            for key in FLAG_KEYS:
                if key in ad:
                    ad[key] = int(str(ad[key]))
            rows.append(ad)
    splits: dict[str, list[dict[str, object]]] = {"fresh": rows, "fresh_dev": [], "fresh_holdout": []}
    for i, row in enumerate(rows):
        splits["fresh_holdout" if i % 5 in (0, 1) else "fresh_dev"].append(row)
    for name, part in splits.items():
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for row in part:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(name, len(part), "ads,", sum(int(str(r["fraudulent"])) for r in part), "fraudulent")


if __name__ == "__main__":
    main()
