"""Language identification for the five languages Vigila speaks (es, en, pt, fr, ro)."""

from __future__ import annotations

import copy
import re
from functools import lru_cache
from typing import Any

LANGUAGES: tuple[str, ...] = ("es", "en", "pt", "fr", "ro")

# Below these, the model is guessing: say "unsure" (None) instead.
_MIN_LETTERS = 10
_MIN_CONFIDENCE = 0.6
# A language outside the five that wins this clearly means "other" (None).
_OTHER_CONFIDENCE = 0.5
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    # The model ships inside py3langid (npz, no pickle); loaded once, on first use (~0.7 s).
    from vigila.text._langid import load_identifier

    return load_identifier()


@lru_cache(maxsize=1)
def _five_identifier() -> Any:
    # The same model restricted to our five languages: scoring 5 columns instead of ~100 and sorting
    # 5 labels makes `language_scores` about twice as fast. A softmax over the five equals the full
    # softmax renormalised over them, so the scores are the same. Shares the model's arrays.
    restricted = copy.copy(_identifier())
    restricted.set_languages(LANGUAGES)
    # The restriction is a column slice (Fortran order): a C-ordered copy (1 MB) gathers rows faster,
    # with the same values and the same sums.
    restricted.nb_ptc = restricted.nb_ptc.copy(order="C")
    return restricted


def language_scores(text: str) -> dict[str, float]:
    """Probabilities of es, en, pt, fr and ro for `text`, renormalised over those five."""
    ranking = _five_identifier().rank(text)
    ours = {lang: float(p) for lang, p in ranking if lang in LANGUAGES}
    total = sum(ours.values())
    return {lang: (p / total if total else 0.0) for lang, p in ours.items()}


def detect_language(text: str) -> str | None:
    """The language of `text` among es, en, pt, fr, ro; None when unsure or another language."""
    if len(_LETTER.findall(text)) < _MIN_LETTERS:
        return None
    ranking = _identifier().rank(text)
    top_lang, top_p = ranking[0]
    if top_lang not in LANGUAGES and top_p >= _OTHER_CONFIDENCE:
        return None
    ours = [(lang, float(p)) for lang, p in ranking if lang in LANGUAGES]
    total = sum(p for _, p in ours)
    best_lang, best_p = max(ours, key=lambda lp: lp[1])
    if not total or best_p / total < _MIN_CONFIDENCE:
        return None
    return str(best_lang)
