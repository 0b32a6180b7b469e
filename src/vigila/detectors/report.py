"""Risk of a report narrative told by a witness or the victim, in the third person (issue 6).

    >>> assess_report("the recruiter keeps her passport").level.value
    'alert'

Reads the `report` domain of the taxonomy (the `domain_cues.report` lists of the chat tactics, widened
by the `report_cues` of `report.json`, and the report-only tactics of `report.json`). The risk is a
noisy-OR of the severities of the distinct tactics found: risk = 1 - prod(1 - severity), so one
critical tactic (passport kept, 0.85) alerts on its own, two medium ones (job lure 0.45 and pay too
good 0.5) reach "warn", and a weak one alone (gifts 0.45, platform switch 0.45) stays at "watch".
Two adjustments:

* minors: when the report mentions children or an age under 18 (`minors_mentioned`) AND a grooming
  or mixed tactic, one more term of MINOR_BOOST joins the noisy-OR (the signal is kept with that weight);
* protective markers (negative weights: a contract, a loan paid back) multiply the risk by
  max(0, 1 + sum of their weights).

A photo request whose sentence names an official purpose ("fotos y copia del pasaporte para la visa",
`photo_purposes` in `report.json`) is a document request, not a request for photos of the person, and
is dropped before scoring.
"""

from __future__ import annotations

import dataclasses
import json
import re
from functools import cache

from vigila.core.errors import VigilaError
from vigila.core.types import Assessment, Level, Signal
from vigila.indicators import find_signals, fold, load_taxonomy
from vigila.indicators.cues import cue_langs
from vigila.indicators.fold import fold_pattern
from vigila.indicators.taxonomy import DATA_DIR, LANGS, Taxonomy

MINOR_BOOST = 0.5
MINORS = "minors_mentioned"
PHOTOS = "photo_request"
MAX_REPORT_CHARS = 20_000  # cues are read in the first 20k characters
_SENTENCE_END = re.compile(r"[.!?\n]")


def assess_report(text: str, lang: str | None = None) -> Assessment:
    """Risk, level and signals of a third-person report narrative; `lang` None runs every language."""
    tax = report_taxonomy()
    head = text[:MAX_REPORT_CHARS]
    folded = fold(head)
    found = find_signals(head, lang=lang, domain="report", taxonomy=tax)
    if any(s.tactic == PHOTOS for s in found):
        found = [s for s in found if s.tactic != PHOTOS or not _official_purpose(head, folded, s)]
    first: dict[str, Signal] = {}
    for s in found:
        first.setdefault(s.tactic, s)
    if MINORS not in first:  # its span may lie inside another cue's match ("a man messages girls of 13")
        minor = _minors(head, folded, lang, tax)
        if minor is not None:
            first[MINORS] = minor
    positive = {t: s for t, s in first.items() if s.weight > 0}
    grooming = [t for t in positive if tax[t].category in ("grooming", "both")]
    keep = [s for s in found if s.weight != 0]
    survive = 1.0
    for t in positive:
        survive *= 1.0 - min(tax[t].severity, 1.0)
    if MINORS in first and grooming:
        survive *= 1.0 - MINOR_BOOST
        m = first[MINORS]
        keep.append(Signal(MINORS, MINOR_BOOST, m.start, m.end, m.text))
    risk = 1.0 - survive if positive else 0.0
    negative = sum(s.weight for s in first.values() if s.weight < 0)
    risk *= max(0.0, 1.0 + negative)
    keep.sort(key=lambda s: (s.start, s.end))
    names = ", ".join(t for t in positive) or "no tactic"
    return Assessment(risk=risk, level=Level.from_risk(risk), signals=keep,
                      explanation=f"report narrative: {names}", category="report", lang=lang)


@cache
def report_taxonomy() -> Taxonomy:
    """The bundled taxonomy, with `report.json`'s `report_cues` added to those tactics' report cues."""
    extra = json.loads((DATA_DIR / "report.json").read_text(encoding="utf-8")).get("report_cues", {})
    return with_report_cues(load_taxonomy(), extra)


def with_report_cues(base: Taxonomy, extra: dict[str, dict[str, list[str]]]) -> Taxonomy:
    """A copy of `base` whose named tactics read `extra` cues (tactic -> language -> cues) in reports."""
    tactics = dict(base.tactics)
    for tactic_id, by_lang in extra.items():
        tactic = tactics.get(tactic_id)
        if tactic is None or "report" not in tactic.domains:
            raise VigilaError(f"taxonomy report.json: report_cues names {tactic_id!r}, not a report tactic")
        for lang, cues in by_lang.items():
            if lang not in LANGS:
                raise VigilaError(f"taxonomy report.json: report_cues[{tactic_id!r}] has language {lang!r}")
            for cue in cues:
                try:
                    re.compile(fold_pattern(cue))
                except re.error as exc:
                    raise VigilaError(f"taxonomy report.json: cue {cue!r} is not valid ({exc})") from None
        own = tactic.cues_for("report")
        merged = {lang: (*own.get(lang, ()), *by_lang.get(lang, ())) for lang in {*own, *by_lang}}
        tactics[tactic_id] = dataclasses.replace(tactic, domain_cues={**tactic.domain_cues, "report": merged})
    return Taxonomy(tactics.values())


@cache
def _photo_purposes() -> re.Pattern[str] | None:
    raw = json.loads((DATA_DIR / "report.json").read_text(encoding="utf-8")).get("photo_purposes", {})
    cues = [fold_pattern(c) for cs in raw.values() for c in cs]
    return re.compile("|".join(f"(?:{c})" for c in cues)) if cues else None


def _official_purpose(text: str, folded: str, signal: Signal) -> bool:
    """Whether the sentence of a photo request names an official purpose for it (a visa, a passport);
    `folded` is ``fold(text)``."""
    purposes = _photo_purposes()
    if purposes is None:
        return False
    end = _SENTENCE_END.search(text, signal.end)
    return purposes.search(folded, signal.start, end.start() if end else len(text)) is not None


def _minors(text: str, folded: str, lang: str | None, tax: Taxonomy) -> Signal | None:
    """The first mention of minors, searched on its own (the joint alternation skips overlapping cues);
    `folded` is ``fold(text)``."""
    if MINORS not in tax.tactics:
        return None
    cues = tax[MINORS].cues_for("report")
    hits = [m for code in cue_langs(lang) for c in cues.get(code, ())
            if (m := re.search(c, folded, re.IGNORECASE)) and m.end() > m.start()]
    if not hits:
        return None
    m = min(hits, key=lambda h: h.start())
    return Signal(MINORS, 0.0, m.start(), m.end(), text[m.start():m.end()].strip())
