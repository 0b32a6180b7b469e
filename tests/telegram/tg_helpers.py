"""Test helpers: checks with recorded reports, and starting/stopping the real bot against the fake API."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tg_fake_botapi import FakeBotAPI

from vigila.channels.telegram.bot import VigilaBot
from vigila.channels.telegram.checks import ChatMessage, VigilaChecks
from vigila.core.types import Assessment, Level, Signal
from vigila.settings import Settings


class ScriptedChecks(VigilaChecks):
    """Real helplines and names, but a monitor whose levels follow a script (to test alert policy)."""

    def __init__(self, settings: Settings, levels: list[Level]) -> None:
        super().__init__(settings)
        self.levels = list(levels)

    def conversation(self, messages: Sequence[ChatMessage], state: dict[str, Any] | None = None
                     ) -> tuple[Assessment, dict[str, Any]]:
        level = self.levels.pop(0)
        signal = Signal("secrecy", 0.9, 0, 4, messages[-1]["text"][:4], message_index=0)
        return Assessment(0.9 if level is Level.ALERT else 0.1, level, [signal], ""), {}


@dataclass
class Running:
    fake: FakeBotAPI
    bot: VigilaBot
    checks: VigilaChecks


async def start_bot(fake: FakeBotAPI, bot: VigilaBot) -> Any:
    base = await fake.start()
    app = bot.application(fake.token, f"{base}/bot", concurrency=8)
    await app.initialize()
    await app.post_init(app)  # run_polling() does this; tests start the pieces by hand
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    return app


async def stop_bot(fake: FakeBotAPI, app: Any) -> None:
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
    await app.post_shutdown(app)
    await fake.stop()
