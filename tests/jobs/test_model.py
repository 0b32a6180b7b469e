"""The trainable model: fit, save as npz + JSON, load back identically; metrics re-weighting."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from vigila.core.errors import VigilaError
from vigila.models.jobs_metrics import REAL_FRAUD_RATE, base_rate_weights, fraud_metrics
from vigila.models.jobs_model import JobFraudModel

OWN_TRAIN = Path(__file__).resolve().parents[2] / "data" / "jobs" / "train.jsonl"


def test_fit_save_load_round_trip(tmp_path: Path) -> None:
    ads = [json.loads(line) for line in OWN_TRAIN.read_text("utf-8").splitlines()]
    y = [ad["fraudulent"] for ad in ads]
    groups = [ad["id"].split("-")[-1] for ad in ads]
    model = JobFraudModel(folds=3).fit(ads, y, groups)
    assert model.coef_.shape[0] > 0 and len(model.calibration_) == 2
    model.save(tmp_path, {"note": "test"})
    assert not list(tmp_path.glob("*.pkl"))
    loaded = JobFraudModel.load(tmp_path)
    np.testing.assert_allclose(loaded.predict_proba(ads), model.predict_proba(ads), rtol=1e-5)
    # It learned something: in-sample, fraudulent ads score higher on average.
    p = model.predict_proba(ads)
    assert p[np.asarray(y) == 1].mean() > p[np.asarray(y) == 0].mean() + 0.3


def test_missing_artefact_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(VigilaError, match="vigila train jobs"):
        JobFraudModel.load(tmp_path)


def test_reweighting_gives_the_real_base_rate() -> None:
    y = [1] * 60 + [0] * 40
    w = base_rate_weights(y)
    assert w[:60].sum() / w.sum() == pytest.approx(REAL_FRAUD_RATE)
    proba = [0.9] * 50 + [0.2] * 10 + [0.8] * 5 + [0.1] * 35
    m = fraud_metrics(y, proba)
    assert m["precision"] == pytest.approx(50 / 55)
    assert m["precision_reweighted"] < m["precision"]
    assert m["recall"] == pytest.approx(50 / 60)
