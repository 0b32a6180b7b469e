"""Per-chat state of the bot: in memory with a bounded size, or in Redis when configured.

Only settings and compact risk state live here (language, country, the monitor's state for
messages forwarded so far); never message texts. Chat ids are keyed-hashed before they reach Redis,
so a copy of the Redis database does not list who talked to the bot.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections import OrderedDict
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from vigila.core.errors import VigilaError

DEFAULT_MAX_CHATS = 50_000
DEFAULT_TTL_SECONDS = 7 * 24 * 3600


@dataclass
class ChatState:
    """What the bot remembers about one chat between messages."""

    lang: str | None = None
    country: str | None = None
    awaiting: str | None = None  # "job" after a bare /job: the next text is a job offer
    monitor: dict[str, Any] | None = None  # ConversationMonitor state of the forwarded conversation
    forwarded: int = 0

    def to_json(self) -> str:
        """Compact JSON form."""
        return json.dumps({k: v for k, v in asdict(self).items() if v not in (None, 0)},
                          separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: str | bytes | None) -> ChatState:
        """Parse the JSON form; unknown keys (from a newer version) are ignored."""
        if not raw:
            return cls()
        data = json.loads(raw)
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)


class StateStore(Protocol):
    """Where chat states live; async so Redis and memory share one interface."""

    async def get(self, chat_id: int) -> ChatState:
        """The chat's state, or a fresh one."""
        ...

    async def put(self, chat_id: int, state: ChatState) -> None:
        """Save the chat's state."""
        ...

    async def delete(self, chat_id: int) -> None:
        """Forget the chat."""
        ...

    async def ping(self) -> None:
        """Fail early, with one clear line, when the store is unreachable."""
        ...

    async def close(self) -> None:
        """Release connections."""
        ...


class MemoryStateStore:
    """An LRU of chat states: the least recently used chat is forgotten beyond `max_chats`."""

    def __init__(self, max_chats: int = DEFAULT_MAX_CHATS) -> None:
        self.max_chats = max_chats
        self._states: OrderedDict[int, str] = OrderedDict()

    def __len__(self) -> int:
        return len(self._states)

    async def get(self, chat_id: int) -> ChatState:
        """The chat's state, or a fresh one."""
        raw = self._states.get(chat_id)
        if raw is None:
            return ChatState()
        self._states.move_to_end(chat_id)
        return ChatState.from_json(raw)

    async def put(self, chat_id: int, state: ChatState) -> None:
        """Save the chat's state (as JSON, so memory and Redis behave the same)."""
        self._states[chat_id] = state.to_json()
        self._states.move_to_end(chat_id)
        while len(self._states) > self.max_chats:
            self._states.popitem(last=False)

    async def delete(self, chat_id: int) -> None:
        """Forget the chat."""
        self._states.pop(chat_id, None)

    async def ping(self) -> None:
        """Memory is always there."""

    async def close(self) -> None:
        """Nothing to release."""


class RedisStateStore:
    """Chat states in Redis under `prefix` + an HMAC of the chat id, expiring after `ttl` seconds idle."""

    def __init__(self, url: str, secret: bytes, prefix: str = "vigila:tg:",
                 ttl: int = DEFAULT_TTL_SECONDS) -> None:
        import redis.asyncio as aioredis

        self._redis = aioredis.from_url(url)
        self._secret = secret
        self.prefix = prefix
        self.ttl = ttl

    def key(self, chat_id: int) -> str:
        """The Redis key of a chat."""
        digest = hmac.new(self._secret, str(chat_id).encode(), hashlib.sha256).hexdigest()[:32]
        return f"{self.prefix}{digest}"

    async def get(self, chat_id: int) -> ChatState:
        """The chat's state, or a fresh one."""
        return ChatState.from_json(await self._redis.get(self.key(chat_id)))

    async def put(self, chat_id: int, state: ChatState) -> None:
        """Save the chat's state and renew its expiry."""
        await self._redis.set(self.key(chat_id), state.to_json(), ex=self.ttl)

    async def delete(self, chat_id: int) -> None:
        """Forget the chat."""
        await self._redis.delete(self.key(chat_id))

    async def ping(self) -> None:
        """Fail early, with one clear line, when Redis is unreachable."""
        from redis.exceptions import RedisError

        try:
            await self._redis.ping()
        except (RedisError, OSError) as exc:
            raise VigilaError(f"cannot reach Redis at VIGILA_REDIS_URL: {exc}") from None

    async def close(self) -> None:
        """Close the connection pool."""
        await self._redis.aclose()  # type: ignore[attr-defined]
