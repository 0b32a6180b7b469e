"""Report cue families found missing by the fresh probe (data/reports/fresh.jsonl, dev part).

One test per family, each in the five languages where the family applies: debts told as a noun,
secrecy told as an imperative, a move to another app without a request verb, threats with an object
pronoun, minors, pay per month without a pay verb, singular phone words; then the report_cues loader,
the protective damping in triage, and the eval command.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vigila.cli.main import run
from vigila.core.errors import VigilaError
from vigila.core.types import Signal
from vigila.detectors.report import assess_report, with_report_cues
from vigila.indicators import load_taxonomy
from vigila.reports import triage as triage_module
from vigila.reports.triage import triage


def _tactics(text: str) -> set[str]:
    return {s.tactic for s in assess_report(text).signals}


def _family(tactic: str, texts: list[str]) -> None:
    missed = [t for t in texts if tactic not in _tactics(t)]
    assert not missed, missed


def test_debt_told_as_a_noun() -> None:
    _family("debt_bondage", [
        "The farm workers say they have a debt for housing to the boss",
        "tienen una deuda con el encargado por el alojamiento",
        "falam que tem divida com o gato pelo transporte",
        "ils ont une dette pour le logement",
        "spun ca au o datorie pentru cazare",
    ])


def test_secrecy_told_as_an_imperative() -> None:
    _family("secrecy", [
        "tells them dont tell your parents",
        "les dice no digas nada a tu familia",
        "pede pra nao contem pra ninguem",
        "dites rien a vos parents",
        "le cere sa nu spuna nimic acasa",
    ])


def test_move_to_another_app_without_a_request_verb() -> None:
    _family("platform_switch", [
        "and then to switch to whatsapp for the casting",
        "y que hay que pasarse a telegram para los detalles",
        "pede pra chamar no telegram",
        "faut passer sur telegram",
        "si sa treaca pe telegram",
    ])


def test_threats_with_an_object_pronoun() -> None:
    _family("victim_coercion", [
        "le type les menace si elles partent",
        "patronul le ameninta familiile",
        "el dueño las amenaza cada noche",
        "o gerente as ameaca",
        "the boss threatened them",
    ])


def test_minors_and_adults_messaging_them() -> None:
    assert "minors_mentioned" in _tactics("le pide fotos a mi sobrina (es menor, 14)")
    assert "minors_mentioned" not in _tactics("mi hermano menor que yo trabaja en un bar")
    assert "minor_targeted" in _tactics("some guy on fortnite is messaging kids 11 and 12")
    assert "minor_targeted" in _tactics("un mec ecrit a des gamines de 12 ans sur fortnite")


def test_pay_per_month_and_easy_money() -> None:
    _family("too_good_pay", [
        "a dancer job in Dubai, $5000 a month",
        "camarera en Suiza por 3000 euros al mes",
        "babá na Espanha, 10 mil por mes",
        "serveuse a Dubai, 4000€ par mois",
        "ospatara in Germania, 3000 de euro pe luna",
        "easy money for pretty girls",
        "ganhar muito dinheiro no exterior",
    ])
    assert "too_good_pay" not in _tactics("trabaja 8 horas al dia, 5 dias a la semana")


def test_singular_phone_words_count_as_taking_phones() -> None:
    # "celulares?" matched only "celulare(s)": the singular phone was not read.
    _family("isolation", ["tiram o celular delas", "le quitaron el movil a las chicas"])


def test_report_cues_are_validated() -> None:
    base = load_taxonomy()
    for extra, message in (
        ({"no_such_tactic": {"en": ["x"]}}, "not a report tactic"),
        ({"secrecy": {"de": ["x"]}}, "language"),
        ({"secrecy": {"en": ["(unclosed"]}}, "not valid"),
    ):
        with pytest.raises(VigilaError, match=message):
            with_report_cues(base, extra)
    merged = with_report_cues(base, {"secrecy": {"en": [r"\bhush hush\b"]}})
    assert r"\bhush hush\b" in merged["secrecy"].cues_for("report")["en"]
    assert r"\bhush hush\b" not in merged["secrecy"].cues_for("chat").get("en", ())


def test_protective_markers_lower_every_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    # The report detector finds only a contract; another detector reads the same text as risky.
    contract = Signal("legitimacy_markers", -0.35, 0, 8, "contrato")
    lure = Signal("job_young_women_only", 0.5, 10, 20, "solo chicas")
    detectors = (("report", lambda _t: (0.0, [contract])), ("jobs", lambda _t: (0.8, [lure])))
    monkeypatch.setattr(triage_module, "_detectors", lambda: detectors)
    assert triage("contrato, solo chicas").risk == pytest.approx(0.8 * 0.65)
    assert triage("contrato, solo chicas").level == "warn"  # 0.52: lowered from alert, not silenced


def test_eval_reports_prints_decision(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "reports.jsonl"
    rows = [
        {"id": "a", "lang": "es", "level": "alert", "risky": True,
         "indicators": {"document_retention": "le quitaron el pasaporte"},
         "text": "Mi prima trabaja en un bar, le quitaron el pasaporte y no la dejan salir"},
        {"id": "b", "lang": "en", "level": "none", "risky": False, "indicators": {},
         "text": "Upstairs neighbors have parties every weekend until 4am"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert run(["eval", "reports", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["decision"]["all"]["f1"] == 1.0 and report["level_agreement"] == 1.0
    assert run(["eval", "reports", str(tmp_path / "missing.jsonl")]) == 1
