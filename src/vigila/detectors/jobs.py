"""Job-offer assessor: a calibrated fraud probability plus trafficking red flags with spans, explained.

from vigila import JobOfferAssessor
result = JobOfferAssessor.load().assess({"title": "...", "description": "..."})
result.to_dict()  # {"id", "fraud_probability", "fraudulent", "trafficking_flags", "explanation", ...}
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from vigila.core.errors import InputError
from vigila.core.types import Level, Signal
from vigila.detectors._jobs_text import ADVICE, PROBABILITY, RED_FLAGS, VERDICTS, tactic_name
from vigila.indicators import find_signals
from vigila.models.jobs_features import (
    TEXT_FIELDS,
    field_text,
    find_cues,
    job_tactics,
    scan_text,
    substring_candidates,
)
from vigila.models.jobs_model import JobFraudModel

# Decision threshold on the calibrated probability (calibrated for even odds, see jobs_model).
THRESHOLD = 0.5
# Flags found more often than this in one field are capped: a pasted 10 MB page must stay readable.
MAX_FLAGS_PER_TACTIC = 5
LANGS = ("en", "es", "pt", "fr", "ro")


@dataclass(slots=True)
class JobAssessment:
    """The verdict on one job ad."""

    id: str | None
    fraud_probability: float
    fraudulent: bool
    level: Level
    lang: str
    trafficking_flags: list[Signal] = field(default_factory=list)
    explanation: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the CLI output keys, flags with spans, field names and localised names."""
        return {
            "id": self.id,
            "fraud_probability": round(self.fraud_probability, 4),
            "fraudulent": self.fraudulent,
            "level": self.level.value,
            "lang": self.lang,
            "trafficking_flags": [
                {**s.to_dict(), "name": tactic_name(s.tactic, self.lang)} for s in self.trafficking_flags
            ],
            "explanation": self.explanation,
        }


def _shared_job_tactics(own: set[str]) -> frozenset[str]:
    # Shared taxonomy tactics tagged for the "job" domain besides this detector's own (which it
    # matches itself, with negation and mixed-gender guards).
    from vigila.indicators import load_taxonomy

    return frozenset(k for k, t in load_taxonomy().tactics.items() if "job" in t.domains) - own


def _merge_overlaps(flags: list[Signal], record: Mapping[str, Any]) -> list[Signal]:
    """Join overlapping spans of the same tactic in the same field ("Se buscan chicas de 18")."""
    merged: list[Signal] = []
    for sig in flags:
        prev = next((m for m in reversed(merged) if m.tactic == sig.tactic and m.field == sig.field), None)
        if prev is not None and sig.start < prev.end:
            end = max(prev.end, sig.end)
            text = field_text(record, prev.field or "description")[prev.start : end]
            merged[merged.index(prev)] = replace(prev, end=end, text=text)
        else:
            merged.append(sig)
    return merged


def as_ad(ad: Mapping[str, Any] | str) -> Mapping[str, Any]:
    """The ad as EMSCAD fields: plain text, or a `text` key, is the description of the offer."""
    if isinstance(ad, str):
        return {"description": ad}
    if not isinstance(ad, Mapping):
        raise InputError(f"a job ad must be a text or an object with EMSCAD keys, not {type(ad).__name__}")
    text = ad.get("text")
    if not isinstance(text, str):
        return ad
    fields = {k: v for k, v in ad.items() if k != "text"}
    fields["description"] = (str(ad.get("description") or "") + "\n" + text).strip()
    return fields


# Frequent function words that tell the five languages apart (words shared by two of them, like
# "para", "que", "de", "la", "en", "un", "si", "in", are left out).
_FUNCTION_WORDS = {
    "en": "the and of to with for you our we will is are this that your be as an or at from have",
    "es": "el los las y con del una es al su como más muy lo sus nuestro está",
    "pt": "os do da dos das com uma não em na ao você é são seu sua nosso está",
    "fr": "le les des et pour avec vous nous du une est au aux dans sur qui votre",
    "ro": "și în cu pentru este să care din pe sunt ai mai sau nu",
}
_STOPWORDS = {word: lang for lang, words in _FUNCTION_WORDS.items() for word in words.split()}
_WORDS = re.compile(r"\w+")


def _stopword_lang(text: str) -> str | None:
    """The language when its function words clearly dominate (a cheap first pass), else None."""
    counts = Counter(_STOPWORDS[w] for w in _WORDS.findall(text.lower()) if w in _STOPWORDS)
    ranked = [*counts.most_common(2), ("", 0), ("", 0)]
    (best, first), (_, second) = ranked[0], ranked[1]
    return best if first >= 5 and first >= 5 * second else None


def _detect_lang(text: str) -> str:
    from vigila.text import detect_language

    # The first few hundred characters name the language; more only costs time. Function words
    # settle most ads at a tenth of the cost of the n-gram model, which decides the rest.
    head = text[:400]
    lang = _stopword_lang(head) or (detect_language(head) if head.strip() else None)
    return lang if lang in LANGS else "en"


