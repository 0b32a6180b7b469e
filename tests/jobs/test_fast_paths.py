"""The speed shortcuts of the job features give exactly what the plain computation gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sklearn.feature_extraction.text import HashingVectorizer

from vigila.detectors.jobs import _stopword_lang
from vigila.models.jobs_features import (
    cue_candidates,
    find_cues,
    job_cues,
    ngrams,
    word_requirements,
)

DATA = Path(__file__).resolve().parents[2] / "data" / "jobs"
TRICKY = [
    "Hostesses and DANCERS wanted; send photos!!",
    "Se buscan chicas de 18 a 25 años, 100€/día, solo por WhatsApp",
    "girls aged 18, earn $500 per day. No experience needed",
    "Only young women (18-24) — flights provided, repaid from wages.",
    "înălțime, greutate și vârstă; 50 euro pe zi; trimite poze pe WhatsApp",
    "ſolo chicas İstanbul ı",  # characters that IGNORECASE folds unlike str.lower()
    "company name will be given later; registration fee required",
]


def _texts() -> list[str]:
    ads = [json.loads(line) for name in ("train", "test") for line in (DATA / f"{name}.jsonl").open()]
    return [str(ad.get(f) or "") for ad in ads for f in ("title", "description")] + TRICKY


def _all_cues(text: str) -> list[tuple[str, int, int]]:
    every = frozenset(range(len(job_cues())))
    return [(t, m.start(), m.end()) for t, m in find_cues(text, limit=5, candidates=every)]


def test_cue_prefilter_keeps_every_match() -> None:
    seen = 0
    for text in _texts():
        found = [(t, m.start(), m.end()) for t, m in find_cues(text, limit=5)]
        assert found == _all_cues(text), text
        seen += len(found)
    assert seen > 100  # the texts do exercise the cues


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\bhostess(?:es)?\b", {frozenset({"hostess", "hostesses"})}),
        (r"\b(?:only|just)\s+(?:young\s+)?(?:girls|women)\b", {frozenset({"only", "just"})}),
        (r"\bmuy\s+guapa\b|\bguapas?\b", {frozenset({"guapa", "guapas"})}),
        (r"\bwhats\s?app\b", set()),  # "whatsapp" or "whats app": no one word is certain
    ],
)
def test_word_requirements(pattern: str, words: set[frozenset[str]]) -> None:
    assert words <= set(word_requirements(pattern)[0])
    if not words:
        assert not word_requirements(pattern)[0]


def test_exotic_case_folding_disables_the_prefilter() -> None:
    assert cue_candidates("ſolo chicas") is None
    assert cue_candidates("solo chicas") is not None


def test_ngrams_equal_scikit_learn_analyser() -> None:
    reference = HashingVectorizer(
        ngram_range=(1, 2), strip_accents="unicode", token_pattern=r"(?u)\b\w\w+\b"
    ).build_analyzer()
    for text in [*_texts(), "Ça été ÉTÉ ﬁn ²3 a\u0301b\u0327c İ ǅ ẞ"]:
        assert ngrams(text) == reference(text)


def test_stopword_language_decides_only_clear_cases() -> None:
    assert _stopword_lang("We are looking for a driver. You will work with our team and the clients.") == "en"
    assert _stopword_lang("Buscamos camarero con experiencia para el restaurante de la playa, con los turnos") is None
    assert _stopword_lang("Wir suchen eine Reinigungskraft für unser Büro") is None
