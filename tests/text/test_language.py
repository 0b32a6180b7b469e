"""Language identification restricted to es, en, pt, fr and ro."""

from __future__ import annotations

import pytest

from vigila.text import detect_language, language_scores


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("hola guapa, tengo un trabajo para ti en Madrid, te pago el billete", "es"),
        ("hi, I have a job for you in London, I will pay for your ticket", "en"),
        ("oi tudo bem? tenho um trabalho para você em Lisboa", "pt"),
        ("salut, j'ai un travail pour toi à Paris, je paie le billet", "fr"),
        ("bună, am o ofertă de muncă pentru tine în Spania, plătesc biletul", "ro"),
    ],
)
def test_detects_the_five_languages(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["ok", "612345678", "", "Hallo, wie geht es dir? Ich habe Arbeit für dich"])
def test_unsure_or_other_is_none(text: str) -> None:
    assert detect_language(text) is None


def test_scores_cover_the_five() -> None:
    scores = language_scores("bonjour à tous, comment allez-vous aujourd'hui")
    assert set(scores) <= {"es", "en", "pt", "fr", "ro"}
    assert max(scores, key=scores.__getitem__) == "fr"
    assert abs(sum(scores.values()) - 1.0) < 1e-6


def test_memoised_walk_scores_exactly_as_py3langid() -> None:
    import copy

    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from vigila.text.language import LANGUAGES, _five_identifier, _identifier

    plain = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    plain_five = copy.copy(plain)
    plain_five.set_languages(LANGUAGES)
    texts = [
        "hola guapa, tengo un trabajo para ti en Madrid, te pago el billete",
        "hola guapa, tengo un  trabajo para ti en Madrid ",  # repeated words, double and trailing space
        " NEW IN LONDON, TEXT ME ",
        "Sună-mă la 0721 234 567, sunt în București",
        "",
        " ",
    ]
    for text in texts * 2:  # the second round reads the memo
        assert _identifier().rank(text) == plain.rank(text)
        assert _five_identifier().rank(text) == plain_five.rank(text)