class JobOfferAssessor:
    """Scores job ads for fraud and lists trafficking red flags; build it with ``JobOfferAssessor.load()``."""

    def __init__(self, model: JobFraudModel, threshold: float = THRESHOLD) -> None:
        self.model = model
        self.threshold = threshold
        self._severity = {t["id"]: float(t.get("severity", 0.5)) for t in job_tactics()}
        self._shared = _shared_job_tactics(set(self._severity))

    @classmethod
    def load(cls) -> JobOfferAssessor:
        """Load the bundled model artefact (npz + JSON, no pickle)."""
        return cls(JobFraudModel.load())

    def flags(self, ad: Mapping[str, Any] | str, lang: str | None = None) -> list[Signal]:
        """Trafficking red flags in every text field, with spans into that field."""
        return self._scan(as_ad(ad), lang)[0]

    def _scan(
        self, record: Mapping[str, Any], lang: str | None
    ) -> tuple[list[Signal], frozenset[str] | None]:
        """The flags, and the words of all text fields (None when a field needs the slow path)."""
        found: dict[tuple[str, str, int, int], Signal] = {}
        texts = {name: text for name in TEXT_FIELDS if (text := field_text(record, name))}
        # Cues are chosen field by field from the words they require; the words also spare the
        # model's URL and messenger searches, and narrow the ad-wide substring checks.
        lowered = {name: text.lower() for name, text in texts.items()}
        scans = {name: scan_text(text, frozenset(), lowered[name]) for name, text in texts.items()}
        known = [field_words for _, field_words in scans.values() if field_words is not None]
        words = frozenset().union(*known) if len(known) == len(scans) else None
        hits = substring_candidates("\n".join(lowered.values()), words)
        for name, text in texts.items():
            candidates = scans[name][0]
            candidates = None if candidates is None else candidates | hits
            for tactic, m in find_cues(text, MAX_FLAGS_PER_TACTIC, candidates, lowered[name]):
                span = m.group().rstrip()
                end = m.start() + len(span)
                found[(tactic, name, m.start(), end)] = Signal(
                    tactic, self._severity[tactic], m.start(), end, span, field=name
                )
            if self._shared:
                for sig in find_signals(text, lang=lang, domain="job"):
                    if sig.tactic in self._shared:
                        found.setdefault((sig.tactic, name, sig.start, sig.end), replace(sig, field=name))
        ordered = sorted(found.values(), key=lambda s: (TEXT_FIELDS.index(s.field or "description"), s.start))
        return _merge_overlaps(ordered, record), words

    def assess(self, ad: Mapping[str, Any] | str) -> JobAssessment:
        """Assess one ad: an object with EMSCAD keys (missing ones allowed) or the plain text of an ad."""
        return self.assess_many([ad])[0]

    def assess_many(self, ads: Sequence[Mapping[str, Any] | str]) -> list[JobAssessment]:
        """Assess several ads at once (faster than one by one: the model scores them together)."""
        records = [as_ad(ad) for ad in ads]
        for n, record in enumerate(records, 1):
            if not any(field_text(record, f).strip() for f in TEXT_FIELDS):
                raise InputError(f"job ad {record.get('id') or n} has no text (title, description, ...)")
        langs = [self._lang(record) for record in records]
        # Cues are matched once: the same matches feed the flags and the model's cue features.
        scans = [self._scan(record, lang) for record, lang in zip(records, langs, strict=True)]
        flags = [found for found, _ in scans]
        own = [{s.tactic for s in found if s.tactic in self._severity} for found in flags]
        words = [w for _, w in scans]
        probs = self.model.predict_proba(records, own, words) if records else np.zeros(0)
        return [
            self._verdict(record, float(p), lang, found)
            for record, p, lang, found in zip(records, probs, langs, flags, strict=True)
        ]

    @staticmethod
    def _lang(record: Mapping[str, Any]) -> str:
        given = str(record.get("lang") or "")
        if given in LANGS:
            return given
        return _detect_lang(" ".join(field_text(record, f) for f in ("title", "description")))

    def _verdict(self, record: Mapping[str, Any], p: float, lang: str, flags: list[Signal]) -> JobAssessment:
        distinct = {s.tactic: s.weight for s in flags}
        flag_risk = 1.0 - float(np.prod([1.0 - 0.5 * w for w in distinct.values()]))
        ad_id = record.get("id")
        return JobAssessment(
            id=None if ad_id is None or ad_id == "" else str(ad_id),
            fraud_probability=p,
            fraudulent=p >= self.threshold,
            level=Level.from_risk(max(p, flag_risk)),
            lang=lang,
            trafficking_flags=flags,
            explanation=explain(p, flags, lang, self.threshold),
        )


def explain(p: float, flags: Iterable[Signal], lang: str, threshold: float = THRESHOLD) -> str:
    """One or two sentences in `lang`: verdict, probability, distinct red flags, and advice when risky."""
    likely, some, none = VERDICTS.get(lang, VERDICTS["en"])
    tactics = list(dict.fromkeys(s.tactic for s in flags))
    verdict = likely if p >= threshold else (some if tactics else none)
    text = f"{verdict} ({PROBABILITY.get(lang, PROBABILITY['en']).format(p=round(100 * p))})."
    if tactics:
        text += (
            f" {RED_FLAGS.get(lang, RED_FLAGS['en'])}: "
            + "; ".join(tactic_name(t, lang) for t in tactics)
            + "."
        )
    if p >= threshold or tactics:
        text += " " + ADVICE.get(lang, ADVICE["en"])
    return text
