"""The streaming monitor: early, explainable alerts; silence on ordinary chats; small resumable state."""

from __future__ import annotations

import json

import pytest

from vigila import ConversationMonitor
from vigila.core.errors import InputError
from vigila.core.types import Level


def _run(messages: list[tuple[str, str]]) -> tuple[ConversationMonitor, list[Level]]:
    monitor = ConversationMonitor()
    levels = [monitor.observe({"sender": s, "text": t}).level for s, t in messages]
    return monitor, levels


# Hand-written, not from the generator's phrase banks.
RECRUITMENT = [
    ("other", "Hi Maria, I manage staff for a nice restaurant in Milan"),
    ("user", "oh hi"),
    ("other", "we need girls for the summer, pay is 2500 euro per month plus tips"),
    ("other", "no language needed. we cover the flight and you repay it later from your wages"),
    ("other", "just dont tell your mother yet"),
]
GROOMING = [
    ("other", "hola! q juego juegas?"),
    ("user", "fortnite jaja"),
    ("other", "yo tmb! cuantos años tienes?"),
    ("user", "13"),
    ("other", "eres muy madura para tu edad, en serio"),
    ("other", "te puedo pasar pavos si quieres, pero no le digas a tus papás"),
]
BENIGN = [
    [
        (
            "other",
            "Olá Joana, aqui é a Carla da agência, temos uma vaga de empregada de mesa num hotel em Lisboa",
        ),
        ("other", "a entrevista é no nosso escritório na terça; o contrato é assinado antes de começar"),
    ],
    [
        ("other", "Mama, am găsit bilet de avion pentru tine la Londra"),
        ("other", "îl plătesc eu, nu uita pașaportul"),
    ],
    [
        ("other", "tu me dois 50 balles pour le resto mdr"),
        ("user", "je te rembourse demain"),
        ("other", "je t'aime"),
    ],
    [("other", "happy bday!! how old are you now? 😂"), ("user", "30 haha"), ("other", "let's meet friday")],
]


def test_recruitment_alerts_early_with_explanation() -> None:
    monitor, levels = _run(RECRUITMENT)
    first_alert = levels.index(Level.ALERT)
    assert first_alert <= 3
    a = monitor.assessment()
    assert a.category == "recruitment" and a.lang == "en"
    assert {"travel_paid", "too_good_pay"} <= {s.tactic for s in a.signals}
    assert all(s.message_index is not None for s in a.signals)
    assert "recruitment" in a.explanation


def test_grooming_alerts_in_spanish() -> None:
    monitor, levels = _run(GROOMING)
    assert Level.ALERT in levels
    a = monitor.assessment()
    assert a.category == "grooming" and a.lang == "es" and "grooming" in a.explanation
    assert a.explanation.startswith("Riesgo alto")


@pytest.mark.parametrize("conversation", BENIGN)
def test_ordinary_chats_stay_silent(conversation: list[tuple[str, str]]) -> None:
    _, levels = _run(conversation)
    assert Level.ALERT not in levels and Level.WARN not in levels


def test_her_own_words_are_a_strong_signal_only_when_she_says_them() -> None:
    said_by_her, levels = _run(
        [("other", "how is the job?"), ("user", "my boss kept my passport and I can't go out")]
    )
    assert levels[-1] == Level.ALERT
    assert any(s.tactic == "victim_documents_taken" for s in said_by_her.assessment().signals)
    mocked, _ = _run([("user", "hi"), ("other", "my boss kept my passport lol")])
    assert not any(s.tactic.startswith("victim_") for s in mocked.assessment().signals)


def test_reads_only_messages_seen_so_far() -> None:
    monitor, _ = _run(RECRUITMENT[:2])
    assert monitor.assessment().level == Level.NONE


def test_state_round_trips_through_json_and_stays_small() -> None:
    monitor, _ = _run(RECRUITMENT)
    state = json.loads(json.dumps(monitor.state()))
    assert len(json.dumps(state)) < 16_000
    resumed = ConversationMonitor.from_state(state)
    nxt = ("other", "send me your passport, I'll keep it safe")
    a1 = monitor.observe({"sender": nxt[0], "text": nxt[1]})
    a2 = resumed.observe({"sender": nxt[0], "text": nxt[1]})
    assert a1.to_dict() == a2.to_dict()


def test_state_stays_bounded_on_long_risky_chats() -> None:
    monitor, _ = _run(RECRUITMENT * 60)
    assert len(json.dumps(monitor.state())) < 16_000


@pytest.mark.parametrize("bad", [{"v": 99}, {"v": 1, "n": "x"}, {"v": 1}])
def test_bad_state_is_a_clear_error(bad: dict[str, object]) -> None:
    with pytest.raises(InputError, match="invalid conversation monitor state"):
        ConversationMonitor.from_state(bad)


def test_bad_messages_and_edge_cases() -> None:
    monitor = ConversationMonitor()
    with pytest.raises(InputError):
        monitor.observe({"sender": "other", "text": 5})
    with pytest.raises(InputError):
        monitor.observe(["not", "a", "message"])  # type: ignore[arg-type]
    assert monitor.observe({"sender": "other", "text": ""}).level == Level.NONE
    assert monitor.observe("这是一条普通的消息").level == Level.NONE  # unknown language: no crash, no alarm
    huge = "hello " * 200_000 + "give me your passport, I keep it"
    assert monitor.observe({"sender": "other", "text": huge}).risk >= 0.0
