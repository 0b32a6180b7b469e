# ruff: noqa: E501  (one chat per line, so each family reads as a table)
"""Error families of the fresh2 dev split (a new hand), one test per family in all five languages.

The chats are written for these tests, not copied from fresh2, the fresh set, the probe or the generator.
"""

from __future__ import annotations

import pytest
from chat_replay import Chat, alerts_by, levels, tactics

from vigila import ConversationMonitor
from vigila.core.types import Level

# Hiding from oversight: disappearing messages, "the mods read this", a cover story for the parents.
HIDING: list[tuple[str, Chat]] = [
    ("en", [("other", "the admins read everything on here"), ("other", "lets go on telegram, switch on disappearing messages")]),
    ("es", [("other", "oye pasate a telegram"), ("other", "y activa los mensajes temporales, q nadie vea nada")]),
    ("pt", [("other", "me chama no telegram"), ("other", "la as mensagens apagam-se sozinhas, fica tranquila")]),
    ("fr", [("other", "viens sur snap"), ("other", "dis a ta mere que tu dors chez une copine samedi")]),
    ("ro", [("other", "hai pe telegram"), ("other", "acolo mesajele dispar, nu le vede nimeni")]),
]


@pytest.mark.parametrize("lang,chat", HIDING, ids=[c[0] for c in HIDING])
def test_hiding_from_oversight_with_a_platform_switch_alerts(lang: str, chat: Chat) -> None:
    assert alerts_by(chat, 1)


# "Come alone" with a meeting, from someone the child met through a hobby.
ALONE: list[tuple[str, Chat]] = [
    ("en", [("other", "i'll give u my old guitar"), ("other", "come over saturday, come alone tho")]),
    ("es", [("other", "te dejo mi consola vieja"), ("other", "pasa el sabado por mi casa, pero ven sola")]),
    ("pt", [("other", "te dou meu skate antigo"), ("other", "vem sabado, mas vem sozinha")]),
    ("fr", [("other", "je te prete ma console"), ("other", "passe chez moi dimanche, viens seule")]),
    ("ro", [("other", "iti dau chitara mea veche"), ("other", "vino duminica in parc, dar singura")]),
]


@pytest.mark.parametrize("lang,chat", ALONE, ids=[c[0] for c in ALONE])
def test_meeting_alone_alerts_at_the_request(lang: str, chat: Chat) -> None:
    assert alerts_by(chat, 1)


# A game-store card or cash in exchange for her phone number.
GIFT_FOR_CONTACT: list[tuple[str, Chat]] = [
    ("en", [("other", "i got a spare xbox gift card"), ("other", "its yours if u give me ur number")]),
    ("es", [("other", "tengo una tarjeta de xbox de sobra"), ("other", "es tuya si me pasas tu numero")]),
    ("pt", [("other", "tenho um cartao da psn sobrando"), ("other", "é teu se vc me passar seu numero")]),
    ("fr", [("other", "j'ai une carte psn en trop"), ("other", "elle est a toi si tu me donnes ton numero")]),
    ("ro", [("other", "iti dau 30 lei pe revolut"), ("other", "doar daca imi dai numarul")]),
]


@pytest.mark.parametrize("lang,chat", GIFT_FOR_CONTACT, ids=[c[0] for c in GIFT_FOR_CONTACT])
def test_gift_for_her_number_alerts(lang: str, chat: Chat) -> None:
    assert alerts_by(chat, 1)


# Threats and held papers after a debt: the alert comes with the threat, not after it.
THREAT: list[tuple[str, Chat]] = [
    ("en", [("other", "u still owe me for the flat"), ("other", "and remember i know where ur family lives")]),
    ("es", [("other", "la deuda sube cada semana"), ("other", "y ni se te ocurra escaparte, tengo tus papeles")]),
    ("pt", [("other", "a divida aumenta todo mes"), ("other", "nem adianta fugir, a gente sabe onde sua mae mora")]),
    ("fr", [("other", "tu rembourses ca en travaillant"), ("other", "et tu pars pas tant que c'est pas fini")]),
    ("ro", [("other", "datoria a crescut iar"), ("other", "si stiu unde sta familia ta")]),
]


@pytest.mark.parametrize("lang,chat", THREAT, ids=[c[0] for c in THREAT])
def test_debt_then_threat_alerts_as_recruitment(lang: str, chat: Chat) -> None:
    monitor = ConversationMonitor()
    out = [monitor.observe({"sender": s, "text": t}) for s, t in chat]
    assert out[1].level == Level.ALERT and out[1].category == "recruitment"


# A job for "pretty girls 18-25": the looks requirement is more than an ordinary offer shares.
LOOKS: list[tuple[str, Chat]] = [
    ("en", [("other", "we need girls for yacht parties this summer"), ("other", "slim and pretty, 19-24, good-looking girls only")]),
    ("es", [("other", "buscamos chicas para eventos en Ibiza"), ("other", "entre 18 y 24, buena presencia")]),
    ("pt", [("other", "precisamos de garotas para festas em Milao"), ("other", "so mocas bonitas, entre 18 e 24 anos")]),
    ("fr", [("other", "on cherche des filles pour des soirees a Monaco"), ("other", "entre 18 et 25 ans, jolies filles")]),
    ("ro", [("other", "caut fete pentru evenimente in Cipru"), ("other", "fete frumoase, intre 18 si 25 de ani")]),
]


