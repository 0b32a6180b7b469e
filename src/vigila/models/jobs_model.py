"""Calibrated fraud model for job ads: logistic regression over ``jobs_features``, stored as npz + JSON."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from vigila.core.errors import VigilaError
from vigila.models.jobs_features import DENSE_NAMES, N_HASH_FEATURES, featurize, job_tactics

ARTEFACT_DIR = Path(str(resources.files("vigila.models"))) / "artefacts" / "jobs"
FORMAT = "vigila-jobs-2"


def _cue_floor(scale: float) -> tuple[np.ndarray, np.ndarray]:
    """Columns of the job-tactic cue features and their minimum weights (scale x severity)."""
    # Only strong tactics: weak ones (work abroad, housing, roles) are common in legitimate ads too.
    names = {f"cue:{t['id']}": float(t["severity"]) for t in job_tactics() if t.get("severity", 0) >= 0.6}
    cols = [N_HASH_FEATURES + i for i, name in enumerate(DENSE_NAMES) if name in names]
    floors = [scale * names[name] for name in DENSE_NAMES if name in names]
    return np.asarray(cols, dtype=np.int64), np.asarray(floors)


class JobFraudModel:
    """Logistic regression over hashed character n-grams + dense cues, Platt-calibrated out of fold."""

    coef_: np.ndarray
    intercept_: float
    calibration_: tuple[float, float]
    oof_decision_: np.ndarray
    metadata_: dict[str, Any]
    _coef64_of: tuple[np.ndarray, np.ndarray] | None = None  # (coef_, coef_ as float64)

    def __init__(
        self,
        c: float = 64.0,
        dense_scale: float = 3.0,
        cue_floor: float = 2.0,
        folds: int = 5,
        seed: int = 0,
        text_scale: float = 2.0,
    ) -> None:
        self.c = c
        self.text_scale = text_scale
        self.cue_floor = cue_floor
        self.dense_scale = dense_scale
        self.folds = folds
        self.seed = seed

    def _design(
        self,
        ads: Sequence[Mapping[str, Any]],
        tactics: Sequence[set[str]] | None = None,
        words: Sequence[frozenset[str] | None] | None = None,
    ) -> Any:
        x = featurize(ads, tactics, words)
        if self.dense_scale != 1.0 or self.text_scale != 1.0:
            # In place, column block by column block: the same products as x.multiply(scale).
            x.data *= np.where(x.indices < N_HASH_FEATURES, self.text_scale, self.dense_scale)
        return x

    def _fit_linear(self, x: Any, y: np.ndarray, w: np.ndarray) -> LogisticRegression:
        clf = LogisticRegression(
            C=self.c, class_weight="balanced", max_iter=2000, solver="liblinear", random_state=self.seed
        )
        clf.fit(x, y, sample_weight=w)
        # A taxonomy cue is evidence of risk by definition: data may raise its weight but not push it
        # below cue_floor x severity (log-odds); this also weighs cues no training ad happens to show.
        cols, floor = _cue_floor(self.cue_floor / self.dense_scale)
        clf.coef_[0, cols] = np.maximum(clf.coef_[0, cols], floor)
        return clf

    def fit(
        self,
        ads: Sequence[Mapping[str, Any]],
        y: Sequence[int],
        groups: Sequence[str],
        sample_weight: Sequence[float] | None = None,
    ) -> JobFraudModel:
        """Fit the linear model on all ads and the calibration on group-out-of-fold scores."""
        x = self._design(ads)
        yy = np.asarray(y, dtype=np.int64)
        w = np.ones(len(yy)) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
        oof = np.zeros(len(yy))
        for train, test in GroupKFold(n_splits=self.folds).split(x, yy, groups):
            oof[test] = self._fit_linear(x[train], yy[train], w[train]).decision_function(x[test])
        # Balanced weights: the probability speaks for even odds, whatever the training mix was.
        platt = LogisticRegression(C=1e4, class_weight="balanced").fit(
            oof.reshape(-1, 1), yy, sample_weight=w
        )
        self.calibration_ = (float(platt.coef_[0, 0]), float(platt.intercept_[0]))
        self.oof_decision_ = oof
        clf = self._fit_linear(x, yy, w)
        self.coef_ = clf.coef_[0].astype(np.float32)
        self.intercept_ = float(clf.intercept_[0])
        return self

    def decision_function(
        self,
        ads: Sequence[Mapping[str, Any]],
        tactics: Sequence[set[str]] | None = None,
        words: Sequence[frozenset[str] | None] | None = None,
    ) -> np.ndarray:
        """Raw linear scores; `tactics` and `words` pass what a scan already found (see ``featurize``)."""
        return np.asarray(self._design(ads, tactics, words) @ self._coef64()) + self.intercept_

    def _coef64(self) -> np.ndarray:
        # The weights as float64, converted once per coef_: 2^18 of them per call cost more than
        # scoring one ad.
        cached = self._coef64_of
        if cached is None or cached[0] is not self.coef_:
            cached = self._coef64_of = (self.coef_, self.coef_.astype(np.float64))
        return cached[1]

    def calibrate(self, decision: np.ndarray) -> np.ndarray:
        """Map raw scores to calibrated fraud probabilities."""
        a, b = self.calibration_
        return 1.0 / (1.0 + np.exp(-(a * decision + b)))

    def predict_proba(
        self,
        ads: Sequence[Mapping[str, Any]],
        tactics: Sequence[set[str]] | None = None,
        words: Sequence[frozenset[str] | None] | None = None,
    ) -> np.ndarray:
        """Calibrated probability of the fraudulent class, one per ad."""
        return self.calibrate(self.decision_function(ads, tactics, words))

    def contributions(self, ads: Sequence[Mapping[str, Any]]) -> list[dict[int, float]]:
        """Per ad, the columns that moved its score and by how much (coefficient x value)."""
        x = self._design(ads)
        out = []
        for row in range(x.shape[0]):
            start, end = x.indptr[row], x.indptr[row + 1]
            cols, vals = x.indices[start:end], x.data[start:end]
            out.append({int(c): float(v * self.coef_[c]) for c, v in zip(cols, vals, strict=True)})
        return out

    def save(self, directory: Path, metadata: Mapping[str, Any]) -> None:
        """Write ``weights.npz`` (no pickle) and ``model.json``."""
        directory.mkdir(parents=True, exist_ok=True)
        nz = np.flatnonzero(self.coef_)
        np.savez_compressed(directory / "weights.npz", index=nz.astype(np.int32), value=self.coef_[nz])
        meta = {
            "format": FORMAT,
            "c": self.c,
            "dense_scale": self.dense_scale,
            "text_scale": self.text_scale,
            "cue_floor": self.cue_floor,
            "intercept": self.intercept_,
            "calibration": list(self.calibration_),
            "n_features": int(self.coef_.shape[0]),
            "dense_names": list(DENSE_NAMES),
            **metadata,
        }
        (directory / "model.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", "utf-8")

    @classmethod
    def load(cls, directory: Path = ARTEFACT_DIR) -> JobFraudModel:
        """Load a saved model; a missing or stale artefact is a clear error."""
        try:
            meta = json.loads((directory / "model.json").read_text("utf-8"))
            with np.load(directory / "weights.npz", allow_pickle=False) as npz:
                index, value = npz["index"], npz["value"]
        except (OSError, ValueError, KeyError) as exc:
            raise VigilaError(
                f"job model artefact missing or unreadable in {directory}: run `vigila train jobs`"
            ) from exc
        if meta.get("format") != FORMAT or meta.get("dense_names") != list(DENSE_NAMES):
            raise VigilaError(
                "job model artefact does not match this version's features: run `vigila train jobs`"
            )
        model = cls(
            c=meta["c"],
            dense_scale=meta["dense_scale"],
            cue_floor=meta["cue_floor"],
            text_scale=meta["text_scale"],
        )
        coef = np.zeros(meta["n_features"], dtype=np.float32)
        coef[index] = value
        model.coef_ = coef
        model.intercept_ = float(meta["intercept"])
        a, b = meta["calibration"]
        model.calibration_ = (float(a), float(b))
        model.metadata_ = meta
        return model
