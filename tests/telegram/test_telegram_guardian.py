"""The guardian: encrypted session at rest, one warning per escalation, pause, wipe; real Telethon offline."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import Any

import pytest
from telethon import TelegramClient, events
from telethon.sessions import MemorySession, StringSession
from telethon.tl import functions, types
from tg_fake_mtproto import FakeMTProtoServer
from tg_helpers import RecordingChecks

from vigila.channels.telegram.guardian import Guardian, GuardianConfig, Vault, run_guardian
from vigila.core.errors import VigilaError
from vigila.i18n import translate
from vigila.settings import Settings

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


async def test_one_warning_per_escalation_and_pause(guardian_settings: Settings) -> None:
    vault = Vault(guardian_settings.data_dir)
    config = GuardianConfig("s", 1, "h", lang="es", country="ES", trusted_contact="@elena_trusted")
    guardian = Guardian(RecordingChecks(guardian_settings), vault, config)
    client = RecordingClient()
    await guardian.on_message(_event(client, AGENCY, "Trabajo de hostess, te pagamos el ticket", 1))
    assert client.sent == []  # risk is rising, not yet an alert
    await guardian.on_message(_event(client, AGENCY, "Mándame foto del passport", 2))
    assert [to for to, _ in client.sent] == ["me", "@elena_trusted"]
    warning, note = client.sent[0][1], client.sent[1][1]
    headline = translate("Vigila guardian: your chat with {name} shows strong signs of recruitment for "
                         "exploitation.", "es").format(name="Agency (@jobs_abroad)")
    assert warning.startswith(f"<b>{headline}</b>")
    assert "«passport»" in warning and "900 10 50 90" in warning  # reasons, phrases and helpline
    assert "passport»" not in note and "Travel paid" not in note  # the contact gets no quotes
    assert "Document retention" in note or "document" in note.lower()
    await guardian.on_message(_event(client, AGENCY, "Y no se lo digas a nadie, don't tell", 3))
    assert len(client.sent) == 2  # still the same escalation: no second warning
    # her own messages and other people's outgoing copies are never read
    await guardian.on_message(_event(client, AGENCY, "passport passport", 4, out=True))
    assert len(client.sent) == 2
    vault.pause()
    await guardian.on_message(_event(client, FRIEND, "passport ticket don't tell", 5))
    assert len(client.sent) == 2 and str(FRIEND.id) not in guardian.chats
    vault.resume()
    await guardian.on_message(_event(client, FRIEND, "passport ticket don't tell", 6))
    assert len(client.sent) == 4
    # the state on disk is encrypted and restores into a new guardian
    restored = Guardian(RecordingChecks(guardian_settings), vault, config)
    assert restored.chats[str(AGENCY.id)]["alerted"] is True
    assert b"passport" not in (vault.dir / "state.enc").read_bytes()


async def test_run_guardian_against_fake_mtproto_server(guardian_settings: Settings) -> None:
    """The real Telethon client: session decrypted from the vault, messages pushed, warning sent."""
    srv = FakeMTProtoServer(ME, [AGENCY, FRIEND])
    port = await srv.start()
    session = StringSession()
    session.set_dc(2, "127.0.0.1", port)
    session.auth_key = srv.auth_key
    vault = Vault(guardian_settings.data_dir)
    GuardianConfig(session.save(), 1, "0" * 32, "en", None, "@elena_trusted").save(vault)
    task = asyncio.create_task(run_guardian(guardian_settings.data_dir, RecordingChecks(guardian_settings)))
    try:
        await asyncio.wait_for(srv.client_ready.wait(), 10)
        srv.push_private_message(AGENCY, "Hostess job, we pay your ticket")
        srv.push_private_message(AGENCY, "send me a photo of your passport")
        sends = await srv.wait_sends(2, timeout=15)
        to_me, to_friend = sends[0], sends[1]
        assert isinstance(to_me.peer, types.InputPeerSelf)
        assert "Vigila guardian: your chat with Agency (@jobs_abroad)" in to_me.message
        assert "passport" in to_me.message and "112" in to_me.message
        assert isinstance(to_friend.peer, types.InputPeerUser) and to_friend.peer.user_id == FRIEND.id
        assert any(isinstance(r, functions.contacts.ResolveUsernameRequest) for r in srv.sent)
        srv.push_private_message(AGENCY, "and don't tell your family")
        await asyncio.sleep(1.0)
        assert len(srv.sends()) == 2  # the same escalation is not warned about twice
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await srv.stop()