@pytest.mark.parametrize("lang,chat", LOOKS, ids=[c[0] for c in LOOKS])
def test_job_with_a_looks_and_age_band_alerts(lang: str, chat: Chat) -> None:
    assert alerts_by(chat, 1)
    assert "looks_required" in tactics(chat)


# A man looking for a young woman "to accompany" him, with pay.
COMPANION: list[tuple[str, Chat]] = [
    ("en", [("other", "seeking a young woman to accompany me to Ibiza"), ("other", "2000 a week, flights paid")]),
    ("es", [("other", "busco una joven que me acompañe a cenas de negocios"), ("other", "pago 300 la noche")]),
    ("pt", [("other", "procuro uma moça pra me acompanhar em viagens"), ("other", "pago 2 mil por semana")]),
    ("fr", [("other", "je cherche une jeune femme pour m'accompagner a Nice"), ("other", "800€ par semaine")]),
    ("ro", [("other", "caut o tanara care sa ma insoteasca la Viena"), ("other", "platesc 500 euro pe seara")]),
]


@pytest.mark.parametrize("lang,chat", COMPANION, ids=[c[0] for c in COMPANION])
def test_paid_companion_offer_alerts(lang: str, chat: Chat) -> None:
    assert alerts_by(chat, 1)


# "You owe me one" is thanks for a favour, not a debt.
@pytest.mark.parametrize(
    "lang,text",
    [("en", "haha ok but you owe me one"), ("es", "vale pero me debes una"), ("pt", "ta bom mas me deves uma"),
     ("fr", "ok mais tu me dois une biere"), ("ro", "bine, dar imi datorezi una")],
)
def test_owing_a_favour_is_not_a_debt(lang: str, text: str) -> None:
    assert "debt_bondage" not in tactics([("other", "i sent u the skin"), ("other", text)])


# A parent: "are you alone?", then a pick-up and "don't walk home alone".
PARENT: list[tuple[str, Chat]] = [
    ("en", [("other", "are you alone at jo's?"), ("user", "yes"), ("other", "I'll pick you up at 7, don't walk back alone")]),
    ("es", [("other", "estas sola en casa de Marta?"), ("user", "si"), ("other", "te recojo a las 8, no vuelvas sola")]),
    ("pt", [("other", "ta sozinha na casa da Bia?"), ("user", "to"), ("other", "te busco as 8, nao volta sozinha")]),
    ("fr", [("other", "t'es seule chez Lou?"), ("user", "oui"), ("other", "je passe te prendre a 20h, rentre pas seule")]),
    ("ro", [("other", "esti singura la Ana?"), ("user", "da"), ("other", "te iau eu la 8, nu te intoarce singura")]),
]


@pytest.mark.parametrize("lang,chat", PARENT, ids=[c[0] for c in PARENT])
def test_parent_pick_up_stays_silent(lang: str, chat: Chat) -> None:
    assert all(level.rank < Level.WARN.rank for level in levels(chat))


# Adults after a date: a pick-up and "send me a selfie" may warn, never alert.
DATE: list[tuple[str, Chat]] = [
    ("en", [("other", "dinner sat? i'll pick you up at 8"), ("user", "yes!"), ("other", "send me a selfie when ur ready")]),
    ("es", [("other", "el sabado te recojo para cenar"), ("user", "vale"), ("other", "mandame un selfie cuando estes")]),
    ("pt", [("other", "sabado te busco pra jantar"), ("user", "bora"), ("other", "me manda uma selfie sua depois")]),
    ("fr", [("other", "je passe te prendre samedi"), ("user", "ok"), ("other", "envoie moi un selfie ce soir")]),
    ("ro", [("other", "sambata trec sa te iau"), ("user", "sigur"), ("other", "trimite-mi un selfie diseara")]),
]


@pytest.mark.parametrize("lang,chat", DATE, ids=[c[0] for c in DATE])
def test_date_pick_up_and_selfie_never_alert(lang: str, chat: Chat) -> None:
    assert Level.ALERT not in levels(chat)


# Friends swap handles, then ask for the photos of Saturday's party.
PARTY: list[tuple[str, Chat]] = [
    ("en", [("other", "add me on snap, its kim.zz"), ("other", "and send me the pics from friday")]),
    ("es", [("other", "agregame en snap, soy kim.zz"), ("other", "y mandame las fotos de la fiesta")]),
    ("pt", [("other", "me adiciona no snap, kim.zz"), ("other", "e manda as fotos da festa")]),
    ("fr", [("other", "ajoute moi sur snap, kim.zz"), ("other", "et envoie moi les photos de vendredi")]),
    ("ro", [("other", "adauga-ma pe snap, kim.zz"), ("other", "si trimite-mi pozele de vineri")]),
]


@pytest.mark.parametrize("lang,chat", PARTY, ids=[c[0] for c in PARTY])
def test_photos_of_an_event_are_not_a_photo_request(lang: str, chat: Chat) -> None:
    assert "photo_request" not in tactics(chat)
    assert Level.ALERT not in levels(chat)
