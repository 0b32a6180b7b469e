"""Early-detection metrics for conversations: P/R/F1, false alarms, alert delay, F_latency and ERDE.

F_latency follows Sadeque, Xu & Bethard (2018) as used by Vogt, Leser & Akbik (2021): for a true
positive decided after k messages, penalty(k) = -1 + 2 / (1 + exp(-p (k - 1))) with p = ln 3 / 89
(penalty 0.5 at 90 messages); speed = 1 - median(penalty); F_latency = F1 x speed.
ERDE_o (Losada & Crestani 2016): c_fp = share of positives for a false alarm, 1 for a miss,
lc_o(k) = 1 - 1 / (1 + exp(k - o)) for a true positive after k messages, 0 for a true negative.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from vigila.core.metrics import precision_recall_f1

CATEGORIES = ("recruitment", "grooming")
_P = math.log(3) / 89


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the monitor did on one labelled conversation."""

    category: str | None  # true category, None for benign
    first_risk: int | None  # annotated first risky message
    predicted: str | None  # category at the alert, None when no alert
    alert_at: int | None  # index of the message at which the alert came
    lang: str | None = None
    tactics: tuple[str, ...] = field(default=())


def penalty(k: int) -> float:
    """Latency penalty after reading k messages (0 at k=1, 0.5 at k=90)."""
    return -1.0 + 2.0 / (1.0 + math.exp(-_P * (k - 1)))


def erde_cost(o: int, k: int) -> float:
    """lc_o(k): the cost of a correct alert after k messages."""
    return 1.0 - 1.0 / (1.0 + math.exp(min(k - o, 700)))


def _percentile(values: Sequence[float], q: float) -> float | None:
    if not values:
        return None
    s = sorted(values)
    pos = (len(s) - 1) * q
    lo, hi = math.floor(pos), math.ceil(pos)
    return float(s[lo] + (s[hi] - s[lo]) * (pos - lo))


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p, r, f = precision_recall_f1(tp, fp, fn)
    return {"precision": p, "recall": r, "f1": f, "support": tp + fn}


def summarise(outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """All metrics over a list of outcomes (see the module docstring for the definitions)."""
    out: dict[str, Any] = {"conversations": len(outcomes)}
    for c in CATEGORIES:
        tp = sum(o.category == c and o.predicted == c for o in outcomes)
        fp = sum(o.predicted == c and o.category != c for o in outcomes)
        fn = sum(o.category == c and o.predicted != c for o in outcomes)
        out[c] = _prf(tp, fp, fn)
    risky = [o for o in outcomes if o.category]
    benign = [o for o in outcomes if not o.category]
    detected = [o for o in risky if o.alert_at is not None]
    false_alarms = sum(o.alert_at is not None for o in benign)
    out["false_alarm_rate"] = false_alarms / len(benign) if benign else 0.0
    out["benign"] = len(benign)
    delays = [max(0, o.alert_at - (o.first_risk or 0)) for o in detected if o.alert_at is not None]
    out["delay_median"] = _percentile(delays, 0.5)
    out["delay_p90"] = _percentile(delays, 0.9)
    binary = _prf(len(detected), false_alarms, len(risky) - len(detected))
    out["detection"] = binary
    penalties = [penalty(o.alert_at + 1) for o in detected if o.alert_at is not None]
    speed = 1.0 - (_percentile(penalties, 0.5) or 0.0) if penalties else 0.0
    out["speed"] = speed
    out["f_latency"] = binary["f1"] * speed
    c_fp = len(risky) / len(outcomes) if outcomes else 0.0
    for o_param in (5, 50):
        total = 0.0
        for o in outcomes:
            if o.alert_at is not None and not o.category:
                total += c_fp
            elif o.alert_at is None and o.category:
                total += 1.0
            elif o.alert_at is not None and o.category:
                total += erde_cost(o_param, o.alert_at + 1)
        out[f"erde_{o_param}"] = total / len(outcomes) if outcomes else 0.0
    return out


def report(outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """`summarise` overall, per language, and the detection recall per tactic."""
    result = summarise(outcomes)
    langs = sorted({o.lang for o in outcomes if o.lang})
    result["per_language"] = {lang: summarise([o for o in outcomes if o.lang == lang]) for lang in langs}
    tactics = sorted({t for o in outcomes if o.category for t in o.tactics})
    per_tactic = {}
    for t in tactics:
        having = [o for o in outcomes if o.category and t in o.tactics]
        per_tactic[t] = {
            "conversations": len(having),
            "recall": sum(o.alert_at is not None for o in having) / len(having),
        }
    result["per_tactic"] = per_tactic
    return result
