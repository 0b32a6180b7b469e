# ruff: noqa: E501  (one chat per line, so each family reads as a table)
"""Error families of the fresh3 dev split (grooming from a fourth hand), one test per family in all five
languages.

The chats are written for these tests, not copied from fresh3, fresh2, the fresh set, the probe or the
generator.
"""

from __future__ import annotations

import pytest
from chat_replay import Chat, alerts_by, levels, tactics

from vigila import ConversationMonitor
from vigila.core.types import Level

# A gift to keep hidden from a parent: the gift and the hiding are two tactics in one message.
HIDDEN_GIFT: list[tuple[str, Chat]] = [
    ("en", [("other", "u deserve better than that old thing"), ("other", "i can buy u an iphone, just hide it from your mum")]),
    ("es", [("other", "ese celu tuyo ya no sirve"), ("other", "te voy a comprar un celular, pero escondelo de tu vieja")]),
    ("pt", [("other", "esse teu telemovel ja era"), ("other", "vou comprar-te um telemovel, mas esconde-o da tua mae")]),
    ("fr", [("other", "ton tel est trop vieux"), ("other", "je peux t'acheter un portable, cache le de tes parents")]),
    ("ro", [("other", "telefonul tau e prea vechi"), ("other", "iti cumpar un telefon nou, dar ascunde-l de mama ta")]),
]


@pytest.mark.parametrize("lang,chat", HIDDEN_GIFT, ids=[c[0] for c in HIDDEN_GIFT])
def test_a_gift_hidden_from_the_parents_alerts_at_once(lang: str, chat: Chat) -> None:
    assert alerts_by(chat, 1)


# Do the parents check the phone? Then an app they do not know, or deleting before they look.
SUPERVISION: list[tuple[str, Chat]] = [
    ("en", [("other", "do your parents read your messages?"), ("other", "then get a different app, one they dont know about")]),
    ("es", [("other", "tus viejos te revisan el celu?"), ("other", "usa una app que ellos no conozcan y listo")]),
    ("pt", [("other", "teus pais mexem no teu celular?"), ("other", "baixa um app que eles nao conhecem")]),
    ("fr", [("other", "ta mere fouille ton cell?"), ("other", "prends une autre appli qu'ils connaissent pas")]),
    ("ro", [("other", "ai tai se uita pe telefonul tau?"), ("other", "descarca alta aplicatie pe care n-o stiu ei")]),
]


@pytest.mark.parametrize("lang,chat", SUPERVISION, ids=[c[0] for c in SUPERVISION])
def test_a_supervision_check_then_a_hidden_app_alerts(lang: str, chat: Chat) -> None:
    assert {"alone_check", "secrecy"} <= tactics(chat)
    assert alerts_by(chat, 1)


# Deleting the chat "before she checks": a platform move and hiding from a parent in one line.
DELETE_BEFORE: list[tuple[str, Chat]] = [
    ("en", [("other", "wipe the chat before your dad looks at it")]),
    ("es", [("other", "elimina el chat antes de que tu papa lo lea")]),
    ("pt", [("other", "apaga tudo antes de teu pai ver")]),
    ("fr", [("other", "supprime tout avant que ton pere le lise")]),
    ("ro", [("other", "sterge tot inainte sa vada tatal tau")]),
]


@pytest.mark.parametrize("lang,chat", DELETE_BEFORE, ids=[c[0] for c in DELETE_BEFORE])
def test_deleting_before_a_parent_checks_is_secrecy(lang: str, chat: Chat) -> None:
    assert "secrecy" in tactics(chat)


# "You only need me", "nobody understands us": an exclusive bond that cuts her off.
EXCLUSIVE: list[tuple[str, Chat]] = [
    ("en", [("other", "forget them, all you need is me")]),
    ("es", [("other", "olvidate de ellas, solo me necesitas a mi")]),
    ("pt", [("other", "esquece elas, tu so precisas de mim")]),
    ("fr", [("other", "oublie les, tu n'as besoin que de moi")]),
    ("ro", [("other", "lasa-le, ai nevoie doar de mine")]),
]


@pytest.mark.parametrize("lang,chat", EXCLUSIVE, ids=[c[0] for c in EXCLUSIVE])
def test_an_exclusive_bond_is_isolation(lang: str, chat: Chat) -> None:
    assert "isolation" in tactics(chat)


# "Mature for your age" is a grooming line on its own: it alerts where it is said.
MATURE: list[tuple[str, Chat]] = [
    ("en", [("other", "hey"), ("other", "honestly ur so mature for ur age")]),
    ("es", [("other", "holi"), ("other", "sos re madura, no pareces de tu edad")]),
    ("pt", [("other", "oii"), ("other", "vc e muito madura pra sua idade")]),
    ("fr", [("other", "coucou"), ("other", "t'es tellement mature pour ton age")]),
    ("ro", [("other", "salut"), ("other", "esti atat de matura pentru varsta ta")]),
]


@pytest.mark.parametrize("lang,chat", MATURE, ids=[c[0] for c in MATURE])
def test_mature_for_your_age_alone_alerts(lang: str, chat: Chat) -> None:
    assert alerts_by(chat, 1)


