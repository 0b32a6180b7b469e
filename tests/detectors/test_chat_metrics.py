"""Early-detection metrics on toy cases computed by hand."""

from __future__ import annotations

import math

import pytest

from vigila.models.chat_metrics import Outcome, erde_cost, penalty, report, summarise


def test_penalty_is_zero_at_first_message_and_half_at_ninety() -> None:
    assert penalty(1) == 0.0
    assert penalty(90) == pytest.approx(0.5)


def test_toy_set_by_hand() -> None:
    outs = [
        Outcome("recruitment", 2, "recruitment", 3, "es", ("travel_paid",)),  # TP, delay 1, k=4
        Outcome("grooming", 1, "grooming", 1, "en", ("age_probe",)),  # TP, delay 0, k=2
        Outcome("grooming", 0, None, None, "en", ("age_probe",)),  # miss
        Outcome(None, None, "recruitment", 0, "es"),  # false alarm, k=1
        Outcome(None, None, None, None, "es"),  # true negative
    ]
    r = summarise(outs)
    assert r["recruitment"] == {"precision": 0.5, "recall": 1.0, "f1": pytest.approx(2 / 3), "support": 1}
    assert r["grooming"]["precision"] == 1.0 and r["grooming"]["recall"] == 0.5
    assert r["false_alarm_rate"] == 0.5
    assert r["delay_median"] == 0.5 and r["delay_p90"] == pytest.approx(0.9)
    # detection: TP 2, FP 1, FN 1 -> F1 2/3; speed = 1 - median(penalty(4), penalty(2))
    speed = 1 - (penalty(4) + penalty(2)) / 2
    assert r["f_latency"] == pytest.approx(2 / 3 * speed)
    c_fp = 3 / 5
    assert r["erde_5"] == pytest.approx((erde_cost(5, 4) + erde_cost(5, 2) + 1 + c_fp + 0) / 5)
    assert erde_cost(5, 5) == 0.5 and erde_cost(50, 2) == pytest.approx(1 - 1 / (1 + math.exp(-48)))


def test_report_splits_by_language_and_tactic() -> None:
    outs = [
        Outcome("grooming", 0, "grooming", 0, "en", ("age_probe",)),
        Outcome("grooming", 0, None, None, "fr", ("age_probe",)),
    ]
    r = report(outs)
    assert set(r["per_language"]) == {"en", "fr"}
    assert r["per_tactic"]["age_probe"] == {"conversations": 2, "recall": 0.5}


def test_empty_input_does_not_divide_by_zero() -> None:
    r = summarise([])
    assert r["f_latency"] == 0.0 and r["false_alarm_rate"] == 0.0 and r["delay_median"] is None
