"""Ad cue families the third probe (data/ads/fresh3_dev.jsonl, a third hand, ro/en weighted) missed.

Texts here are new variants of each family, not the probe's own lines.
"""

from __future__ import annotations

import pytest
from ad_cue_helpers import tactics

from vigila import AdAssessor


@pytest.mark.parametrize(
    "text",
    [
        "Masaj in Constanta, programarile le face administratoarea",
        "Companie placuta in Cluj, raspunde dispecerul dupa ora 12",
        "Fete dragute in Dublin, sunati managerul pe WhatsApp",
        "Masaj in Torino, tariful il stabileste sefa, platiti la receptie",
        "Companie in Bruxelles, totul se discuta cu mine, nu cu fetele",
        "Relaxing massage in Luton, booking via reception only",
        "Private flat in Reading, fees agreed with the owner before the visit",
        "Oriental spa in Leicester, mama san takes all the calls",
        "Quiet studio in Cardiff, the maid answers and tells you the rates",
        "Masajes en Murcia, el precio lo fija la encargada",
        "Massagem em Faro, tudo combinado com o gerente",
    ],
)
def test_handler_who_books_answers_or_sets_the_price(assessor: AdAssessor, text: str) -> None:
    assert "ad_third_person" in tactics(assessor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Salon in Iasi, doar la apartament, nu iesim la domiciliu",
        "Masaj in Brasov, nu facem deplasari",
        "Companie in Chisinau, stau la noi in locatie",
        "Fete noi la Londra, numai incall",
        "Parlour in Perth, the girls cannot leave the premises during a shift",
        "Quiet flat in Hull, the lady does not travel",
        "Masajes en Burgos, solo en nuestro piso",
    ],
)
def test_in_call_only_and_cannot_leave(assessor: AdAssessor, text: str) -> None:
    assert "ad_incall_hotel_only" in tactics(assessor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Fete in Viena, nu vorbesc germana, suna pentru detalii",
        "Doua prietene in Roma, nu vorbim italiana",
        "Spa in Adelaide, the ladies speak only Korean",
    ],
)
def test_language_barrier_abroad(assessor: AdAssessor, text: str) -> None:
    assert "ad_language_barrier" in tactics(assessor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Parlour in Darwin, 12+ ladies on every shift",
        "Massage house in Salford, new faces weekly",
    ],
)
def test_several_women_counted_or_rotated(assessor: AdAssessor, text: str) -> None:
    assert "ad_several_women" in tactics(assessor, text)


def test_postcode_w2_is_not_a_tax_form(assessor: AdAssessor) -> None:
    # "W2" read as the US W-2 form made the whole ad look like a job ad and silenced its cues.
    assert "ad_ethnicity_stated" in tactics(assessor, "Flat in London W2, lovely Thai ladies")


@pytest.mark.parametrize(
    "text",
    [
        "Masaj in Galati, programari doar prin manager. Doar la noi in salon.",
        "Quiet massage flat in Swindon, appointments made by our manager, in-call only.",
        "Spa in Limerick, three ladies working today, ask for the receptionist.",
    ],
)
def test_third_party_with_venue_reaches_warn(assessor: AdAssessor, text: str) -> None:
    result = assessor.assess(text)
    assert "ad_third_party_venue" in {s.tactic for s in result.signals}
    assert result.risk >= 0.5


def test_third_party_alone_does_not_add_the_pair(assessor: AdAssessor) -> None:
    result = assessor.assess("Massage in Leeds, call the manager to book, outcalls available")
    assert "ad_third_party_venue" not in {s.tactic for s in result.signals}
    assert result.risk < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Physiotherapy clinic in Bath, appointments through reception, open 7 days",
        "Dog walking in Bondi, available day and night, call Sam to book",
        "Open auditions for a touring dance company, fresh faces welcome",
        "Nail bar in Ilford hiring, no English needed, training provided",
        "Pensiune in Sibiu, camere disponibile oricand, rezervari la receptie",
        "Independent, 29, I only meet verified gentlemen, deposits to me",
    ],
)
def test_look_alikes_stay_silent(assessor: AdAssessor, text: str) -> None:
    result = assessor.assess(text)
    assert result.risk < 0.5
    assert not {"ad_third_person", "ad_youth_language", "ad_language_barrier",
                "ad_trustworthy_language"} & {s.tactic for s in result.signals}
