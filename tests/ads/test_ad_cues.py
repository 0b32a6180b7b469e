"""Ad indicator cue families found missing by the fresh probe (data/ads/fresh.jsonl, dev part).

One test per family: accent-less and accented forms, Romanian, third-party handlers, language barrier,
obscured phones in every language, benign business context, and the scan that finds them all at once.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from ad_cue_helpers import tactics

from vigila import AdAssessor
from vigila.cli.main import run
from vigila.core.types import Level
from vigila.detectors.ads import Ad, fold_lower
from vigila.models.adgen import AdCorpusGenerator

FRESH = Path(__file__).parents[2] / "data" / "ads" / "fresh.jsonl"




@pytest.mark.parametrize(
    "text",
    [
        "Chica dulce, no habla español, solo en hotel",
        "Chica dulce, no habla espanol, solo en hotel",
        "Menina linda, não fala português, só hotel",
        "Menina linda, nao fala portugues, so hotel",
    ],
)
def test_accented_and_accentless_forms_read_alike(assessor: AdAssessor, text: str) -> None:
    assert {"ad_language_barrier", "ad_incall_hotel_only"} <= tactics(assessor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mai multe fete disponibile non stop, vorbiti cu sefa", {"ad_several_women", "ad_third_person",
                                                                  "ad_controlled_availability"}),
        ("fetele noastre moldovence va asteapta zi si noapte", {"ad_third_person", "ad_ethnicity_stated",
                                                                "ad_controlled_availability"}),
        ("Foarte tanara, poze reale, doar la mine", {"ad_youth_language", "ad_trustworthy_language",
                                                     "ad_incall_hotel_only"}),
        ("Fata draguta vorbeste doar engleza, programari cu prietenul ei", {"ad_language_barrier",
                                                                           "ad_third_person"}),
    ],
)
def test_romanian_ads_have_cues(assessor: AdAssessor, text: str, expected: set[str]) -> None:
    assert expected <= tactics(assessor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Asian spa, ask for the manager",
        "ask for mama san, open late",
        "Piso discreto, preguntar por la encargada",
        "Apto discreto, falar com o gerente",
        "Salon privé, demander la responsable",
        "Apartament discret, vorbiti cu sefa",
        "contact her friend for appointments",
        "o amigo dela combina tudo",
    ],
)
def test_third_party_handlers_in_every_language(assessor: AdAssessor, text: str) -> None:
    assert "ad_third_person" in tactics(assessor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Verified provider, independent, no agency, no drama",
        "Event hostesses needed, agency contract provided, $20/hr",
    ],
)
def test_agency_word_alone_is_not_third_party_voice(assessor: AdAssessor, text: str) -> None:
    assert "ad_third_person" not in tactics(assessor, text)


@pytest.mark.parametrize(
    "text",
    [
        "new girl, limited english",
        "she doesnt speak english",
        "Nena dulce, poco español",
        "Venezuelanas, falam pouco portugues",
        "Jolie fille, parle pas français",
        "elle comprend pas le francais",
        "Unguroaice, vorbesc putina romana",
    ],
)
def test_language_barrier_family(assessor: AdAssessor, text: str) -> None:
    assert "ad_language_barrier" in tactics(assessor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Azafatas para congreso, imprescindible inglés nivel B2",
        "Sushi bar hostess, english and spanish a plus",
        "Hostess para restaurante, fluente em ingles",
        "Receptionera hotel, cunostinte de engleza",
        "muy timida no habla mucho",
    ],
)
def test_language_requirements_are_not_a_barrier(assessor: AdAssessor, text: str) -> None:
    assert "ad_language_barrier" not in tactics(assessor, text)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("chama no nove nove oito 7 seis 5 quatro 3 2 1", "nove nove oito 7 seis 5 quatro 3 2 1"),
        ("appelle au zero six 12 trente quatre 56 78, pas de masque", "zero six 12 trente quatre 56 78"),
        ("suna la zero sapte 2 2 trei 4 5 sase 7 8", "zero sapte 2 2 trei 4 5 sase 7 8"),
        ("llama al seis uno dos cuarenta y cinco 67 89", "seis uno dos cuarenta y cinco 67 89"),
        ("contacto 6l2 3four5 678 ya", "6l2 3four5 678"),
    ],
)
def test_obscured_phones_in_every_language(assessor: AdAssessor, text: str, digits: str) -> None:
    sig = next(s for s in assessor.assess(text).signals if s.tactic == "ad_obscured_phone")
    assert text[sig.start : sig.end] == sig.text == digits


@pytest.mark.parametrize(
    "text",
    ["llama al 612 345 678", "Azafatas 12 y 13 de mayo, 11€/hora", "one two three, go!", "de 10 a 22h, 7/7"],
)
def test_plain_numbers_are_not_obscured_phones(assessor: AdAssessor, text: str) -> None:
    assert "ad_obscured_phone" not in tactics(assessor, text)


@pytest.mark.parametrize(
    ("benign", "escort"),
    [
        ("Cerrajeros 24h urgentes, apertura de puertas", "Chicas 24h, piso discreto"),
        ("24/7 emergency plumber, no call out fee", "Sweet girls available 24/7"),
        ("Asian fusion restaurant hiring servers", "Asian girls, private entrance"),
        ("Academia nova na cidade, aberta 24h", "Nova na cidade, atendo com hora marcada"),
        ("Se alquila habitacion, piso compartido con 3 chicas", "Tenemos 3 chicas guapas"),
    ],
)
def test_ordinary_business_context_silences_shared_vocabulary(
    assessor: AdAssessor, benign: str, escort: str
) -> None:
    assert tactics(assessor, benign) == set()
    assert tactics(assessor, escort)


def test_two_research_grade_indicators_reach_warn(assessor: AdAssessor) -> None:
    # third person (0.7) + youth (0.8): the fresh probe's typical trafficking-indicative ad
    assert assessor.assess("Filles jeunes et sympas, rdv avec le patron seulement").level is Level.WARN
    assert assessor.assess("Chica joven, cita previa").level is Level.WATCH
    assert assessor.assess("Masaje relajante, cita previa").level is Level.NONE


def test_fold_lower_keeps_length_and_drops_accents() -> None:
    for text in ("Niña ESPAÑOL", "não ça ăîșț", "İstanbul ǅ 한국 e\u0301", "it’s 🍒"):
        folded = fold_lower(text)
        assert len(folded) == len(text)
    assert fold_lower("Niña ESPAÑOL ’") == "nina espanol '"
    assert fold_lower("Fată română, ști") == "fata romana, sti"


def _search_per_indicator(assessor: AdAssessor, text: str) -> dict[str, tuple[int, int]]:
    """The first match of each indicator with one plain search per indicator (the slow reference)."""
    low = fold_lower(text)
    out = {}
    for ind in assessor.indicators:
        if ind.pattern is None:
            continue
        m = re.compile(ind.pattern.pattern).search(low)
        if m:
            out[ind.id] = m.span()
    return out


def test_one_scan_finds_what_a_search_per_indicator_finds() -> None:
    # All languages' cues, so the reference and the scan read the same cues.
    assessor = AdAssessor(langs=("es", "en", "pt", "fr", "ro"))
    texts = [json.loads(line)["text"] for line in FRESH.read_text(encoding="utf-8").splitlines()]
    texts += [f"{a.get('title', '')}\n{a['body']}" for a in AdCorpusGenerator(seed=5).iter_ads(300)]
    for text in texts:
        found = {s.tactic: (s.start, s.end) for s in assessor.text_signals(Ad(id="", text=text))}
        reference = _search_per_indicator(assessor, text)
        # Context-sensitive indicators may be silenced by a benign context; everything else must agree.
        silenced = {t for t in reference if t not in found and assessor._by_id[t].context_sensitive}
        assert {t: s for t, s in reference.items() if t not in silenced} == found, text


def test_eval_ads_prints_decision_and_indicator_recall(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["eval", "ads", str(FRESH), "--split", "dev", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["items"] == 90 and "all" in report["decision"]
    assert "ad_language_barrier" in report["indicators"]


@pytest.mark.parametrize("args", [["--split", "nope"], []])
def test_eval_ads_bad_input_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "hi"}\n', encoding="utf-8")  # no risky label
    assert run(["eval", "ads", str(bad), *args]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("Error:") and "\n" not in err and "Traceback" not in err
