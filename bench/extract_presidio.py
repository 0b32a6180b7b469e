"""Presidio's pattern recognizers on the same ads and labelled snippets as Vigila (for comparison).

Runs in a SEPARATE virtualenv, never the project's:

    python3.11 -m venv /tmp/presidio-venv && /tmp/presidio-venv/bin/pip install presidio-analyzer
    /tmp/presidio-venv/bin/python bench/extract_presidio.py [--ads 2000]

Only recognizers that need no spaCy model run (phone, e-mail, URL, crypto, IBAN, credit card, date),
called directly with `nlp_artifacts=None`, so context words do not apply. Phones are searched for the
five languages' regions. A labelled phone counts as found when a reported span holds its national
digits; e-mails compare lower-cased, URLs without scheme, crypto addresses exactly.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import time
from collections import Counter
from pathlib import Path

from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    CryptoRecognizer,
    DateRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    PhoneRecognizer,
    UrlRecognizer,
)

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("vigila_bench", ROOT / "bench" / "extract.py")
assert _spec and _spec.loader
_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_bench)

RECOGNIZERS = [
    PhoneRecognizer(supported_regions=("ES", "GB", "FR", "PT", "RO", "BR", "US")),
    EmailRecognizer(),
    UrlRecognizer(),
    CryptoRecognizer(),
    IbanRecognizer(),
    CreditCardRecognizer(),
    DateRecognizer(),
]
TYPES = {"PHONE_NUMBER": "phone", "EMAIL_ADDRESS": "email", "URL": "url", "CRYPTO": "crypto_address"}


def analyze(text: str) -> list[tuple[str, str]]:
    """(vigila type or presidio type, matched text) for every result."""
    out = []
    for recognizer in RECOGNIZERS:
        for r in recognizer.analyze(text, recognizer.supported_entities, None):
            out.append((TYPES.get(r.entity_type, r.entity_type), text[r.start : r.end]))
    return out


def _matches(type_: str, gold: str, found: str) -> bool:
    if type_ == "phone":
        digits = re.sub(r"\D", "", found)
        national = gold[3:] if gold.startswith(("+34", "+33", "+44", "+40", "+55")) else gold[4:]
        return bool(digits) and digits.endswith(national.lstrip("+"))
    if type_ == "email":
        return found.lower() == gold
    if type_ == "url":
        return re.sub(r"^https?://", "", found.lower()).rstrip("/") == re.sub(r"^https?://", "", gold.lower())
    return found == gold


def evaluate(path: Path) -> None:
    """Precision/recall per comparable type on a labelled JSONL file."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        found = [(t, s) for t, s in analyze(record["text"]) if t in TYPES.values()]
        for type_ in TYPES.values():
            gold = [e["normalized"] for e in record["entities"] if e["type"] == type_]
            got = [s for t, s in found if t == type_]
            used: set[int] = set()
            for g in gold:
                hit = next((i for i, s in enumerate(got) if i not in used and _matches(type_, g, s)), None)
                if hit is None:
                    fn[type_] += 1
                else:
                    used.add(hit)
                    tp[type_] += 1
            fp[type_] += len(got) - len(used)
    print(f"{path.name}: {'type':<16}{'precision':>10}{'recall':>8}")
    for type_ in TYPES.values():
        p = tp[type_] / (tp[type_] + fp[type_]) if tp[type_] + fp[type_] else 1.0
        r = tp[type_] / (tp[type_] + fn[type_]) if tp[type_] + fn[type_] else 1.0
        print(f"{'':<{len(path.name) + 2}}{type_:<16}{p:>10.3f}{r:>8.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ads", type=int, default=2000)
    args = parser.parse_args()
    ads = _bench.make_ads(args.ads, 7)
    analyze(ads[0])
    start = time.perf_counter()
    for ad in ads:
        analyze(ad)
    total = time.perf_counter() - start
    print(f"presidio pattern recognizers: {len(ads) / total:,.0f} ads/s (one core, 600-char ads)")
    for name in ("eval.jsonl", "holdout.jsonl"):
        evaluate(ROOT / "data" / "extract" / name)


if __name__ == "__main__":
    main()
