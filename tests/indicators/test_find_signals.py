"""Cues find tactics across languages, typos and accents, with exact spans in the original text."""

from __future__ import annotations

import pytest

from vigila.indicators import find_signals, fold

CASES = [
    ("en", "We'll pay your plane ticket, you pay us back from your salary", {"travel_paid", "debt_bondage"}),
    ("en", "dont tell ur parents about us ok? its our little secret", {"secrecy"}),
    ("en", "give me your passport, I'll keep it safe for you", {"document_retention"}),
    ("es", "Dame tu PASAPORTE, yo lo guardo", {"document_retention"}),
    ("es", "no le digas nada a tu mamá, ella no lo entendería", {"secrecy"}),
    ("es", "cuantos años tienes? en que curso estas?", {"age_probe"}),
    ("pt", "pagamos a passagem e depois voce devolve com o salario", {"travel_paid"}),
    ("pt", "me manda uma fotinha so pra mim", {"photo_request"}),
    ("fr", "t'as quel âge ? t'es toute seule chez toi ?", {"age_probe", "alone_check"}),
    ("fr", "on passe sur snap, et efface la conversation", {"platform_switch"}),
    ("ro", "Câți ani ai? Ești singură acasă?", {"age_probe", "alone_check"}),
    ("ro", "nu le spune nimic parintilor, ramane intre noi", {"secrecy"}),
    ("en", "ur so mature for ur age, not like other girls ur age", {"mature_for_age"}),
    ("en", "I'll buy you robux if you want", {"gifts"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_cues_fire_with_exact_spans(lang: str, text: str, expected: set[str]) -> None:
    for detected_lang in (lang, None):
        signals = find_signals(text, lang=detected_lang)
        assert expected <= {s.tactic for s in signals}
        for s in signals:
            assert text[s.start:s.end].strip() == s.text and s.text


def test_leetspeak_and_accentless_typing_still_match() -> None:
    assert {s.tactic for s in find_signals("g1ve me y0ur p4ssp0rt, I keep it")} == {"document_retention"}
    assert "document_retention" in {s.tactic for s in find_signals("dame tu pasaporte yo lo guardo")}


def test_ordinary_messages_are_silent() -> None:
    for text in ["Hello, how are you?", "¿Quedamos mañana para estudiar?", "Bună, ce mai faci?",
                 "On mange à quelle heure ?", "Vou ao mercado, precisas de alguma coisa?"]:
        assert not [s for s in find_signals(text) if s.weight > 0.4 and s.tactic != "meeting_request"]


def test_speaker_filter_separates_her_own_words() -> None:
    text = "my boss kept my passport"
    assert [s.tactic for s in find_signals(text, speaker="user")] == ["victim_documents_taken"]
    assert find_signals(text, speaker="other") == []


def test_fold_keeps_length() -> None:
    for text in ["İstanbul ŞȚĂ", "pa55port 4u", "don’t «tell»", "ß straße", ""]:
        assert len(fold(text)) == len(text)


def test_unknown_domain_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown domain"):
        find_signals("x", domain="email")
