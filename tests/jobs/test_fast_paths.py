"""The speed shortcuts of the job features give exactly what the plain computation gives."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from vigila.detectors.jobs import _stopword_lang
from vigila.models.jobs_features import (
    char_ngram_matrix,
    cue_candidates,
    find_cues,
    hashed_vocabulary,
    job_cues,
    substring_candidates,
    text_words,
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


def test_char_ngrams_of_a_batch_equal_those_of_each_text() -> None:
    # Texts shorter than an n-gram between others: no n-gram may straddle two texts.
    texts = ["Camarera", "abcd", "", "ab", "x", "Ça été ÉTÉ – 100€/día", "a b", *_texts()[:40], "yz"]
    batch = char_ngram_matrix(texts)
    for i, text in enumerate(texts):
        alone = char_ngram_matrix([text])
        assert sorted(batch[i].indices) == sorted(alone[0].indices)
    assert batch[2].nnz == 0
    # "abcd": abc, bcd and abcd, named back from their columns; "Ça" is folded like "ca".
    cols = char_ngram_matrix(["abcd"])[0].indices
    assert sorted(hashed_vocabulary(["abcd"], cols).values()) == ["abc", "abcd", "bcd"]
    assert set(char_ngram_matrix(["ça va"])[0].indices) == set(char_ngram_matrix(["CA VA"])[0].indices)


def test_stopword_language_decides_only_clear_cases() -> None:
    assert _stopword_lang("We are looking for a driver. You will work with our team and the clients.") == "en"
    spanish = "Buscamos camarero con experiencia para el restaurante de la playa, con los turnos"
    assert _stopword_lang(spanish) is None
    assert _stopword_lang("Wir suchen eine Reinigungskraft für unser Büro") is None


def test_dense_feature_gates_agree_with_the_regexes() -> None:
    from vigila.models import jobs_features as jf

    assert jf._per_day_words()  # the per-day gate found the words it needs
    for text in [*_texts(), "50 EUR per Day", "100€/noche", "$20 a night", "WhatsApp: 600", "whats app"]:
        words = frozenset(jf._WORD.findall(text.lower()))
        if jf._PER_DAY.search(text):
            assert jf._may_have_words(words, jf._per_day_words()), text
        if jf._MONEY.search(text):
            assert jf._may_have(text, jf._MONEY_NEEDLES), text
        if jf._MESSENGER.search(text):
            assert jf._may_have_messenger(text, words), text
        if jf._URL.search(text):
            assert jf._may_have_url(text, words), text


def test_text_words_are_the_regex_words() -> None:
    rnd = random.Random(5)
    # ASCII punctuation and controls, Unicode spaces (nbsp, U+2028, U+0085), letters, digits, marks,
    # a lone surrogate and an emoji: each must split (or not) exactly as r"\w+" does.
    alphabet = "ab_Z9 -.,'\x1c\x1f\t\n\xa0\u2028\x85é’–€ß²½\u0301ΩİıſЖ中\ud800\U0001f600"
    texts = [*_texts(), *("".join(rnd.choices(alphabet, k=rnd.randint(0, 40))) for _ in range(3000))]
    for text in texts:
        assert text_words(text) == frozenset(re.findall(r"\w+", text)), repr(text)


def test_design_matrix_is_the_stacked_blocks() -> None:
    import numpy as np
    import scipy.sparse as sp

    from vigila.models import jobs_features as jf

    ads = [json.loads(line) for line in (DATA / "test.jsonl").open()][:20]
    ads += [{"description": ""}, {"description": "x", "has_company_logo": "1"}, {"title": "Hostess 18-24"}]
    texts = [jf.model_text(ad) for ad in ads]
    dense = sp.csr_matrix(np.asarray([jf.dense_features(ad) for ad in ads]))
    expected = sp.hstack([char_ngram_matrix(texts), dense], format="csr")
    got = jf.featurize(ads)
    assert got.shape == expected.shape
    for name in ("data", "indices", "indptr"):
        assert np.array_equal(getattr(got, name), getattr(expected, name)), name


def test_substring_filter_keeps_every_matching_cue() -> None:
    from vigila.models.jobs_features import _cue_filter

    filtered = set(_cue_filter()[2])
    texts = [t.lower() for t in _texts()]
    hits = 0
    for text in texts:
        kept = substring_candidates(text, text_words(text))
        assert kept == substring_candidates(text), text  # the words only make the search shorter
        matched = {i for i in filtered if job_cues()[i].pattern.search(text)}
        assert matched <= kept, text
        hits += len(matched)
    assert hits > 5  # some of these cues (money per day, age bands, measurements) do match


def test_character_shortcuts_agree_with_the_regex_forms() -> None:
    from sklearn.feature_extraction.text import strip_accents_unicode

    from vigila.models import jobs_features as jf

    def fold_runs(text: str) -> bytes:  # the n-gram folding as first written: run by run of non-ASCII
        def run(m: re.Match[str]) -> str:
            return "".join(c if c.isalnum() else " " for c in strip_accents_unicode(m.group()))

        folded = re.sub(r"[^\x00-\x7f]+", run, text.lower())
        return re.sub(b"  +", b" ", folded.encode("utf-8", "ignore").translate(jf._BYTE_MAP))

    money = re.compile(r"[$€£]\s?\d|\d\s?(?:€|\$|£|eur\b|euros?\b|usd\b|lei\b|reais\b|dollars?\b)", re.I)
    rnd = random.Random(7)
    # Combining marks after ASCII letters, ligatures, compatibility forms, case exotics, surrogates.
    alphabet = "aB1 $€£5 EURusd lei\xa0’–éÉñ\u0301\u0308ǅﬁßİıſ\u212a\ud800\udc00😀☀Ωж中²½ⅸℌ-!./"
    messages = [
        "Telegram: x",
        "TELEGRAM",
        "whats app",
        "WhatsApp",
        "line id",
        "online",
        "Line",
        "zap!",
        "Snapchat",
    ]
    texts = [
        *_texts(),
        *messages,
        *("".join(rnd.choices(alphabet, k=rnd.randint(0, 30))) for _ in range(3000)),
    ]
    for text in texts:
        assert jf._non_ascii(text) == "".join(re.findall(r"[^\x00-\x7f]+", text)), repr(text)
        assert bool(jf._EMOJI.search(jf._non_ascii(text))) == bool(jf._EMOJI.search(text)), repr(text)
        assert jf._char_bytes(text).tobytes() == fold_runs(text), repr(text)
        assert bool(jf._MONEY.search(text)) == bool(money.search(text)), repr(text)
        words = jf.scan_text(text)[1]
        assert jf._has_messenger(text, words) == bool(jf._MESSENGER.search(text)), repr(text)
