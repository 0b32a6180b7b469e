"""Fit the chat model reproducibly on generated conversations, set the alert policy, evaluate it.

Stage 1 (split "fit", family 0): a message scorer, multinomial logistic regression over hashed
character n-grams and cue indicators. Stage 2 (split "calib", family 1, phrasings stage 1 never saw):
a conversation scorer over the accumulated state, trained on every prefix (label = the category from
the annotated first risky message on). The alert threshold is the critical floor (0.85), checked on
"dev"; "test" (family 2) is never used for fitting. Some scripts (grooming without an age question, a
job asking for a passport photo) are generated for the training splits only, so "test" stays comparable.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from vigila.core.errors import InputError
from vigila.core.types import Level
from vigila.detectors.conversation import CRITICAL_SEVERITY, ConversationMonitor, feature_names
from vigila.indicators import load_taxonomy
from vigila.models.chat_features import HASH_BITS
from vigila.models.chat_metrics import Outcome, report
from vigila.models.chat_model import CLASSES, ChatModel
from vigila.models.chatgen import generate

SIZES = {"fit": 2000, "calib": 1500, "dev": 1000}
Progress = Callable[[str], None]


def _empty_model(tactic_ids: list[str]) -> ChatModel:
    nf = len(feature_names(tactic_ids))
    return ChatModel(
        tactic_ids,
        np.zeros((2**HASH_BITS, 3), np.float32),
        np.zeros((2 * len(tactic_ids), 3)),
        np.zeros(3),
        np.zeros((nf, 3)),
        np.zeros(3),
    )


def _message_matrix(
    convs: Sequence[dict[str, Any]], model: ChatModel
) -> tuple[sparse.csr_matrix, np.ndarray]:
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    labels: list[int] = []
    width = 2**model.bits
    for conv in convs:
        mon = ConversationMonitor(model=model)
        risky = set(conv["label"].get("risky", []))
        cat = conv["label"]["category"]
        for i, m in enumerate(conv["messages"]):
            role = mon.role_of(m["sender"])
            mon.user_seen = mon.user_seen or role == "user"
            ngrams, cue_cols = mon.message_inputs(m["text"], role, i, m["sender"])
            r = len(labels)
            if len(ngrams):
                rows.extend([r] * len(ngrams))
                cols.extend(ngrams.tolist())
                vals.extend([1.0 / np.sqrt(len(ngrams))] * len(ngrams))
            for c in cue_cols:
                rows.append(r)
                cols.append(width + c)
                vals.append(1.0)
            labels.append(CLASSES.index(cat) if cat and i in risky else 0)
    shape = (len(labels), width + 2 * len(model.tactic_ids))
    return sparse.csr_matrix((vals, (rows, cols)), shape=shape), np.array(labels)


def _prefix_features(convs: Sequence[dict[str, Any]], model: ChatModel) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for conv in convs:
        mon = ConversationMonitor(model=model)
        cat, first = conv["label"]["category"], conv["label"]["first_risk"]
        for i, m in enumerate(conv["messages"]):
            mon.observe(m)
            xs.append(mon.features())
            ys.append(CLASSES.index(cat) if cat and first is not None and i >= first else 0)
    return np.array(xs), np.array(ys)


def run_monitor(
    conv: dict[str, Any], model: ChatModel | None = None
) -> tuple[int | None, str | None, list[Any]]:
    """Stream one conversation: (alert_at, category at the alert, [(risk, level, category) per message])."""
    mon = ConversationMonitor(model=model)
    alert_at, predicted, trace = None, None, []
    for i, m in enumerate(conv["messages"]):
        a = mon.observe(m)
        trace.append((a.risk, a.level, a.category, any(s.weight > 0 for s in a.signals)))
        if alert_at is None and a.level == Level.ALERT:
            alert_at, predicted = i, a.category
    return alert_at, predicted, trace


def outcome(conv: dict[str, Any], alert_at: int | None, predicted: str | None) -> Outcome:
    """The Outcome record of one labelled conversation."""
    label = conv.get("label") or {}
    return Outcome(
        label.get("category"),
        label.get("first_risk"),
        predicted,
        alert_at,
        label.get("lang"),
        tuple(label.get("tactics", ())),
    )


def _policy(convs: Sequence[dict[str, Any]], model: ChatModel) -> tuple[dict[str, float], dict[str, float]]:
    """Alert thresholds and the dev figures at them.

    The alert threshold is the critical floor: thresholds below it that looked best on "dev" (whose
    benign chats share template family 1 with "calib", so its false alarms are optimistic) over-alerted
    on the held-out family (0.70: 0.8 % on dev, 2.8 % on test), and above it a kept passport or two
    tactics together would not alert.
    """
    tau = CRITICAL_SEVERITY
    outs = []
    for conv in convs:
        trace = run_monitor(conv, model)[2]
        hit = next((i for i, (r, _l, _c, pos) in enumerate(trace) if r >= tau and pos), None)
        outs.append(outcome(conv, hit, trace[hit][2] if hit is not None else None))
    rep = report(outs)
    figures = {
        "dev_f_latency": round(rep["f_latency"], 4),
        "dev_false_alarms": round(rep["false_alarm_rate"], 4),
    }
    return {"watch": round(tau / 3, 3), "warn": round(2 * tau / 3, 3), "alert": tau}, figures


def train(seed: int = 0, sizes: dict[str, int] | None = None, progress: Progress | None = None) -> ChatModel:
    """Generate the splits, fit both stages, tune the alert policy; the same seed gives the same model."""
    say = progress or (lambda _msg: None)
    n = {**SIZES, **(sizes or {})}
    tactic_ids = [t.id for t in load_taxonomy().for_domain("chat")]
    model = _empty_model(tactic_ids)
    say("generating conversations")
    fit, calib, dev = (generate(n[s], s, seed=seed) for s in ("fit", "calib", "dev"))
    say("fitting the message scorer")
    X, y = _message_matrix(fit, model)
    msg = LogisticRegression(C=4.0, max_iter=300, tol=1e-4).fit(X, y)
    width = 2**model.bits
    model.msg_hash = msg.coef_[:, :width].T.astype(np.float32)
    model.msg_cue = msg.coef_[:, width:].T.copy()
    model.msg_bias = msg.intercept_.copy()
    say("fitting the conversation scorer")
    Xc, yc = _prefix_features(calib, model)
    conv = LogisticRegression(C=1.0, max_iter=2000).fit(Xc, yc)
    model.conv_coef = conv.coef_.T.copy()
    model.conv_bias = conv.intercept_.copy()
    say("checking the alert policy on dev")
    model.thresholds, dev_figures = _policy(dev, model)
    model.meta = {
        "seed": seed,
        "sizes": n,
        "features": feature_names(tactic_ids),
        **dev_figures,
        "note": "built by `vigila train chat`; weights.npz holds plain float arrays (no pickle)",
    }
    return model


def evaluate(convs: Iterable[dict[str, Any]], model: ChatModel | None = None) -> dict[str, Any]:
    """Stream every labelled conversation through a fresh monitor and report the metrics."""
    outs = []
    for conv in convs:
        alert_at, predicted, _ = run_monitor(conv, model)
        outs.append(outcome(conv, alert_at, predicted))
    return report(outs)


def read_labelled(path: Path) -> list[dict[str, Any]]:
    """Read an evaluation JSONL file; a malformed line is an InputError naming its line number."""
    convs = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from None
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            conv = json.loads(line)
            msgs, label = conv["messages"], conv["label"]
            if not isinstance(msgs, list) or not isinstance(label, dict):
                raise TypeError("'messages' must be a list and 'label' an object")
            if label.get("category") not in (None, "recruitment", "grooming"):
                raise ValueError(f"unknown category {label.get('category')!r}")
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{no}: not a labelled conversation ({exc})") from None
        convs.append(conv)
    return convs
