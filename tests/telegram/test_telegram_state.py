"""Per-chat state: a bounded LRU in memory, or Redis (127.0.0.1:6379) with hashed keys and expiry."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis
from tg_fake_botapi import FakeBotAPI
from tg_helpers import start_bot, stop_bot

from vigila.channels.telegram.bot import VigilaBot
from vigila.channels.telegram.checks import VigilaChecks
from vigila.channels.telegram.state import ChatState, MemoryStateStore, RedisStateStore

REDIS_URL = "redis://127.0.0.1:6379/0"


async def test_memory_store_forgets_the_least_recently_used_chat() -> None:
    store = MemoryStateStore(max_chats=3)
    for chat in (1, 2, 3):
        await store.put(chat, ChatState(lang="es", forwarded=chat))
    await store.get(1)  # chat 1 is used again, so chat 2 is now the oldest
    await store.put(4, ChatState(lang="fr"))
    assert len(store) == 3
    assert (await store.get(2)) == ChatState()
    assert (await store.get(1)).forwarded == 1 and (await store.get(4)).lang == "fr"


def test_state_json_is_compact_and_tolerant() -> None:
    state = ChatState(lang="ro", monitor={"risk": 0.5})
    assert state.to_json() == '{"lang":"ro","monitor":{"risk":0.5}}'
    assert ChatState.from_json('{"lang":"pt","from_a_newer_version":1}') == ChatState(lang="pt")


@pytest.fixture
async def redis_store() -> AsyncIterator[RedisStateStore]:
    prefix = f"vigila:test:{secrets.token_hex(6)}:"
    store = RedisStateStore(REDIS_URL, secrets.token_bytes(32), prefix=prefix, ttl=60)
    await store.ping()
    yield store
    await store.close()
    raw = Redis.from_url(REDIS_URL)
    keys = [k async for k in raw.scan_iter(f"{prefix}*")]
    if keys:
        await raw.delete(*keys)
    await raw.aclose()


async def test_redis_store_round_trip_with_hashed_keys_and_ttl(redis_store: RedisStateStore) -> None:
    state = ChatState(lang="es", country="ES", monitor={"n": 2}, forwarded=2)
    await redis_store.put(777000123, state)
    assert await redis_store.get(777000123) == state
    raw = Redis.from_url(REDIS_URL)
    try:
        keys = [k.decode() async for k in raw.scan_iter(f"{redis_store.prefix}*")]
        assert keys == [redis_store.key(777000123)]
        assert "777000123" not in keys[0]  # no Telegram id in the database
        assert 0 < await raw.ttl(keys[0]) <= 60
    finally:
        await raw.aclose()
    await redis_store.delete(777000123)
    assert await redis_store.get(777000123) == ChatState()


async def test_bot_keeps_forwarded_conversation_in_redis_across_restarts(
    redis_store: RedisStateStore, checks: VigilaChecks
) -> None:
    """A restarted bot (new process memory) continues the same conversation from Redis."""
    strong = ("El jefe se queda con tu pasaporte hasta que pagues la deuda del viaje. No se lo digas a tu "
              "familia y borra los mensajes.")
    for round_, text in enumerate(("Hola, ¿qué tal?", strong)):
        fake = FakeBotAPI()
        bot = VigilaBot(checks, RedisStateStore(REDIS_URL, redis_store._secret, prefix=redis_store.prefix))
        app = await start_bot(fake, bot)
        try:
            fake.push_forward(4242, text, lang="es")
            [sent] = await fake.wait_sent(1)
        finally:
            await stop_bot(fake, app)
        assert f"Mensajes comprobados en esta conversación: {round_ + 1}." in sent["text"]
    assert sent["text"].startswith("<b>🔴")
    state = await redis_store.get(4242)
    assert state.forwarded == 2 and state.monitor is not None and state.monitor["n"] == 2
    assert "pasaporte" not in state.to_json() and "Hola" not in state.to_json()  # risk only, never texts


def test_report_material_and_forwarded_texts_expire(monkeypatch: pytest.MonkeyPatch) -> None:
    """What waits for a report confirmation is dropped after its time, even if never looked at."""
    from vigila.channels.telegram import bot as bot_module

    clock = [1000.0]
    monkeypatch.setattr(bot_module.time, "monotonic", lambda: clock[0])
    held = bot_module._Bounded(max_items=3, ttl=60)
    held.put("a", "text a")
    clock[0] += 30
    held.put("b", "text b")
    assert held.fresh("a") == "text a"
    clock[0] += 31
    held.put("c", "text c")  # "a" is now 61 s old: gone without anyone asking for it
    assert list(held) == ["b", "c"]
    clock[0] += 100
    assert held.fresh("b") is None and "b" not in held
    for key in "defg":
        held.put(key, key)
    assert list(held) == ["e", "f", "g"]  # bounded
