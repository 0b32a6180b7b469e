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
