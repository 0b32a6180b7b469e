"""Grooming without an age question, two-tactic recruitment and their hard negatives (issue: fresh set).

The chats are written for these tests, not copied from the probe, the fresh set or the generator.
"""

from __future__ import annotations

import json

import pytest

from vigila import ConversationMonitor
from vigila.core.types import Level
from vigila.detectors.conversation import CRITICAL_SEVERITY
from vigila.models.chat_model import default_model
from vigila.models.chatgen import generate

Chat = list[tuple[str, str]]


def _levels(chat: Chat) -> tuple[ConversationMonitor, list[Level]]:
    monitor = ConversationMonitor()
    return monitor, [monitor.observe({"sender": s, "text": t}).level for s, t in chat]


# (language, chat, index of the message that must alert at the latest)
GROOMING: list[tuple[str, Chat, int]] = [
    (  # alone check, then a move to another app
        "en",
        [
            ("other", "nice aim dude"),
            ("other", "r ur parents around tonight?"),
            ("user", "nah"),
            ("other", "cool, do u have snapchat? easier there"),
        ],
        3,
    ),
    (  # webcam at night, when the parents sleep
        "es",
        [
            ("other", "hey q tal"),
            ("other", "tienes camara en el portatil?"),
            ("user", "si"),
            ("other", "pues videollamada a las 12 cuando se duerman tus padres"),
        ],
        3,
    ),
    (  # a gift card, then a selfie in exchange
        "pt",
        [
            ("other", "comprei um gift card pra vc"),
            ("user", "serio?"),
            ("other", "sim, me manda uma selfie sua agora"),
        ],
        2,
    ),
    (  # delete the chat, the parents would not understand
        "fr",
        [
            ("other", "supprime nos messages ce soir"),
            ("user", "pk"),
            ("other", "tes parents comprendraient pas"),
        ],
        2,
    ),
    (  # "you're so mature", then moving platform
        "ro",
        [("other", "esti foarte matura"), ("user", "ms"), ("other", "ai telegram? scrie-mi acolo")],
        2,
    ),
    (  # isolation, then "you're too mature for her rules"
        "en",
        [
            ("other", "ur dad doesnt understand u like i do"),
            ("user", "ya"),
            ("other", "ur too mature for his rules tbh"),
        ],
        2,
    ),
]


@pytest.mark.parametrize(("lang", "chat", "latest"), GROOMING, ids=[g[0] for g in GROOMING])
def test_grooming_without_age_question_alerts_as_grooming(lang: str, chat: Chat, latest: int) -> None:
    monitor, levels = _levels(chat)
    assert Level.ALERT in levels[: latest + 1], levels
    assert monitor.assessment().category == "grooming"
    assert monitor.lang == lang


def test_one_ambiguous_move_alone_is_only_watched() -> None:
    _, levels = _levels([("other", "are you home alone?"), ("user", "yes")])
    assert Level.WARN not in levels and Level.ALERT not in levels


def test_job_and_paid_ticket_warn_and_a_passport_photo_alerts() -> None:
    chat = [
        ("other", "Hello dear, we have a hostess job in a Dubai hotel"),
        ("other", "we pay your ticket and the visa"),
    ]
    monitor, levels = _levels(chat)
    assert levels[-1] == Level.WARN
    a = monitor.observe({"sender": "other", "text": "send me a photo of your passport so I book the flight"})
    assert a.level == Level.ALERT and a.category == "recruitment"
    assert "document_request" in {s.tactic for s in a.signals}


HARD_NEGATIVES: list[Chat] = [
    [  # HR asks for the ID card at the interview
        ("other", "Hola Ana, te escribo de RRHH de la cadena de tiendas"),
        ("other", "la entrevista es el jueves en la oficina, trae el DNI"),
        ("user", "vale gracias"),
    ],
    [  # a parent: home alone, dad comes at 6, pick-up after school
        ("other", "are you home alone? dad is coming at 6"),
        ("other", "I'll pick you up after school tomorrow"),
    ],
    [  # friends: a new snap account and the party photos
        ("other", "add me on snap, new account"),
        ("other", "send me the pics from the party lol"),
    ],
    [  # friends in Spanish: "del" already carries its article (photos of the birthday, not of her)
        ("other", "agregame a insta, perdi la otra cuenta"),
        ("other", "mandame las fotos del cumple de Lucia"),
    ],
    [  # an airline pays the new ticket and asks for a passport copy
        ("other", "Dear customer, after the cancelled flight we will pay your new ticket"),
        ("other", "please send a copy of your passport"),
    ],
    [  # a birthday: how old are you now, let's meet
        ("other", "feliz cumple!! cuantos años tienes ya?"),
        ("user", "25 jaja"),
        ("other", "quedamos el sabado para celebrarlo"),
    ],
]


@pytest.mark.parametrize("chat", HARD_NEGATIVES)
def test_shared_vocabulary_does_not_alert(chat: Chat) -> None:
    _, levels = _levels(chat)
    assert Level.ALERT not in levels, levels


def test_brought_id_card_is_not_retention_but_a_kept_passport_still_alerts() -> None:
    _, levels = _levels([("other", "trae el DNI a la entrevista")])
    assert levels == [Level.NONE]
    _, levels = _levels([("other", "dame el pasaporte, lo guardo yo")])
    assert levels == [Level.ALERT]


def test_two_tactics_count_only_from_the_same_sender() -> None:
    split = [("ana", "are your parents home?"), ("bob", "add me on snapchat")]
    _, levels = _levels(split)
    assert Level.ALERT not in levels
    same = [("bob", "are your parents home?"), ("bob", "add me on snapchat")]
    _, levels = _levels(same)
    assert levels[-1] == Level.ALERT


def test_combination_state_round_trips_and_old_states_resume() -> None:
    monitor, _ = _levels([("bob", "are your parents home?")])
    state = json.loads(json.dumps(monitor.state()))
    resumed = ConversationMonitor.from_state(state)
    assert resumed.observe({"sender": "bob", "text": "add me on snapchat"}).level == Level.ALERT
    del state["snd"]  # saved before the combination rule existed
    assert ConversationMonitor.from_state(state).observe("hi").level == Level.NONE


def test_alert_threshold_never_above_the_critical_floor() -> None:
    assert default_model().thresholds["alert"] <= CRITICAL_SEVERITY


def test_no_age_grooming_scripts_feed_training_only() -> None:
    scripts = {c["label"]["script"] for c in generate(300, "fit")}
    assert {"grooming_no_age", "recruit_docs"} <= scripts
    assert not {"grooming_no_age", "recruit_docs"} & {c["label"]["script"] for c in generate(300, "test")}
