"""A whole-conversation report from the streaming monitor: risk timeline, alert point, signals, entities.

Shared by `vigila chat scan`, the conversations API and the "Check a conversation" page, so all three
say the same thing. Pure: no I/O, nothing kept after the call.

    >>> report = assess_conversation([{"sender": "other", "text": "hola"}])
    >>> report["alert_at"] is None
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vigila.core.types import Assessment, Level, Signal


def _signal_key(s: Signal) -> tuple[Any, ...]:
    return (s.tactic, s.message_index, s.start, s.end)


def _entities(
    messages: Sequence[dict[str, Any]], lang: str | None, country: str | None
) -> list[dict[str, Any]]:
    from vigila.recognizers import extract

    found = []
    for i, m in enumerate(messages):
        for e in extract(m["text"], lang=lang, region=country):
            found.append({"message_index": i, **e.to_dict()})
    return found


def tactic_names(tactic_ids: Sequence[str]) -> dict[str, str]:
    """Readable names of tactics from the taxonomy; an id the taxonomy lacks is shown as words."""
    from vigila.indicators import load_taxonomy

    taxonomy = load_taxonomy()
    return {t: taxonomy[t].name if t in taxonomy.tactics else t.replace("_", " ") for t in tactic_ids}


def _locate(text: str, s: Signal) -> tuple[int, int] | None:
    """The signal's span in the message text; a stale span is re-found by its words, else dropped."""
    if 0 <= s.start < s.end <= len(text) and (not s.text or text[s.start : s.end] == s.text):
        return s.start, s.end
    if s.text:
        at = text.find(s.text)
        if at < 0:
            at = text.casefold().find(s.text.casefold())
        if at >= 0:
            return at, at + len(s.text)
    return None


def segments(text: str, spans: Sequence[tuple[int, int, str]]) -> list[dict[str, Any]]:
    """Split `text` into plain and marked pieces for display; overlapping spans are merged."""
    merged: list[list[Any]] = []
    for start, end, tactic in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            if tactic not in merged[-1][2]:
                merged[-1][2].append(tactic)
        else:
            merged.append([start, end, [tactic]])
    out: list[dict[str, Any]] = []
    pos = 0
    for start, end, tactics in merged:
        if start > pos:
            out.append({"text": text[pos:start], "mark": False, "tactics": []})
        out.append({"text": text[start:end], "mark": True, "tactics": tactics})
        pos = end
    if pos < len(text):
        out.append({"text": text[pos:], "mark": False, "tactics": []})
    return out


def assess_conversation(
    messages: Sequence[dict[str, Any]],
    lang: str | None = None,
    country: str | None = None,
    with_entities: bool = True,
) -> dict[str, Any]:
    """Run a fresh monitor over the messages in order and summarise what it saw, message by message."""
    from vigila.detectors.conversation import ConversationMonitor

    monitor = ConversationMonitor(lang=lang)
    timeline: list[dict[str, Any]] = []
    signals: dict[tuple[Any, ...], Signal] = {}
    alert_at: int | None = None
    peak: Assessment | None = None
    peak_at = 0
    last: Assessment | None = None
    for i, m in enumerate(messages):
        message = {"sender": m.get("sender") or "other", "text": m.get("text") or ""}
        if m.get("ts"):
            message["ts"] = m["ts"]
        a = monitor.observe(message)
        last = a
        timeline.append({"index": i, "risk": round(a.risk, 4), "level": a.level.value})
        for s in a.signals:
            if s.message_index is not None:
                signals.setdefault(_signal_key(s), s)
        if alert_at is None and a.level == Level.ALERT:
            alert_at = i
        if peak is None or a.risk > peak.risk:
            peak, peak_at = a, i
    # The explanation the person needs is the one given when the risk was highest (the alert itself),
    # not whatever a later small-talk message left.
    shown = peak if peak is not None else last
    detected = lang or (shown.lang if shown else None)
    sig_list = sorted(signals.values(), key=lambda s: (s.message_index or 0, s.start))
    per_message: list[dict[str, Any]] = []
    for i, m in enumerate(messages):
        text = m.get("text") or ""
        spans = []
        for s in sig_list:
            if s.message_index == i:
                where = _locate(text, s)
                if where:
                    spans.append((where[0], where[1], s.tactic))
        per_message.append(
            {
                "index": i,
                "sender": m.get("sender") or "other",
                "ts": m.get("ts"),
                "media": bool(m.get("media")),
                "risk": timeline[i]["risk"],
                "level": timeline[i]["level"],
                "segments": segments(text, spans),
                "tactics": sorted({t for _s, _e, t in spans}),
            }
        )
    return {
        "risk": round(shown.risk, 4) if shown else 0.0,
        "level": shown.level.value if shown else Level.NONE.value,
        "category": shown.category if shown else None,
        "lang": (shown.lang if shown else None) or lang,
        "alert_at": alert_at,
        "peak_at": peak_at if peak is not None else None,
        "final_risk": round(last.risk, 4) if last else 0.0,
        "explanation": shown.explanation if shown else "",
        "timeline": timeline,
        "signals": [s.to_dict() for s in sig_list],
        "tactic_names": tactic_names(sorted({s.tactic for s in sig_list})),
        "messages": per_message,
        "entities": _entities(messages, detected, country) if with_entities else [],
    }
