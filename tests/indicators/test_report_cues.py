"""Report-domain cues: tactics told in the third person, in five languages, without touching chat cues."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vigila.core.errors import VigilaError
from vigila.indicators import LANGS, find_signals, load_taxonomy, read_taxonomy

CASES = [
    (
        "en",
        "the recruiter keeps her passport and she must repay the flight from her earnings",
        {"document_retention", "debt_bondage"},
    ),
    ("en", "he sends the kids free robux and tells them not to tell their parents", {"gifts", "secrecy"}),
    (
        "en",
        "the agency paid their tickets and now they are not allowed to leave the farm",
        {"travel_paid", "victim_confinement"},
    ),
    (
        "es",
        "un hombre escribe a niñas de 14 años en un juego online, les regala créditos y les pide que no se "
        "lo digan a sus padres",
        {"minor_targeted", "minors_mentioned", "gifts", "secrecy"},
    ),
    (
        "es",
        "la dueña se quedó con los pasaportes y dice que deben pagar el viaje",
        {"document_retention", "debt_bondage"},
    ),
    ("es", "le pidió fotos y quiere verla a solas", {"photo_request", "meeting_request"}),
    (
        "pt",
        "o homem pediu para ela conversar no telegram e apagar as mensagens",
        {"platform_switch", "secrecy"},
    ),
    (
        "pt",
        "o patrão tirou os celulares delas e obriga elas a trabalhar de noite",
        {"isolation", "victim_coercion"},
    ),
    (
        "fr",
        "le gérant garde leurs passeports et ne les laisse pas sortir",
        {"document_retention", "victim_confinement"},
    ),
    (
        "fr",
        "on lui a proposé un travail très bien payé, sans contrat",
        {"job_offer_lure", "too_good_pay", "no_contract_vague"},
    ),
    (
        "ro",
        "Un bărbat scrie fetelor de 14-15 ani într-un joc online, le trimite credite gratuite și le cere să "
        "vorbească pe altă aplicație și să nu spună părinților",
        {"minor_targeted", "minors_mentioned", "gifts", "platform_switch", "secrecy"},
    ),
    ("ro", "patronul le-a luat actele și le ia toți banii", {"document_retention", "control"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_third_person_cues_fire_with_exact_spans(lang: str, text: str, expected: set[str]) -> None:
    for detected_lang in (lang, None):
        signals = find_signals(text, lang=detected_lang, domain="report")
        assert expected <= {s.tactic for s in signals}
        for s in signals:
            assert text[s.start : s.end].strip() == s.text and s.text


@pytest.mark.parametrize(
    "text",
    [
        "A friend lent me money for the ticket and I paid him back.",
        "Mi hijo de 14 años juega en línea con sus amigos del colegio.",
        "Școala a cerut o poză a copiilor pentru legitimație.",
        "O hotel pediu o passaporte na recepção e devolveu logo.",
    ],
)
def test_benign_narratives_raise_no_positive_tactic(text: str) -> None:
    assert not [
        s for s in find_signals(text, domain="report") if s.weight > 0 and s.tactic != "minors_mentioned"
    ]


def test_chat_domain_keeps_its_own_cues() -> None:
    # Report cues do not leak into chat, and chat cues still fire on second-person speech.
    assert {s.tactic for s in find_signals("give me your passport, I'll keep it safe")} == {
        "document_retention"
    }
    assert not find_signals("les regala créditos y les pide que no se lo digan a sus padres", lang="es")
    tax = load_taxonomy()
    assert "minors_mentioned" not in {t.id for t in tax.for_domain("chat")}


def test_report_tactics_have_cues_in_every_language() -> None:
    tax = load_taxonomy()
    report = tax.for_domain("report")
    assert {
        "document_retention",
        "debt_bondage",
        "secrecy",
        "platform_switch",
        "isolation",
        "gifts",
        "photo_request",
        "meeting_request",
        "too_good_pay",
        "control",
        "victim_coercion",
    } <= {t.id for t in report}
    for t in report:
        assert set(t.cues_for("report")) == set(LANGS), f"{t.id} lacks report cues in some language"
        assert t.sources and t.description


def test_domain_cues_are_validated(tmp_path: Path) -> None:
    def write(tactic: dict[str, object]) -> None:
        base: dict[str, object] = {
            "id": "x",
            "severity": 0.5,
            "domains": ["chat"],
            "cues": {"en": [r"\bhi\b"]},
        }
        (tmp_path / "a.json").write_text(json.dumps({"tactics": [base | tactic]}), encoding="utf-8")

    write({"domain_cues": {"report": {"en": [r"\bhi\b"]}}})
    with pytest.raises(VigilaError, match="domain_cues"):
        read_taxonomy(tmp_path)
    write({"domains": ["chat", "report"], "domain_cues": {"report": {"en": ["(bad"]}}})
    with pytest.raises(VigilaError, match="not a valid regular expression"):
        read_taxonomy(tmp_path)
    write({"domains": ["chat", "report"], "domain_cues": {"report": {"en": [r"\bshe\b"]}}})
    tax = read_taxonomy(tmp_path)
    assert [s.tactic for s in find_signals("she", domain="report", taxonomy=tax)] == ["x"]
    assert not find_signals("she", domain="chat", taxonomy=tax)
    assert tax["x"].to_dict()["domain_cues"] == {"report": {"en": [r"\bshe\b"]}}
