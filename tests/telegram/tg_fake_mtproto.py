"""A fake MTProto server on 127.0.0.1 that the real Telethon client talks to (telethon==1.45.0).

The auth key is pre-shared with the client's session, so no RSA/DH handshake happens; the server
reuses Telethon's own AES-IGE, TL classes and reader. Pin Telethon: `types.Config` changes with layers.
"""

from __future__ import annotations

import asyncio
import gzip
import os
import struct
import time
from hashlib import sha256
from typing import Any
from zlib import crc32

from telethon.crypto import AES, AuthKey
from telethon.extensions import BinaryReader
from telethon.tl import functions, types
from telethon.tl.tlobject import TLObject

MSG_CONTAINER, GZIP_PACKED, MSGS_ACK = 0x73F1F8DC, 0x3072CFA1, 0x62D6B459
RPC_RESULT, RPC_ERROR, VECTOR = 0xF35C6D01, 0x2144CA19, 0x1CB5C415


def _calc_key(auth_key: bytes, msg_key: bytes, x: int) -> tuple[bytes, bytes]:
    # MTProto 2.0 key derivation; x=0 client->server, x=8 server->client
    a = sha256(msg_key + auth_key[x:x + 36]).digest()
    b = sha256(auth_key[x + 40:x + 76] + msg_key).digest()
    return a[:8] + b[8:24] + a[24:32], b[:8] + a[8:24] + b[24:32]


def tl_vector(items: list[Any]) -> bytes:
    return struct.pack("<Ii", VECTOR, len(items)) + b"".join(bytes(i) for i in items)


