"""Fraud-class metrics for job ads, as measured and re-weighted to the real EMSCAD base rate."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike
from sklearn.metrics import average_precision_score, precision_recall_curve, roc_auc_score

from vigila.core.metrics import precision_recall_f1

REAL_FRAUD_RATE = 0.0484


def base_rate_weights(y: ArrayLike, rate: float = REAL_FRAUD_RATE) -> np.ndarray:
    """Sample weights under which fraudulent ads make up `rate` of the mass (legitimate ones scaled)."""
    yy = np.asarray(y)
    pos, neg = int(yy.sum()), int(len(yy) - yy.sum())
    w = np.ones(len(yy))
    if pos and neg:
        w[yy == 0] = (1 - rate) / rate * pos / neg
    return w


def _counts(y: np.ndarray, pred: np.ndarray, w: np.ndarray) -> tuple[float, float, float]:
    tp = float(w[(y == 1) & (pred == 1)].sum())
    fp = float(w[(y == 0) & (pred == 1)].sum())
    fn = float(w[(y == 1) & (pred == 0)].sum())
    return tp, fp, fn


def precision_at_recall(
    y: np.ndarray, scores: np.ndarray, recall: float, w: np.ndarray | None = None
) -> float:
    """Best precision among thresholds whose recall is at least `recall`."""
    prec, rec, _ = precision_recall_curve(y, scores, sample_weight=w)
    ok = prec[rec >= recall]
    return float(ok.max()) if ok.size else 0.0


def fraud_metrics(y: ArrayLike, proba: ArrayLike, threshold: float = 0.5) -> dict[str, float]:
    """Precision, recall, F1, ROC-AUC and PR-AUC for the fraudulent class, measured and re-weighted."""
    yy = np.asarray(y, dtype=np.int64)
    pp = np.asarray(proba, dtype=np.float64)
    pred = (pp >= threshold).astype(np.int64)
    out: dict[str, float] = {"n": float(len(yy)), "fraudulent": float(yy.sum()), "threshold": threshold}
    p, r, f = precision_recall_f1(*_counts(yy, pred, np.ones(len(yy))))
    out.update(precision=p, recall=r, f1=f)
    both = 0 < yy.sum() < len(yy)
    if both:
        w = base_rate_weights(yy)
        out["roc_auc"] = float(roc_auc_score(yy, pp))
        out["pr_auc"] = float(average_precision_score(yy, pp))
        pw, _, fw = precision_recall_f1(*_counts(yy, pred, w))
        out.update(precision_reweighted=pw, f1_reweighted=fw)
        out["pr_auc_reweighted"] = float(average_precision_score(yy, pp, sample_weight=w))
        out["precision_at_recall_0.80_reweighted"] = precision_at_recall(yy, pp, 0.80, w)
    return out
