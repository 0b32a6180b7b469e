"""Ad cue families the second probe (data/ads/fresh2_dev.jsonl, another hand and regional wording) missed.

Texts here are new variants of each family, not the probe's own lines.
"""

from __future__ import annotations

import pytest
from ad_cue_helpers import tactics

from vigila import AdAssessor


@pytest.mark.parametrize(
    "text",
    [
        "Chicas lindas en Puebla, citas por whatsapp con el asesor, discrecion total",
        "Masajes en Cali, responde la tia de 10 a 10, las nenas no contestan",
        "Ambiente reservado em Goiania, agende pelo zap com o agenciador",
        "Massagem em Recife, fala com a dona Lurdes pelo zap",
        "Belles filles a Abidjan, appelez le tonton pour les tarifs",
        "Masaj relaxant in Iasi, programari doar prin agent, sunati la sefu",
        "Sweet girls in Cork, ask for Auntie Lin, girls don't answer the phone",
        "Lovely company in Leeds, my cousin drives you to the flat",
    ],
)
def test_regional_third_party_handlers(assessor: AdAssessor, text: str) -> None:
    assert "ad_third_person" in tactics(assessor, text)


@pytest.mark.parametrize(
    "text",
    [
        "En Monterrey tenemos morras lindas para compania",
        "Un grupo de chavas alegres para tus eventos en CDMX",
        "Casa com 4 minas lindas em Belo Horizonte",
        "On a des nanas sympas a Douala pour la compagnie",
        "Salon in Cluj, avem maseuze noi pentru relaxare",
        "Fresh faces every week at our Bristol studio",
        "Masajistas nuevas cada quincena en nuestro local",
        "Echipa de 4 fete, se schimba saptamanal",
    ],
)
def test_several_women_in_regional_words_and_rotation(assessor: AdAssessor, text: str) -> None:
    assert "ad_several_women" in tactics(assessor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Relaxing massage in Cardiff, the therapists live on the premises",
        "Masajes en Lima, las chicas duermen en el local",
        "Massagem em Manaus, as moças moram na casa",
        "Salon a Namur, les masseuses dorment au salon",
        "Masaj in Galati, fetele stau la salon",
    ],
)
def test_women_living_on_site_is_restricted_movement(assessor: AdAssessor, text: str) -> None:
    assert "ad_incall_hotel_only" in tactics(assessor, text)


def test_movement_told_by_a_third_party_does_not_lower_the_risk(assessor: AdAssessor) -> None:
    # A tour of one woman keeps the outcome study's negative weight; a circuit someone runs does not.
    circuit = assessor.assess("Our girls visit Hull this week only, call the driver to book")
    tour = assessor.assess("Visiting Hull this week only, call me to book")
    assert {"ad_movement_language", "ad_third_person"} <= {s.tactic for s in circuit.signals}
    movement = next(s for s in circuit.signals if s.tactic == "ad_movement_language")
    assert movement.weight == 0.0
    assert "does not change" in circuit.explanation
    assert any(s.tactic == "ad_movement_language" and s.weight < 0 for s in tour.signals)


def test_handler_with_circuit_and_youth_reaches_warn(assessor: AdAssessor) -> None:
    ad = "Chavas jovencitas recien llegadas de Tumbes, rotamos cada mes de ciudad, responde la tia"
    assert assessor.assess(ad).risk >= 0.5  # "warn"


@pytest.mark.parametrize(
    "text",
    [
        "Abierto de 11am a 4am para caballeros",
        "Disponible de dia y de noche en Quito",
        "Atendimento de domingo a domingo, madrugada inclusive",
        "Program zilnic, la orice ora, Chisinau",
        "Here for you whenever you like",
    ],
)
def test_regional_round_the_clock_forms(assessor: AdAssessor, text: str) -> None:
    assert "ad_controlled_availability" in tactics(assessor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Cita con minimo 24 horas de anticipacion, soy Ana",
        "Reservas con 24h de antecedencia, sou a Lia",
        "Atiendo de 9 a 5 de lunes a viernes",
        "Vecinos con musica hasta las 4am cada sabado",
    ],
)
def test_notice_periods_and_office_hours_are_not_round_the_clock(assessor: AdAssessor, text: str) -> None:
    assert "ad_controlled_availability" not in tactics(assessor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Thai massage in Bath, qualified therapists, gift vouchers, young team, open 7 days",
        "Salao no Recife contrata manicure, comissao de 40%, fala com o gerente na loja",
    ],
)
def test_licensed_trade_words_silence_shared_vocabulary(assessor: AdAssessor, text: str) -> None:
    assert not tactics(assessor, text) & {"ad_ethnicity_stated", "ad_third_person", "ad_youth_language"}


@pytest.mark.parametrize(
    "text",
    [
        "Ladies from Vietnam, new this week",
        "Chicas de Honduras y Guatemala, discretas",
        "Meninas da Bolivia, carinhosas",
        "Des filles du Cameroun, tres gentilles",
        "Fete din Ucraina, foarte dragute",
    ],
)
def test_origin_told_by_country(assessor: AdAssessor, text: str) -> None:
    assert "ad_ethnicity_stated" in tactics(assessor, text)


@pytest.mark.parametrize(
    ("text", "tactic"),
    [
        ("new gurls, dont speak much englsh, call now", "ad_language_barrier"),
        ("Nenas que no ablan bien español, CDMX", "ad_language_barrier"),
        ("Fata noua, nu stie bine limba, Iasi", "ad_language_barrier"),
        ("Munequitas lindas en Bogota", "ad_youth_language"),
        ("Puicute dragute in Bacau", "ad_youth_language"),
        ("Petites nouvelles a Lome, discretion", "ad_youth_language"),
    ],
)
def test_misspelled_and_slang_forms(assessor: AdAssessor, text: str, tactic: str) -> None:
    assert tactic in tactics(assessor, text)
