"""Turn the hand-written ads in data/jobs/ads/*.txt into train.jsonl and test.jsonl.

Run from the repo root: `.venv/bin/python data/jobs/build.py`. The split is by scenario: the
same scenario number is held out in every language, so a translation of a test ad never sits
in the training file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = re.compile(r"^### (.*)$")
# Scenario numbers held out for testing (per language family of files).
TEST_SCENARIOS = {
    "es": {4, 5, 9, 10},
    "pt": {4, 5, 9, 10},
    "fr": {4, 5, 9, 10},
    "ro": {4, 5, 9, 10},
    "en": {3, 4},
}


def parse(path: Path) -> list[dict[str, object]]:
    """Parse one ads file: a header line, `key: value` lines, then `description:` to the next header."""
    ads: list[dict[str, object]] = []
    for block in path.read_text("utf-8").split("\n### ")[0:]:
        block = block.removeprefix("### ").strip()
        if not block:
            continue
        header, _, body = block.partition("\n")
        meta = dict(item.split("=", 1) for item in header.split())
        ad: dict[str, object] = {"id": meta["id"], "lang": meta["lang"], "source": meta["source"]}
        head, _, description = body.partition("description:")
        for line in head.splitlines():
            key, _, value = line.partition(":")
            if key.strip() and value.strip():
                ad[key.strip()] = value.strip()
        ad["description"] = description.strip()
        ad["fraudulent"] = int(meta["label"])
        ads.append(ad)
    return ads


def main() -> None:
    """Write train.jsonl and test.jsonl next to this script."""
    train, test = [], []
    for path in sorted((HERE / "ads").glob("*.txt")):
        for ad in parse(path):
            scenario = int(str(ad["id"]).split("-")[1][1:])
            (test if scenario in TEST_SCENARIOS[str(ad["lang"])] else train).append(ad)
    for name, rows in (("train", train), ("test", test)):
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(name, len(rows), "ads,", sum(int(r["fraudulent"]) for r in rows), "fraudulent")


if __name__ == "__main__":
    main()
