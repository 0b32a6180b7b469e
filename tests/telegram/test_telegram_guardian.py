"""The guardian: encrypted session at rest, one warning per escalation, pause, wipe; real Telethon offline."""

from __future__ import annotations

import asyncio
import contextlib
import re
from pathlib import Path
from typing import Any

import pytest
from telethon import TelegramClient, events
from telethon.sessions import MemorySession, StringSession
from telethon.tl import functions, types
from tg_fake_mtproto import FakeMTProtoServer
from tg_helpers import ScriptedChecks

from vigila.channels.telegram.checks import VigilaChecks
from vigila.channels.telegram.guardian import Guardian, GuardianConfig, Vault, run_guardian
from vigila.core.errors import VigilaError
from vigila.core.types import Level
from vigila.i18n import translate
from vigila.settings import Settings

STRONG_EN = ("Hostess job in Dubai, 3000 euros a month, we pay your flight and visa, you repay the debt "
             "from your salary, the boss keeps your passport, don't tell your family")
ME = types.User(id=1001, is_self=True, access_hash=11, first_name="Maria")
AGENCY = types.User(id=2002, access_hash=22, first_name="Agency", username="jobs_abroad")
FRIEND = types.User(id=3003, access_hash=33, first_name="Elena", username="elena_trusted")


@pytest.fixture
def guardian_settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data")


def test_vault_encrypts_at_rest_and_detects_tampering(guardian_settings: Settings) -> None:
    vault = Vault(guardian_settings.data_dir)
    secret_session = "1BVtsOK8Bu" + "x" * 300
    GuardianConfig(secret_session, 1, "0" * 32, "es").save(vault)
    blob = (vault.dir / "config.enc").read_bytes()
    assert secret_session.encode() not in blob and b"1BVtsOK8Bu" not in blob
    assert (vault.dir / "config.enc").stat().st_mode & 0o777 == 0o600
    assert GuardianConfig.load(vault).session == secret_session
    (vault.dir / "config.enc").write_bytes(blob[:-1] + bytes([blob[-1] ^ 1]))
    with pytest.raises(VigilaError, match="cannot be decrypted"):
        GuardianConfig.load(vault)


def test_missing_session_is_one_clear_error(guardian_settings: Settings) -> None:
    with pytest.raises(VigilaError, match="run `vigila guardian login` first"):
        GuardianConfig.load(Vault(guardian_settings.data_dir))


def test_wipe_removes_session_state_and_key(guardian_settings: Settings) -> None:
    vault = Vault(guardian_settings.data_dir)
    GuardianConfig("s", 1, "h").save(vault)
    vault.save("state", {"chats": {"1": {"alerted": True}}})
    vault.pause()
    assert vault.wipe() is True
    assert not vault.dir.exists()
    assert not (guardian_settings.data_dir / "keys" / "guardian.key").exists()
    assert vault.wipe() is False


class RecordingClient(TelegramClient):
    """A real, never connected TelegramClient whose send_message only records (no network)."""

    def __init__(self) -> None:
        super().__init__(MemorySession(), 1, "0" * 32)
        self.sent: list[tuple[Any, str]] = []

    async def send_message(self, entity: Any, message: Any = "", **kwargs: Any) -> Any:  # type: ignore[override]
        self.sent.append((entity, message))


def _event(client: RecordingClient, sender: types.User, text: str, msg_id: int, out: bool = False) -> Any:
    """A Telethon NewMessage event for a private message, built as Telethon builds it from an update."""
    msg = types.Message(id=msg_id, peer_id=types.PeerUser(sender.id), from_id=types.PeerUser(sender.id),
                        date=None, message=text, out=out)
    event = events.NewMessage.Event(msg)
    event._entities = {sender.id: sender}
    event._set_client(client)
    return event


