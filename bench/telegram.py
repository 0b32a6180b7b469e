"""Load test of the Telegram bot: simulated users forward messages through the fake Bot API.

    .venv/bin/python bench/telegram.py [--users 1000] [--messages 20] [--concurrency 64] [--redis]

Everything runs in one process on 127.0.0.1: the fake Bot API (tests/telegram/tg_fake_botapi.py),
the real python-telegram-bot polling it, and the real analysis (`VigilaChecks`: conversation monitor,
helplines). Each user is a closed loop: forward a message, wait for the bot's answer, forward the
next one, so one user's messages arrive in order, as when a person forwards a chat. Latency is from
the update being queued at the server to the bot's sendMessage reaching it (it includes the
long-poll pick-up). Checks that no update is lost: every user gets exactly `messages` answers and
the answers count the forwarded conversation 1, 2, … in order.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import resource
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

# This file is called telegram.py: drop its folder from the path so `import telegram` finds the library.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "telegram"))

from tg_fake_botapi import FakeBotAPI  # noqa: E402

from vigila.channels.telegram.bot import VigilaBot  # noqa: E402
from vigila.channels.telegram.checks import VigilaChecks  # noqa: E402
from vigila.channels.telegram.state import MemoryStateStore, RedisStateStore, StateStore  # noqa: E402
from vigila.logs import configure_logging  # noqa: E402
from vigila.settings import Settings  # noqa: E402

BENIGN = [
    "Hola, ¿qué tal el fin de semana?", "Hi! Are we still on for lunch tomorrow?",
    "Olá, tudo bem? Já chegaste a casa?", "Salut, tu as vu le match hier soir ?",
    "Bună, ce mai faci? Vii diseară la film?", "The interview is on Monday at 10, bring your CV.",
    "Mañana tengo turno de noche en el hospital.", "Obrigada pela ajuda com a mudança!",
]
RISKY = [
    "Trabajo de camarera en Dubái, 3000 euros al mes, sin experiencia.",
    "We pay your ticket and the visa, you pay us back later from your salary.",
    "Manda-me uma foto do teu passaporte para tratar do visto.",
    "Ne dis rien à ta famille, c'est une surprise.",
    "Ștergeți mesajele și vorbim pe Telegram, e mai sigur.",
    "You are so mature for your age, send me a photo.",
    "The boss will keep your passport safe while you work off the debt.",
]
_COUNT = re.compile(r"(\d+)\.\s*\S*\s*/new")


def conversation(rng: random.Random, n: int) -> list[str]:
    """A user's messages: mostly ordinary, one in three users meets a recruiter halfway through."""
    texts = [rng.choice(BENIGN) for _ in range(n)]
    if rng.random() < 1 / 3:
        for i in range(n // 2, n):
            if rng.random() < 0.6:
                texts[i] = rng.choice(RISKY)
    return texts


def pct(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank) of values."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


async def run(users: int, messages: int, concurrency: int, redis_url: str | None,
              seed: int, think: float) -> dict[str, Any]:
    """Drive the bot and return the figures."""
    data_dir = Path(tempfile.mkdtemp(prefix="vigila-bench-"))
    settings = Settings(data_dir=data_dir)
    checks = VigilaChecks(settings)
    t0 = time.perf_counter()
    checks.conversation([{"sender": "other", "text": "hola"}])  # model load, outside the timings
    load_s = time.perf_counter() - t0
    store: StateStore
    prefix = f"vigila:bench:{secrets.token_hex(4)}:"
    store = (RedisStateStore(redis_url, secrets.token_bytes(32), prefix=prefix, ttl=600)
             if redis_url else MemoryStateStore())
    fake = FakeBotAPI()
    base = await fake.start()
    bot = VigilaBot(checks, store)
    app = bot.application(fake.token, f"{base}/bot", concurrency=concurrency)
    await app.initialize()
    await app.post_init(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1)

    waiting: dict[int, asyncio.Future[dict[str, Any]]] = {}
    def answered(chat: int, params: dict[str, Any]) -> None:
        fut = waiting.pop(chat, None)
        if fut is not None and not fut.done():
            fut.set_result(params)

    fake.on_send = answered
    latencies: list[float] = []
    problems: list[str] = []
    rng = random.Random(seed)
    plans = {10_000 + u: conversation(rng, messages) for u in range(users)}

    async def user(chat: int, texts: list[str]) -> None:
        pause = random.Random(chat)
        for i, text in enumerate(texts, 1):
            if think:
                await asyncio.sleep(pause.expovariate(1 / think))
            fut: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
            waiting[chat] = fut
            start = time.perf_counter()
            fake.push_forward(chat, text, lang=random.choice(["es", "en", "pt", "fr", "ro"]))
            try:
                reply = await asyncio.wait_for(fut, 600)
            except TimeoutError:
                problems.append(f"chat {chat}: no answer to message {i}")
                return
            latencies.append(time.perf_counter() - start)
            found = _COUNT.search(reply["text"])
            if not found or int(found.group(1)) != i:
                problems.append(f"chat {chat}: answer {i} counted {found.group(1) if found else None}")

    cpu = time.process_time()
    wall = time.perf_counter()
    await asyncio.gather(*(user(chat, texts) for chat, texts in plans.items()))
    wall = time.perf_counter() - wall
    cpu = time.process_time() - cpu
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
    await fake.stop()
    if isinstance(store, RedisStateStore):
        from redis.asyncio import Redis

        raw = Redis.from_url(redis_url or "")
        keys = [k async for k in raw.scan_iter(f"{prefix}*")]
        if keys:
            await raw.delete(*keys)
        await raw.aclose()
    await store.close()
    answered = len(latencies)
    return {
        "users": users, "messages_per_user": messages, "updates": users * messages, "answered": answered,
        "lost": users * messages - answered, "out_of_order": len([p for p in problems if "counted" in p]),
        "wall_s": wall, "updates_per_s": answered / wall if wall else 0.0,
        "p50_ms": 1000 * pct(latencies, 50), "p95_ms": 1000 * pct(latencies, 95),
        "p99_ms": 1000 * pct(latencies, 99), "mean_ms": 1000 * statistics.fmean(latencies),
        "cpu_ms_per_update": 1000 * cpu / max(1, len(latencies)), "model_load_s": load_s,
        "state": "redis" if redis_url else "memory", "concurrency": concurrency,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "problems": problems[:5],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--messages", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=64, help="updates the bot handles at once")
    parser.add_argument("--redis", action="store_true", help="keep chat state in Redis (VIGILA_REDIS_URL "
                        "or redis://127.0.0.1:6379/0)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--think", type=float, default=0.0,
                        help="mean pause (s) between a user's messages; 0 = everyone sends at once")
    args = parser.parse_args()
    configure_logging("WARNING", json=False)  # one log line per answer would dominate the timings
    redis_url = (os.environ.get("VIGILA_REDIS_URL") or "redis://127.0.0.1:6379/0") if args.redis else None
    r = asyncio.run(run(args.users, args.messages, args.concurrency, redis_url, args.seed, args.think))
    print(f"{r['users']} users x {r['messages_per_user']} messages = {r['updates']} updates, "
          f"state in {r['state']}, concurrency {r['concurrency']}, think {args.think:g} s, "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    print(f"answered {r['answered']}, lost {r['lost']}, out of order {r['out_of_order']}")
    print(f"wall {r['wall_s']:.1f} s, {r['updates_per_s']:.0f} updates/s")
    print(f"latency p50 {r['p50_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms, "
          f"mean {r['mean_ms']:.1f} ms")
    print(f"CPU {r['cpu_ms_per_update']:.1f} ms per update (bot, fake server and simulated users together)")
    print(f"model load {r['model_load_s']:.2f} s, peak RSS {r['peak_rss_mb']:.0f} MB")
    for p in r["problems"]:
        print("problem:", p)
    if r["lost"] or r["out_of_order"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
