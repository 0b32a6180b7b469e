"""JobOfferAssessor through the public API: verdicts, flags with spans, languages, bad input."""

from __future__ import annotations

import itertools
import time
from typing import Any

import pytest

from vigila import JobOfferAssessor
from vigila.core.errors import InputError


def test_risky_spanish_ad_is_fraudulent_with_flags_on_exact_spans(
    assessor: JobOfferAssessor, risky_es: dict[str, Any]
) -> None:
    result = assessor.assess(risky_es)
    assert result.fraudulent and result.fraud_probability > 0.7
    assert result.lang == "es"
    tactics = {f.tactic for f in result.trafficking_flags}
    assert {
        "job_young_women_only",
        "job_looks_required",
        "job_messenger_only_contact",
        "job_no_experience_high_pay",
        "job_wage_deduction_debt",
    } <= tactics
    for flag in result.trafficking_flags:
        assert flag.field is not None
        assert risky_es[flag.field][flag.start : flag.end] == flag.text
    spans = sorted((f.tactic, f.field, f.start, f.end) for f in result.trafficking_flags)
    for a, b in itertools.pairwise(spans):  # one highlight per stretch of text and tactic
        assert not (a[:2] == b[:2] and b[2] < a[3])
    assert "Señales de alerta" in result.explanation and "solo mujeres jóvenes" in result.explanation


def test_legitimate_agency_that_denies_fees_is_not_flagged_for_fees(
    assessor: JobOfferAssessor, risky_es: dict[str, Any], legit_es: dict[str, Any]
) -> None:
    result = assessor.assess(legit_es)
    assert not result.fraudulent
    tactics = {f.tactic for f in result.trafficking_flags}
    assert "job_fee_to_apply" not in tactics and "job_young_women_only" not in tactics
    assert result.fraud_probability < assessor.assess(risky_es).fraud_probability


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        (
            "pt",
            "Procuramos meninas jovens para trabalhar em boate na Europa. Passagem paga, sem experiência. "
            "Mande fotos de corpo inteiro só pelo WhatsApp.",
            "Sinais de alerta",
        ),
        (
            "fr",
            "Recherchons jeunes filles pour bar de nuit à l'étranger. Voyage payé, sans expérience. "
            "Envoyez-moi vos photos uniquement par WhatsApp.",
            "Signaux d'alerte",
        ),
        (
            "ro",
            "Căutăm fete tinere pentru club de noapte în Germania. Fără experiență, transportul plătit. "
            "Trimite poze doar pe WhatsApp.",
            "Semnale de alarmă",
        ),
        (
            "en",
            "Looking for young girls to work as hostesses abroad. No experience needed, flights provided. "
            "Send full body photos on WhatsApp only.",
            "Red flags",
        ),
    ],
)
def test_plain_text_in_each_language_is_scored_and_explained_in_it(
    assessor: JobOfferAssessor, lang: str, text: str, words: str
) -> None:
    result = assessor.assess(text)
    assert result.lang == lang
    assert result.fraudulent
    assert words in result.explanation
    assert all(f.field == "description" for f in result.trafficking_flags)


def test_to_dict_has_the_cli_keys(assessor: JobOfferAssessor, risky_es: dict[str, Any]) -> None:
    d = assessor.assess(risky_es).to_dict()
    assert {"id", "fraud_probability", "fraudulent", "trafficking_flags", "explanation"} <= set(d)
    assert d["id"] == "risky-es" and 0.0 <= d["fraud_probability"] <= 1.0
    flag = d["trafficking_flags"][0]
    assert {"tactic", "name", "start", "end", "text", "field", "weight"} <= set(flag)


def test_batch_equals_one_by_one(
    assessor: JobOfferAssessor, risky_es: dict[str, Any], legit_es: dict[str, Any]
) -> None:
    batch = assessor.assess_many([risky_es, legit_es])
    single = [assessor.assess(risky_es), assessor.assess(legit_es)]
    assert [r.fraud_probability for r in batch] == pytest.approx([r.fraud_probability for r in single])


def test_empty_fields_are_allowed_but_an_ad_without_text_is_an_error(assessor: JobOfferAssessor) -> None:
    ok = assessor.assess(
        {"title": "Camarero", "description": "", "benefits": None, "salary_range": float("nan")}
    )
    assert 0.0 <= ok.fraud_probability <= 1.0
    with pytest.raises(InputError, match="no text"):
        assessor.assess({"title": " ", "description": ""})
    with pytest.raises(InputError, match="job ad must be"):
        assessor.assess(42)  # type: ignore[arg-type]


def test_a_10_mb_description_is_assessed_quickly_with_capped_flags(assessor: JobOfferAssessor) -> None:
    chunk = "Solo chicas jóvenes, contacto solo por WhatsApp. Trabajo en hostelería con buen ambiente. "
    huge = {"title": "Camareras", "description": chunk * (10_000_000 // len(chunk))}
    start = time.perf_counter()
    result = assessor.assess(huge)
    assert time.perf_counter() - start < 20
    assert 0.0 <= result.fraud_probability <= 1.0
    assert {"job_young_women_only", "job_messenger_only_contact"} <= {
        f.tactic for f in result.trafficking_flags
    }
    per_tactic = {}
    for flag in result.trafficking_flags:
        per_tactic[flag.tactic] = per_tactic.get(flag.tactic, 0) + 1
    assert max(per_tactic.values()) <= 5