async def test_warning_with_reasons_pause_and_encrypted_state(guardian_settings: Settings) -> None:
    vault = Vault(guardian_settings.data_dir)
    config = GuardianConfig("s", 1, "h", lang="es", country="ES", trusted_contact="@elena_trusted")
    guardian = Guardian(VigilaChecks(guardian_settings), vault, config)
    client = RecordingClient()
    await guardian.on_message(_event(client, AGENCY, "Hola, ¿qué tal?", 1))
    assert client.sent == []
    offer = ("El jefe se queda con tu pasaporte hasta que pagues la deuda del viaje. No se lo digas a tu "
             "familia y borra los mensajes.")
    await guardian.on_message(_event(client, AGENCY, offer, 2))
    assert [to for to, _ in client.sent] == ["me", "@elena_trusted"]
    warning, note = client.sent[0][1], client.sent[1][1]
    headline = translate("Vigila guardian: your chat with {name} shows strong signs of recruitment for "
                         "exploitation.", "es").format(name="Agency (@jobs_abroad)")
    assert warning.startswith(f"<b>{headline}</b>")
    assert "«" in warning and all(q.rstrip("…") in offer for q in re.findall(r"«([^»]+)»", warning))
    assert "900 10 50 90" in warning  # the helpline of her country
    assert "• " in note and "«" not in note and "pasaporte hasta" not in note  # reasons, not her messages
    await guardian.on_message(_event(client, AGENCY, "Mándame foto del pasaporte", 3))
    assert len(client.sent) == 2  # the same escalation is not warned about twice
    await guardian.on_message(_event(client, AGENCY, "vale, no se lo digo a nadie", 4, out=True))
    assert len(client.sent) == 2  # her own (outgoing) messages are not read
    vault.pause()
    await guardian.on_message(_event(client, FRIEND, offer, 5))
    assert len(client.sent) == 2 and str(FRIEND.id) not in guardian.chats  # paused: not even read
    vault.resume()
    await guardian.on_message(_event(client, FRIEND, offer, 6))
    assert len(client.sent) == 4
    restored = Guardian(VigilaChecks(guardian_settings), vault, config)  # state survives, encrypted
    assert restored.chats[str(AGENCY.id)]["alerted"] is True
    assert b"pasaporte" not in (vault.dir / "state.enc").read_bytes()


@pytest.mark.parametrize(("levels", "warnings"), [
    ([Level.ALERT, Level.ALERT, Level.WARN, Level.ALERT], 1),  # warn is not calm: same escalation
    ([Level.ALERT, Level.WATCH, Level.ALERT, Level.NONE, Level.ALERT], 3),  # calmed down, escalated again
    ([Level.WATCH, Level.WARN, Level.WARN], 0),
])
async def test_one_warning_per_escalation(guardian_settings: Settings, levels: list[Level],
                                          warnings: int) -> None:
    vault = Vault(guardian_settings.data_dir)
    guardian = Guardian(ScriptedChecks(guardian_settings, levels), vault, GuardianConfig("s", 1, "h"))
    client = RecordingClient()
    for i in range(len(levels)):
        await guardian.on_message(_event(client, AGENCY, f"message {i}", i + 1))
    assert len(client.sent) == warnings


async def test_run_guardian_against_fake_mtproto_server(guardian_settings: Settings) -> None:
    """The real Telethon client: session decrypted from the vault, messages pushed, warning sent."""
    srv = FakeMTProtoServer(ME, [AGENCY, FRIEND])
    port = await srv.start()
    session = StringSession()
    session.set_dc(2, "127.0.0.1", port)
    session.auth_key = srv.auth_key
    vault = Vault(guardian_settings.data_dir)
    GuardianConfig(session.save(), 1, "0" * 32, "en", None, "@elena_trusted").save(vault)
    task = asyncio.create_task(run_guardian(guardian_settings.data_dir, VigilaChecks(guardian_settings)))
    try:
        await asyncio.wait_for(srv.client_ready.wait(), 10)
        srv.push_private_message(AGENCY, "Hi! How are you today?")
        srv.push_private_message(AGENCY, STRONG_EN)
        to_me, to_friend = await srv.wait_sends(2, timeout=20)
        assert isinstance(to_me.peer, types.InputPeerSelf)  # her Saved Messages
        assert to_me.message.startswith("Vigila guardian: your chat with Agency (@jobs_abroad) shows strong")
        assert "«" in to_me.message and "112" in to_me.message
        assert isinstance(to_friend.peer, types.InputPeerUser) and to_friend.peer.user_id == FRIEND.id
        assert "«" not in to_friend.message and "Travel or visa paid in advance" in to_friend.message
        assert any(isinstance(r, functions.contacts.ResolveUsernameRequest) for r in srv.sent)
        srv.push_private_message(AGENCY, "Delete these messages")
        await asyncio.sleep(1.0)
        assert len(srv.sends()) == 2  # the same escalation is not warned about twice
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await srv.stop()
