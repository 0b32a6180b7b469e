"""Precision, recall and F1 from counts: one definition for every evaluation command."""

from __future__ import annotations


def precision_recall_f1(tp: float, fp: float, fn: float, empty: float = 0.0) -> tuple[float, float, float]:
    """(precision, recall, F1); `empty` is a ratio's value when there is nothing to count."""
    p = tp / (tp + fp) if tp + fp else empty
    r = tp / (tp + fn) if tp + fn else empty
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
