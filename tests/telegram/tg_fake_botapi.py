"""A fake Telegram Bot API on 127.0.0.1 (aiohttp) that the real python-telegram-bot talks to.

It queues updates for `getUpdates`, records every call, serves uploaded files for `getFile`, and lets
a test wait for the bot's `sendMessage` calls. Used by the tests and by `bench/telegram.py`.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Callable
from typing import Any

from aiohttp import web

BOT_ID = 123456


class FakeBotAPI:
    """The Bot API methods the Vigila bot uses, answering like Telegram does."""

    long_poll_cap = 0.2  # seconds a getUpdates may hang: short, so stopping the bot is quick

    def __init__(self, token: str = "123456:TEST-TOKEN", *, reads_all_group_messages: bool = True) -> None:
        self.token = token
        self.reads_all_group_messages = reads_all_group_messages
        self.updates: list[dict[str, Any]] = []
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.sent: list[dict[str, Any]] = []  # sendMessage params, in order
        self.files: dict[str, bytes] = {}
        self.admins: dict[int, list[dict[str, Any]]] = {}
        self.forbidden: set[int] = set()  # chats that never started the bot
        self.on_send: Callable[[int, dict[str, Any]], None] | None = None  # the benchmark's hook
        self._uid = itertools.count(1)
        self._mid = itertools.count(1000)
        self._new_update = asyncio.Event()
        self._new_sent = asyncio.Condition()
        self.runner: web.AppRunner | None = None

    # ---- HTTP side ---------------------------------------------------------------------------

    async def _params(self, req: web.Request) -> dict[str, Any]:
        if req.content_type == "application/json":
            return dict(await req.json())
        if req.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            out: dict[str, Any] = {}
            for k, v in (await req.post()).items():
                if hasattr(v, "file"):
                    out[k] = {"filename": v.filename, "data": v.file.read()}
                    continue
                try:
                    out[k] = json.loads(v)  # nested objects arrive as JSON strings
                except (ValueError, TypeError):
                    out[k] = v
            return out
        return dict(req.query)  # PTB sends getMe/deleteWebhook with an empty body

    @staticmethod
    def ok(result: Any) -> web.Response:
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    def error(code: int, description: str) -> web.Response:
        return web.json_response({"ok": False, "error_code": code, "description": description}, status=code)

    async def handle(self, req: web.Request) -> web.Response:
        if req.match_info["token"] != self.token:
            return self.error(401, "Unauthorized")
        method, params = req.match_info["method"], await self._params(req)
        self.calls.append((method, params))
        m = method.lower()
        if m == "getme":
            return self.ok({"id": BOT_ID, "is_bot": True, "first_name": "Vigila",
                            "username": "vigila_test_bot",
                            "can_join_groups": True,
                            "can_read_all_group_messages": self.reads_all_group_messages,
                            "supports_inline_queries": False})
        if m in ("deletewebhook", "setmycommands", "answercallbackquery"):
            return self.ok(True)
        if m == "getupdates":
            offset, timeout = int(params.get("offset") or 0), float(params.get("timeout") or 0)
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
            if not self.updates and timeout:
                self._new_update.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._new_update.wait(), min(timeout, self.long_poll_cap))
            return self.ok(self.updates[: int(params.get("limit") or 100)])
        if m == "sendmessage":
            chat_id = int(params["chat_id"])
            if chat_id in self.forbidden:
                return self.error(403, "Forbidden: bot can't initiate conversation with a user")
            async with self._new_sent:
                self.sent.append(params)
                self._new_sent.notify_all()
            if self.on_send is not None:
                self.on_send(chat_id, params)
            return self.ok({"message_id": next(self._mid), "date": int(time.time()), "text": params["text"],
                            "chat": {"id": chat_id, "type": "private"},
                            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Vigila"}})
        if m == "getfile":
            fid = params["file_id"]
            if fid not in self.files:
                return self.error(400, "Bad Request: invalid file_id")
            return self.ok({"file_id": fid, "file_unique_id": fid, "file_size": len(self.files[fid]),
                            "file_path": f"documents/{fid}"})
        if m == "getchatadministrators":
            return self.ok(self.admins.get(int(params["chat_id"]), []))
        return self.error(404, f"Not Found: method {method}")

    async def file(self, req: web.Request) -> web.Response:
        if req.match_info["token"] != self.token:
            return self.error(401, "Unauthorized")
        fid = req.match_info["path"].rpartition("/")[2]
        return web.Response(body=self.files[fid]) if fid in self.files else self.error(404, "Not Found")

    async def start(self) -> str:
        """Listen on a free port of 127.0.0.1; returns the server's base address."""
        app = web.Application(client_max_size=64 * 2**20)
        app.router.add_route("*", "/bot{token}/{method}", self.handle)
        app.router.add_get("/file/bot{token}/{path:.*}", self.file)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base = f"http://127.0.0.1:{port}"
        return self.base

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()

    # ---- waiting for answers -----------------------------------------------------------------

    async def wait_sent(self, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        """Wait until `count` messages have been sent in total; returns them all."""
        async with self._new_sent:
            await asyncio.wait_for(self._new_sent.wait_for(lambda: len(self.sent) >= count), timeout)
        return self.sent

    def calls_to(self, method: str) -> list[dict[str, Any]]:
        return [p for m, p in self.calls if m == method]

    # ---- updates -----------------------------------------------------------------------------

    def _push(self, kind: str, payload: dict[str, Any]) -> int:
        uid = next(self._uid)
        self.updates.append({"update_id": uid, kind: payload})
        self._new_update.set()
        return uid

    @staticmethod
    def user(user_id: int = 42, lang: str | None = "en", name: str = "Ana") -> dict[str, Any]:
        u: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": name}
        if lang:
            u["language_code"] = lang
        return u

    def push_text(self, chat_id: int, text: str, *, lang: str | None = "en", **extra: Any) -> int:
        """A private message (extra: forward_origin=..., caption, ...)."""
        entities = []
        if text.startswith("/"):
            entities = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        msg: dict[str, Any] = {"message_id": next(self._mid), "date": int(time.time()), "text": text,
                               "chat": {"id": chat_id, "type": "private", "first_name": "Ana"},
                               "from": self.user(chat_id, lang), **extra}
        if entities:
            msg["entities"] = entities
        return self._push("message", msg)

    def push_forward(self, chat_id: int, text: str, origin_name: str = "Recruiter", *,
                     lang: str | None = "en") -> int:
        """A message the person forwards from someone who hides their account."""
        origin = {"type": "hidden_user", "sender_user_name": origin_name, "date": int(time.time()) - 60}
        return self.push_text(chat_id, text, lang=lang, forward_origin=origin)

    def push_document(self, chat_id: int, filename: str, data: bytes, *, lang: str | None = "en",
                      **extra: Any) -> int:
        """A private message with a file attached (a chat export); extra: caption=..., ..."""
        fid = f"file{len(self.files) + 1}"
        self.files[fid] = data
        return self._push("message", {**extra,
            "message_id": next(self._mid), "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Ana"}, "from": self.user(chat_id, lang),
            "document": {"file_id": fid, "file_unique_id": fid, "file_name": filename,
                         "file_size": len(data), "mime_type": "text/plain"}})

    def push_group(self, chat_id: int, text: str, *, user_id: int = 77, title: str = "Jobs abroad") -> int:
        """A post in a supergroup."""
        return self._push("message", {
            "message_id": next(self._mid), "date": int(time.time()), "text": text,
            "chat": {"id": chat_id, "type": "supergroup", "title": title},
            "from": self.user(user_id, None, "Poster")})

    def push_callback(self, chat_id: int, data: str, *, lang: str | None = "en") -> int:
        """A press on an inline button of a message the bot sent to `chat_id`."""
        return self._push("callback_query", {
            "id": str(next(self._mid)), "from": self.user(chat_id, lang), "chat_instance": "ci",
            "data": data,
            "message": {"message_id": 1, "date": int(time.time()), "text": "…",
                        "chat": {"id": chat_id, "type": "private", "first_name": "Ana"},
                        "from": {"id": BOT_ID, "is_bot": True, "first_name": "Vigila"}}})
