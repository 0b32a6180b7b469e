"""Fixes from the dev errors of data/jobs/fresh_dev.jsonl (ads by another hand), one test per family.

The sentences here are new wordings of each tactic, not copies of the dev ads, so the tests
check the families and not the ads the cues were fixed on.
"""

from __future__ import annotations

from typing import Any

import pytest

from vigila.detectors._jobs_text import TACTIC_NAMES
from vigila.detectors.jobs import JobOfferAssessor
from vigila.models.jobs_features import DENSE_NAMES, dense_features, find_cues, job_tactics


def _tactics(text: str) -> set[str]:
    return {tactic for tactic, _ in find_cues(text)}


# --- Family 1: structured EMSCAD fields only for records in EMSCAD's format ----------------------

_HAND_WRITTEN = {
    "title": "Camarero/a de sala",
    "description": "Restaurante busca camarero con experiencia, contrato indefinido y 1.400 € al mes.",
}


@pytest.mark.parametrize(
    "extra",
    [
        {"has_company_logo": 1},
        {"has_company_logo": 0, "has_questions": 0, "telecommuting": 0},
        {"has_company_logo": True, "employment_type": "Full-time", "salary_range": "1400"},
    ],
)
def test_a_few_emscad_keys_do_not_make_an_emscad_row(extra: dict[str, Any]) -> None:
    # Scored as an EMSCAD row, a short hand-written ad inherited EMSCAD's base rate (+12.6 log-odds).
    features = dict(zip(DENSE_NAMES, dense_features({**_HAND_WRITTEN, **extra}), strict=True))
    assert features["structured_given"] == 0.0
    assert features["logo"] == 0.0 and features["logo_missing"] == 0.0


def test_a_full_emscad_record_still_is_one() -> None:
    row = {
        **_HAND_WRITTEN,
        "has_company_logo": "1",
        "has_questions": "0",
        "telecommuting": "0",
        "required_experience": "",
        "required_education": "",
        "industry": "",
        "function": "",
    }
    features = dict(zip(DENSE_NAMES, dense_features(row), strict=True))
    assert features["structured_given"] == 1.0 and features["logo"] == 1.0


# --- Families 2-4: new tactics (documents kept, secrecy, webcam "chat" work) ---------------------


@pytest.mark.parametrize(
    ("tactic", "text"),
    [
        ("job_document_retention", "On arrival the supervisor keeps your passport until the contract ends."),
        ("job_document_retention", "Tu pasaporte lo guarda la encargada mientras dure la temporada."),
        ("job_document_retention", "O passaporte fica com o patrão durante a colheita."),
        ("job_document_retention", "Ta carte d'identité est conservée par le responsable du foyer."),
        ("job_document_retention", "Pasaportul il pastreaza coordonatorul pana la final."),
        ("job_secrecy", "Please don't tell your parents about this offer yet."),
        ("job_secrecy", "No le digas nada a tu familia hasta que llegues."),
        ("job_secrecy", "Melhor não contar para a tua família por enquanto."),
        ("job_secrecy", "N'en parle à personne avant le départ."),
        ("job_secrecy", "Nu le spune alor tai unde pleci, nimeni nu va afla."),
        ("job_webcam_chat", "We hire chat hosts: you only need a laptop with a good camera."),
        ("job_webcam_chat", "Buscamos modelos de webcam para trabajar desde casa."),
        ("job_webcam_chat", "Vagas para atendentes de chat, só precisa de celular com boa câmera."),
        ("job_webcam_chat", "Recrutons opératrices de tchat, un ordinateur avec une webcam suffit."),
        ("job_webcam_chat", "Studio de videochat angajeaza fete, ai nevoie doar de un laptop cu camera."),
    ],
)
def test_new_tactics_are_found_in_every_language(tactic: str, text: str) -> None:
    assert tactic in _tactics(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bring your passport and proof of address to the interview.",
        "We never keep your passport: it is illegal and you hold your documents at all times.",
        "Trae tu DNI y tu número de la Seguridad Social el primer día.",
        "Discretion and confidentiality are part of our guest service.",
        "Our support team answers customers by phone and live chat.",
    ],
)
def test_new_tactics_stay_silent_on_legitimate_wording(text: str) -> None:
    assert not _tactics(text) & {"job_document_retention", "job_secrecy", "job_webcam_chat"}


