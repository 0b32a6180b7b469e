"""Test helpers: checks with recorded reports, and starting/stopping the real bot against the fake API."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tg_fake_botapi import FakeBotAPI

from vigila.channels.telegram.bot import VigilaBot
from vigila.channels.telegram.checks import ChatMessage, VigilaChecks
from vigila.core.types import Assessment, Level, Signal

# A stand-in for the conversation monitor while issue 4 has not landed: a few cues, risk accumulates.
CUES = {"passport": ("document_retention", 0.6), "ticket": ("travel_paid", 0.4),
        "don't tell": ("secrecy", 0.5), "hostess": ("fake_job", 0.3)}


class RecordingChecks(VigilaChecks):
    """The real job assessor, readers, helplines and report service; a cue-list conversation monitor."""

    def conversation(self, messages: Sequence[ChatMessage], state: dict[str, Any] | None = None
                     ) -> tuple[Assessment, dict[str, Any]]:
        st = dict(state or {"n": 0, "risk": 0.0})
        signals = []
        for m in messages:
            low = m["text"].lower()
            for cue, (tactic, w) in CUES.items():
                at = low.find(cue)
                if at >= 0 and m["sender"] != "user":
                    signals.append(Signal(tactic, w, at, at + len(cue), m["text"][at:at + len(cue)],
                                          message_index=st["n"]))
                    st["risk"] = 1 - (1 - st["risk"]) * (1 - w)
            st["n"] += 1
        return Assessment(st["risk"], Level.from_risk(st["risk"]), signals, "cue explanation"), st


@dataclass
class Running:
    fake: FakeBotAPI
    bot: VigilaBot
    checks: RecordingChecks


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
