"""Pairwise precision/recall/F1 and adjusted Rand index of clusters against planted truth."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.metrics import adjusted_rand_score
from sklearn.metrics.cluster import pair_confusion_matrix

from vigila.core.metrics import precision_recall_f1


def pairwise_scores(
    truth: Sequence[object] | np.ndarray, predicted: Sequence[object] | np.ndarray
) -> dict[str, float]:
    """Pairwise precision, recall, F1 (pairs of ads put together) and adjusted Rand index."""
    (_, fp), (fn, tp) = pair_confusion_matrix(list(truth), list(predicted))
    p, r, f1 = precision_recall_f1(tp, fp, fn, empty=1.0)
    ari = adjusted_rand_score(list(truth), list(predicted))
    return {
        "precision": round(float(p), 4),
        "recall": round(float(r), 4),
        "f1": round(float(f1), 4),
        "ari": round(float(ari), 4),
    }