def test_every_job_tactic_has_a_name_in_each_language() -> None:
    # One table serves the CLI, the API, the page and the Telegram checks: a tactic missing here
    # would reach people as its id.
    missing = [
        (t["id"], lang)
        for t in job_tactics()
        for lang in ("en", "es", "pt", "fr", "ro")
        if not TACTIC_NAMES.get(t["id"], {}).get(lang)
    ]
    assert missing == []


# --- Family 5: colloquial, accent-free and regional wordings of existing tactics -------------------


@pytest.mark.parametrize(
    ("tactic", "text"),
    [
        ("job_no_experience_high_pay", "No need english, no experience, we train you."),
        ("job_no_experience_high_pay", "No experience or languages needed for this season."),
        ("job_no_experience_high_pay", "no hace falta titulo, aprendes alli"),
        ("job_no_experience_high_pay", "Não precisa falar francês nem ter experiência."),
        ("job_no_experience_high_pay", "Pas besoin de papiers, on s'occupe de tout."),
        ("job_no_experience_high_pay", "Nu trebuie acte si nici engleza."),
        ("job_fee_to_apply", "Pay half now and the rest from your first wages."),
        ("job_fee_to_apply", "Para reservar tu plaza hay que abonar un depósito de 300 €."),
        ("job_fee_to_apply", "O pacote completo custa 900 € com passagem."),
        ("job_fee_to_apply", "Il faut régler les frais avant l'entretien."),
        ("job_fee_to_apply", "Trebuie sa platesti o taxa de 150 euro."),
        ("job_money_transfer", "You receive client funds into your personal bank account each week."),
        ("job_money_transfer", "Recibirás transferencias de clientes y las reenvías."),
        ("job_money_transfer", "Recebes transferências na tua conta bancária pessoal."),
        ("job_money_transfer", "Les fonds arrivent sur votre compte bancaire personnel."),
        ("job_money_transfer", "Iti deschidem un cont pe numele tau la banca."),
        ("job_wage_deduction_debt", "The flight is taken from your first pay."),
        ("job_wage_deduction_debt", "El billete se descuenta poco a poco del sueldo."),
        ("job_wage_deduction_debt", "Pagamos no fim da temporada em dinheiro."),
        ("job_wage_deduction_debt", "Le logement est retenu sur la paye."),
        ("job_wage_deduction_debt", "Drumul si cazarea se scad din bani."),
    ],
)
def test_existing_tactics_catch_new_wordings(tactic: str, text: str) -> None:
    assert tactic in _tactics(text)


def test_a_never_personal_account_is_not_a_mule() -> None:
    text = "We never ask for payment by gift card or to a personal account."
    assert "job_money_transfer" not in _tactics(text)


# --- The retrained model on the families above -----------------------------------------------------


@pytest.fixture(scope="module")
def assessor() -> JobOfferAssessor:
    return JobOfferAssessor.load()


def test_a_legitimate_portal_ad_with_a_logo_flag_is_not_an_alarm(assessor: JobOfferAssessor) -> None:
    ad = {
        "title": "Agent call center limba franceza",
        "description": "Companie de outsourcing angajeaza agenti cu limba franceza pentru suport clienti, "
        "tura de noapte, contract pe perioada nedeterminata, tichete de masa, training platit.",
        "has_company_logo": 1,
        "employment_type": "Full-time",
        "lang": "ro",
    }
    assert assessor.assess(ad).fraud_probability < 0.5


def test_documents_kept_and_debt_make_an_alarm(assessor: JobOfferAssessor) -> None:
    ad = {
        "title": "Trabajo en el campo",
        "description": "Salida el lunes en furgoneta. El alojamiento se descuenta del sueldo y el "
        "pasaporte se lo queda el encargado para los papeles. Pagamos en mano al final de la campaña.",
        "lang": "es",
    }
    result = assessor.assess(ad)
    assert result.fraudulent
    assert "job_document_retention" in {s.tactic for s in result.trafficking_flags}