class FakeMTProtoServer:
    """Answers the calls a logged-in Telethon client makes, and pushes private messages to it."""

    def __init__(self, me: types.User, users: list[types.User] | None = None) -> None:
        self.auth_key = AuthKey(os.urandom(256))
        self.me = me
        self.users = {u.id: u for u in [me, *(users or [])]}
        self.pts, self._id = 1, 100
        self.sent: list[Any] = []
        self._last_msg_id, self._send_counter = 0, 0
        self.client_ready = asyncio.Event()
        self._writer: asyncio.StreamWriter | None = None

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port: int = self.server.sockets[0].getsockname()[1]
        return self.port

    async def stop(self) -> None:
        self.server.close()
        await self.server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writer, self._send_counter = writer, 0  # TCP "full" transport, Telethon's default
        try:
            while True:
                head = await reader.readexactly(8)
                length, _ = struct.unpack("<ii", head)
                rest = await reader.readexactly(length - 8)
                body = rest[:-4]
                assert struct.unpack("<I", rest[-4:])[0] == crc32(head + body)
                await self._on_encrypted(body)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass

    def _write_packet(self, data: bytes) -> None:
        pkt = struct.pack("<ii", len(data) + 12, self._send_counter) + data
        self._send_counter += 1
        assert self._writer is not None
        self._writer.write(pkt + struct.pack("<I", crc32(pkt)))

    async def _on_encrypted(self, body: bytes) -> None:
        key = self.auth_key.key
        assert struct.unpack("<Q", body[:8])[0] == self.auth_key.key_id
        msg_key = body[8:24]
        plain = AES.decrypt_ige(body[24:], *_calc_key(key, msg_key, 0))
        assert sha256(key[88:120] + plain).digest()[8:24] == msg_key
        _salt, self._session_id, msg_id, _seq, length = struct.unpack("<qqqii", plain[:32])
        await self._on_message(msg_id, plain[32:32 + length])

    def _new_msg_id(self, response: bool) -> int:
        now = time.time()  # server ids are odd: 1 mod 4 = response, 3 = update
        mid = (int(now) << 32) | (int((now % 1) * 2**32) & ~3) | (1 if response else 3)
        if mid <= self._last_msg_id:
            mid = self._last_msg_id + 4
        self._last_msg_id = mid
        return mid

    def _send(self, payload: bytes, response: bool = True) -> None:
        key = self.auth_key.key
        header = struct.pack("<qqqii", 0, self._session_id, self._new_msg_id(response), 1, len(payload))
        inner = header + payload
        inner += os.urandom(-(len(inner) + 12) % 16 + 12)
        msg_key = sha256(key[96:128] + inner).digest()[8:24]
        self._write_packet(struct.pack("<Q", self.auth_key.key_id) + msg_key
                           + AES.encrypt_ige(inner, *_calc_key(key, msg_key, 8)))

    async def _on_message(self, msg_id: int, payload: bytes) -> None:
        cid = struct.unpack("<I", payload[:4])[0]
        if cid == MSG_CONTAINER:
            r = BinaryReader(payload[4:])
            for _ in range(r.read_int()):
                inner_id, _seq, ln = r.read_long(), r.read_int(), r.read_int()
                await self._on_message(inner_id, r.read(ln))
            return
        if cid == GZIP_PACKED:
            await self._on_message(msg_id, gzip.decompress(BinaryReader(payload[4:]).tgread_bytes()))
            return
        if cid == MSGS_ACK:
            return
        req = BinaryReader(payload).tgread_object()  # Telethon's registry also knows requests
        while isinstance(req, functions.InvokeWithLayerRequest | functions.InitConnectionRequest
                         | functions.InvokeWithoutUpdatesRequest):
            req = req.query
        if isinstance(req, functions.PingRequest | functions.PingDelayDisconnectRequest):
            self._send(bytes(types.Pong(msg_id=msg_id, ping_id=req.ping_id)))
            return
        try:
            result = self.handle(req)
        except NotImplementedError:
            result = struct.pack("<Ii", RPC_ERROR, 400) + TLObject.serialize_bytes(
                f"FAKE_{type(req).__name__}")
        self.sent.append(req)
        self._send(struct.pack("<Iq", RPC_RESULT, msg_id) + result)

    def handle(self, req: Any) -> bytes:
        now = int(time.time())
        if isinstance(req, functions.help.GetConfigRequest):
            return bytes(_config(self.port))
        if isinstance(req, functions.users.GetUsersRequest):
            found = []
            for inp in req.id:
                uid = self.me.id if isinstance(inp, types.InputUserSelf) else getattr(inp, "user_id", None)
                if uid in self.users:
                    found.append(self.users[uid])
            return tl_vector(found)
        if isinstance(req, functions.updates.GetStateRequest):
            self.client_ready.set()
            return bytes(types.updates.State(pts=self.pts, qts=0, date=now, seq=0, unread_count=0))
        if isinstance(req, functions.updates.GetDifferenceRequest):
            return bytes(types.updates.DifferenceEmpty(date=now, seq=0))
        if isinstance(req, functions.contacts.ResolveUsernameRequest):
            for u in self.users.values():
                if u.username and u.username.lower() == req.username.lower():
                    return bytes(types.contacts.ResolvedPeer(peer=types.PeerUser(u.id), chats=[], users=[u]))
            raise NotImplementedError
        if isinstance(req, functions.messages.SendMessageRequest):
            self.pts += 1
            self._id += 1
            return bytes(types.UpdateShortSentMessage(id=self._id, pts=self.pts, pts_count=1, date=now,
                                                      out=True))
        raise NotImplementedError

    def sends(self) -> list[Any]:
        """The sendMessage calls the client made, in order."""
        return [r for r in self.sent if isinstance(r, functions.messages.SendMessageRequest)]

    async def wait_sends(self, count: int, timeout: float = 10.0) -> list[Any]:
        """Wait until the client made `count` sendMessage calls; returns them."""
        async with asyncio.timeout(timeout):
            while len(self.sends()) < count:
                await asyncio.sleep(0.02)
        return self.sends()

    def push_private_message(self, sender: types.User, text: str) -> None:
        """An incoming private message from `sender`, as Telegram pushes it."""
        self.pts += 1  # pts must advance by pts_count, else the client asks for getDifference
        self._id += 1
        msg = types.Message(id=self._id, peer_id=types.PeerUser(sender.id), from_id=types.PeerUser(sender.id),
                            date=int(time.time()), message=text)
        upd = types.Updates(updates=[types.UpdateNewMessage(message=msg, pts=self.pts, pts_count=1)],
                            users=[sender], chats=[], date=int(time.time()), seq=0)
        self._send(bytes(upd), response=False)


def _config(port: int) -> types.Config:
    t = int(time.time())
    return types.Config(
        date=t, expires=t + 3600, test_mode=True, this_dc=2,
        dc_options=[types.DcOption(id=2, ip_address="127.0.0.1", port=port)], dc_txt_domain_name="",
        chat_size_max=200, megagroup_size_max=200000, forwarded_count_max=100, online_update_period_ms=210000,
        offline_blur_timeout_ms=5000, offline_idle_timeout_ms=30000, online_cloud_timeout_ms=300000,
        notify_cloud_delay_ms=30000, notify_default_delay_ms=1500, push_chat_period_ms=60000,
        push_chat_limit=2,
        edit_time_limit=172800, revoke_time_limit=2**31 - 1, revoke_pm_time_limit=2**31 - 1,
        rating_e_decay=2419200, stickers_recent_limit=200, channels_read_media_period=604800,
        call_receive_timeout_ms=20000, call_ring_timeout_ms=90000, call_connect_timeout_ms=30000,
        call_packet_timeout_ms=10000, me_url_prefix="https://t.me/", caption_length_max=1024,
        message_length_max=4096, webfile_dc_id=4)