# Teammates: "add me on discord" and a battle pass paid with birthday money, in separate messages.
TEAMMATES: list[tuple[str, Chat]] = [
    ("en", [("other", "add me on discord, its lukas_07"), ("user", "ok"), ("other", "ill gift u the battle pass for the event"), ("user", "thanks bro")]),
    ("es", [("other", "agregame en discord, soy nico_07"), ("user", "va"), ("other", "te regalo el pase de batalla del evento"), ("user", "gracias bro")]),
    ("pt", [("other", "me adiciona no discord, e o gabi_07"), ("user", "blz"), ("other", "te dou o passe de batalha do evento"), ("user", "valeu mano")]),
    ("fr", [("other", "ajoute moi sur discord c'est theo_07"), ("user", "ok"), ("other", "je t'offre le passe de combat de l'event"), ("user", "merci frere")]),
    ("ro", [("other", "adauga-ma pe discord, sunt radu_07"), ("user", "ok"), ("other", "iti trimit niste robux pentru eveniment"), ("user", "mersi frate")]),
]


@pytest.mark.parametrize("lang,chat", TEAMMATES, ids=[c[0] for c in TEAMMATES])
def test_teammates_gift_and_platform_move_only_warn(lang: str, chat: Chat) -> None:
    assert {"gifts", "platform_switch"} <= tactics(chat)
    assert Level.ALERT not in levels(chat)


# The same two moves in one message are a bargain (a gift for her number) and still alert.
BARGAIN: list[tuple[str, Chat]] = [
    ("en", [("other", "gg"), ("other", "ill send u a steam gift card if u give me ur number")]),
    ("es", [("other", "bien jugado"), ("other", "te paso una tarjeta de regalo de steam si me das tu numero")]),
    ("pt", [("other", "boa partida"), ("other", "te dou um cartao da steam se me passar o seu numero")]),
    ("fr", [("other", "bien joue"), ("other", "je t'offre une carte steam si tu me donnes ton numero")]),
    ("ro", [("other", "bravo"), ("other", "iti dau un card steam daca imi dai numarul")]),
]


@pytest.mark.parametrize("lang,chat", BARGAIN, ids=[c[0] for c in BARGAIN])
def test_a_gift_for_her_number_in_one_message_alerts(lang: str, chat: Chat) -> None:
    assert alerts_by(chat, 1)


# A friend's parent arranging a sleepover: "is your mum home?" then a pick-up from school.
SLEEPOVER: list[tuple[str, Chat]] = [
    ("en", [("other", "Hi, I'm Zoe's dad. Are your parents home? It's about the sleepover"), ("other", "I'll pick you both up at 5")]),
    ("es", [("other", "Hola, soy la mama de Irene. Esta tu mama en casa? Es por la pijamada"), ("other", "Os recojo a las 5 en la puerta")]),
    ("pt", [("other", "Oi, aqui e a mae da Bia. Sua mae ta em casa? E sobre a festa do pijama"), ("other", "Eu busco vcs as 5")]),
    ("fr", [("other", "Bonjour, c'est la maman d'Ines. Ta maman est a la maison? C'est pour la soiree pyjama"), ("other", "Je passe vous chercher a 17h")]),
    ("ro", [("other", "Buna, sunt mama Ralucai. E mama ta acasa? E pentru petrecerea in pijamale"), ("other", "Va iau eu la 5")]),
]


@pytest.mark.parametrize("lang,chat", SLEEPOVER, ids=[c[0] for c in SLEEPOVER])
def test_a_friends_parent_arranging_a_sleepover_does_not_alert(lang: str, chat: Chat) -> None:
    assert Level.ALERT not in levels(chat)


def test_my_favourite_person_is_not_control() -> None:
    assert "control" not in tactics([("other", "vc é minha pessoa favorita do server")])
    assert "control" in tactics([("other", "agora vc é minha, entendeu?")])


def _category_at_alert(chat: Chat) -> str | None:
    monitor = ConversationMonitor()
    for s, t in chat:
        assessment = monitor.observe({"sender": s, "text": t})
        if assessment.level == Level.ALERT:
            return assessment.category
    return None


# A "scout" or photographer with a job and a paid shoot, in a child's life (school, her mum): grooming.
SCOUT: list[tuple[str, Chat]] = [
    ("en", [("other", "im casting for a clothing brand, we need new faces"), ("other", "send me some pics in ur bedroom, no need to ask ur mum yet")]),
    ("es", [("other", "trabajo de modelo para una marca, buscamos caras nuevas"), ("other", "mandame fotos en tu cuarto al salir del cole, sin maquillaje")]),
    ("pt", [("other", "trabalho de modelo pra uma marca, buscamos rostos novos"), ("other", "me manda fotos no teu quarto depois da escola, sem maquiagem")]),
    ("fr", [("other", "je te paie 80 euros pour une seance photo"), ("other", "mais viens seule, je te prends a la sortie du college")]),
    ("ro", [("other", "iti dau 300 de lei pentru o sedinta foto"), ("other", "dar vino singura, te iau de la scoala")]),
]


@pytest.mark.parametrize("lang,chat", SCOUT, ids=[c[0] for c in SCOUT])
def test_a_scout_in_a_childs_life_is_grooming(lang: str, chat: Chat) -> None:
    assert _category_at_alert(chat) == "grooming"


def test_a_job_offer_to_an_adult_stays_recruitment() -> None:
    chat = [("other", "trabajo de modelo en Milan, 3000 al mes"), ("other", "el billete te lo pagamos nosotros, ven sola")]
    assert _category_at_alert(chat) == "recruitment"
