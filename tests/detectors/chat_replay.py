"""Replaying a hand-written chat through the conversation monitor, shared by the cue-family tests."""

from __future__ import annotations

from vigila import ConversationMonitor
from vigila.core.types import Level

Chat = list[tuple[str, str]]


def levels(chat: Chat) -> list[Level]:
    """The monitor's level after each message of `chat` ((sender, text) pairs)."""
    monitor = ConversationMonitor()
    return [monitor.observe({"sender": s, "text": t}).level for s, t in chat]


def alerts_by(chat: Chat, index: int) -> bool:
    """True when the chat reaches an alert at message `index` or earlier."""
    return Level.ALERT in levels(chat)[: index + 1]


def tactics(chat: Chat) -> set[str]:
    """The tactics of the signals found over the whole chat."""
    monitor = ConversationMonitor()
    for s, t in chat:
        monitor.observe({"sender": s, "text": t})
    return {sig.tactic for sig in monitor.signals}
