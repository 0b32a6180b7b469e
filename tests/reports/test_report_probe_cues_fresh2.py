"""Report cue families the second probe (data/reports/fresh2_dev.jsonl, another hand) missed.

One test per family in the five languages, with new variants rather than the probe's own lines; then
the photo request that names an official purpose (a visa), which must not read as grooming.
"""

from __future__ import annotations

from vigila.detectors.report import assess_report


def _tactics(text: str) -> set[str]:
    return {s.tactic for s in assess_report(text).signals}


def _family(tactic: str, texts: list[str]) -> None:
    missed = [t for t in texts if tactic not in _tactics(t)]
    assert not missed, missed


def test_confinement_told_by_a_witness() -> None:
    _family("victim_confinement", [
        "the flat has locks on the outside of the bedroom doors",
        "the girls there nunca salen solas, always with a man",
        "o dono tranca a porta por fora toda noite",
        "ces femmes ne sortent jamais, meme le dimanche",
        "un barbat le incuie in fiecare seara",
    ])


def test_threats_and_force_in_plain_words() -> None:
    _family("victim_coercion", [
        "her boss said they'll hurt her mum if she talks",
        "dice que si no trabaja le pegan",
        "ela contou que fazem mal pra familia se ela fugir",
        "elle raconte qu'on la frappe quand elle refuse",
        "daca refuza, o bat",
    ])


def test_debt_told_with_a_verb() -> None:
    _family("debt_bondage", [
        "dice que debe dos mil del pasaje y el cuarto",
        "no fim do mes ela ainda fica devendo pro patrao",
        "les ouvrieres doivent rembourser le voyage",
        "dupa trei luni el tot are datorii la sef",
    ])


def test_phones_taken_by_someone_else() -> None:
    _family("isolation", [
        "les dijo que ya no necesitan sus celulares alli",
        "seful i-a luat telefonul in prima zi",
        # taken together with the papers: the phone follows the documents the retention cue read
        "the agent took her passport and her phone",
        "le quitaron el pasaporte y el celular",
        "tomaram o passaporte e o celular dela",
        "le patron a garde leurs passeports et leurs telephones",
        "i-au luat pasaportul si telefonul",
    ])


def test_secrecy_told_to_children() -> None:
    _family("secrecy", [
        "he told her to keep it a secret from her mum",
        "le pidio que no le diga a su mama",
        "ele mandou apagar as conversas depois",
        "il lui a demande de garder le secret",
        "i-a cerut sa tina secret fata de parinti",
    ])


def test_job_lures_named_by_the_role() -> None:
    _family("job_offer_lure", [
        "a guy said he was a model scout for a big brand",
        "le ofrecieron trabajar de edecan en Monterrey",
        "chamaram ela pra trabalhar de garconete em Lisboa",
        "elle est partie comme serveuse a Beyrouth",
        "a plecat in Dubai ca ospatarita",
    ])


def test_travel_paid_and_vague_employer() -> None:
    _family("travel_paid", [
        "buscan chicas para trabajar en Cancun, todo pagado",
        "they said flights covered and a room",
        "a agencia paga tudo ate chegar la",
        "billet d'avion offert par le recruteur",
        "plateste el drumul pana in Germania",
    ])
    _family("no_contract_vague", [
        "pero no dicen donde es el trabajo",
        "ninguem sabe o nome da agencia",
        "un boulot a l'etranger sans dire ou",
        "muncesc acolo si nu au contract",
    ])


def test_ages_told_without_a_years_word() -> None:
    # minors are kept as a signal only beside a grooming tactic (here a photo request)
    _family("minors_mentioned", [
        "a man keeps asking for pics, my niece is 13",
        "un tipo le pide fotos a mi sobrina de 12",
        "um adulto pediu foto pro meu filho de 11",
        "un inconnu demande des photos a sa fille de 14",
        "un barbat ii cere poze nepoatei mele de 13",
    ])


def test_photos_for_a_visa_are_not_a_photo_request() -> None:
    visa = assess_report("My son (15) goes on a school trip, the teacher asked for photos and a passport "
                         "copy for the visa.")
    assert "photo_request" not in {s.tactic for s in visa.signals}
    assert visa.risk < 0.5
    groomer = assess_report("A man online asked my son (15) for photos and said not to tell us.")
    assert "photo_request" in {s.tactic for s in groomer.signals}
    assert groomer.risk >= 0.5
    # The purpose must be in the same sentence as the request.
    split = assess_report("He asked my daughter (14) for photos. Later we renewed her passport for the visa.")
    assert "photo_request" in {s.tactic for s in split.signals}


def test_ordinary_family_and_school_sentences_stay_silent() -> None:
    for text, tactic in [
        ("she can't leave her job until March because of the notice period", "victim_confinement"),
        ("na loja ela tem que atender clientes o dia todo", "victim_coercion"),
        ("parintii o pun sa faca curat in camera", "victim_coercion"),
        ("il doit rembourser son pret etudiant", "debt_bondage"),
        ("o pai paga tudo da faculdade", "travel_paid"),
        ("no dice donde vive su novio", "no_contract_vague"),
    ]:
        assert tactic not in _tactics(text), text


def test_pegar_that_means_suit_or_stick_is_no_violence() -> None:
    # "pegar" is also "to suit" and "to stick": only hitting a person is coercion.
    assert assess_report("su pareja le pega cuando no trae dinero").risk >= 0.5
    for text in ("ese vestido le pega mucho, mi sobrina esta feliz", "se le pega el acento de su amiga"):
        assert "victim_coercion" not in {s.tactic for s in assess_report(text).signals}, text
