"""The opt-in guardian: on the protected person's own account (Telethon), warn her about risky chats.

Each incoming private chat gets its own conversation monitor. When a chat first reaches `alert`, a
warning with the reasons and a helpline goes to her Saved Messages (and, if she chose one, a shorter
note to a trusted contact); it is sent again only after the chat calmed down and escalated anew.
Only what she receives is read. The session string, settings and per-chat risk state are kept on
her device only, encrypted with AES-GCM under a key from `vigila.security.keys`.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vigila.channels.telegram.checks import Checks
from vigila.channels.telegram.render import ADVICE, NO_HELPLINE, h, signal_lines
from vigila.core.errors import VigilaError
from vigila.core.types import Level
from vigila.i18n import gettext, normalize_language
from vigila.logs import get_logger
from vigila.security.keys import ensure_secret

log = get_logger("telegram.guardian")

KEY_NAME = "guardian"
NOT_LOGGED_IN = "no guardian session on this device: run `vigila guardian login` first"


class Vault:
    """Encrypted JSON documents in `<data_dir>/guardian/`, each bound to its name."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.dir = data_dir / "guardian"

    def _aead(self) -> AESGCM:
        return AESGCM(ensure_secret(self.data_dir, KEY_NAME))

    def save(self, name: str, doc: dict[str, Any]) -> None:
        """Encrypt and write atomically, so a crash never leaves half a session."""
        self.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        nonce = os.urandom(12)
        blob = nonce + self._aead().encrypt(nonce, json.dumps(doc).encode(), name.encode())
        tmp = self.dir / f".{name}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(blob)
        os.replace(tmp, self.dir / f"{name}.enc")

    def load(self, name: str) -> dict[str, Any] | None:
        """Decrypt a document; None when absent."""
        path = self.dir / f"{name}.enc"
        if not path.exists():
            return None
        blob = path.read_bytes()
        try:
            plain = self._aead().decrypt(blob[:12], blob[12:], name.encode())
        except (InvalidTag, ValueError):
            raise VigilaError(f"{path} cannot be decrypted with this device's key; "
                              "run `vigila guardian wipe` and log in again") from None
        data: dict[str, Any] = json.loads(plain)
        return data

    @property
    def paused(self) -> bool:
        """Whether the person paused the guardian (checked on every message, so it acts at once)."""
        return (self.dir / "paused").exists()

    def pause(self) -> None:
        """Stop warning until `resume`; messages arriving meanwhile are not read."""
        self.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        (self.dir / "paused").touch()

    def resume(self) -> None:
        """Warn again."""
        (self.dir / "paused").unlink(missing_ok=True)

    def wipe(self) -> bool:
        """Delete the session, settings, risk state and the key; True when there was something."""
        existed = self.dir.exists()
        shutil.rmtree(self.dir, ignore_errors=True)
        key = self.data_dir / "keys" / f"{KEY_NAME}.key"
        existed = existed or key.exists()
        key.unlink(missing_ok=True)
        return existed


@dataclass
class GuardianConfig:
    """What `guardian login` stores (encrypted): the session and the person's choices."""

    session: str
    api_id: int
    api_hash: str
    lang: str = "en"
    country: str | None = None
    trusted_contact: str | None = None

    @classmethod
    def load(cls, vault: Vault) -> GuardianConfig:
        """The stored configuration, or a one-line error telling how to log in."""
        doc = vault.load("config")
        if not doc or not doc.get("session"):
            raise VigilaError(NOT_LOGGED_IN)
        return cls(**{k: doc[k] for k in cls.__dataclass_fields__ if k in doc})

    def save(self, vault: Vault) -> None:
        """Store encrypted."""
        vault.save("config", self.__dict__)


class Guardian:
    """The message handler: one monitor state per private chat, one warning per escalation."""

    def __init__(self, checks: Checks, vault: Vault, config: GuardianConfig) -> None:
        self.checks = checks
        self.vault = vault
        self.config = config
        self.lang = normalize_language(config.lang)
        self.chats: dict[str, dict[str, Any]] = (vault.load("state") or {}).get("chats", {})

    async def on_message(self, event: Any) -> None:
        """Handle a Telethon `events.NewMessage.Event` for an incoming message."""
        if self.vault.paused or event.out or not event.is_private:
            return
        sender = await event.get_sender()
        if sender is None or getattr(sender, "bot", False) or getattr(sender, "is_self", False):
            return
        text = event.raw_text or ""
        if not text.strip():
            return
        key = str(event.chat_id)
        chat = self.chats.get(key, {})
        assessment, chat["monitor"] = self.checks.conversation(
            [{"sender": "other", "text": text}], chat.get("monitor"))
        level = Level(assessment.level)
        if level is Level.ALERT and not chat.get("alerted"):
            chat["alerted"] = True
            await self._warn(event.client, sender, assessment)
        elif level.rank < Level.WARN.rank:
            chat["alerted"] = False  # calmed down: a new escalation deserves a new warning
        self.chats[key] = chat
        self.vault.save("state", {"chats": self.chats})

    async def _warn(self, client: Any, sender: Any, assessment: Any) -> None:
        _ = gettext(self.lang)
        parts_of_name = (getattr(sender, "first_name", None), getattr(sender, "last_name", None))
        name = " ".join(p for p in parts_of_name if p)
        if getattr(sender, "username", None):
            name = f"{name} (@{sender.username})".strip()
        helpline = self.checks.helpline(self.config.country, self.lang) or _(NO_HELPLINE)
        lines = signal_lines(assessment, self.lang, self.checks)
        parts = [
            "<b>" + h(_("Vigila guardian: your chat with {name} shows strong signs of recruitment "
                        "for exploitation.").format(name=name or "?")) + "</b>",
            f"<b>{h(_('Warning signs:'))}</b>\n" + "\n".join(lines),
            f"<b>{h(_('What to do now:'))}</b>\n" + "\n".join(f"• {h(_(a))}" for a in ADVICE[Level.ALERT]),
            h(helpline),
        ]
        await client.send_message("me", "\n\n".join(parts), parse_mode="html")
        log.info("guardian_warning", level=str(assessment.level))
        if self.config.trusted_contact:
            # The contact learns the reasons, not the words of her private chat.
            tactics = sorted({self.checks.tactic_name(s.tactic, self.lang) for s in assessment.signals})
            note = "\n\n".join([
                h(_("Vigila guardian: a person who chose you as her trusted contact may be talking with "
                    "a recruiter. Please check on her, kindly and without judging.")),
                f"<b>{h(_('Warning signs:'))}</b>\n" + "\n".join(f"• {h(t)}" for t in tactics),
                h(helpline),
            ])
            try:
                await client.send_message(self.config.trusted_contact, note, parse_mode="html")
            except (ValueError, TypeError, OSError) as exc:  # unknown or unreachable contact
                log.warning("trusted_contact_unreachable", error=type(exc).__name__)


async def run_guardian(data_dir: Path, checks: Checks, *, catch_up: bool = False) -> None:
    """Connect with the stored session and watch incoming private chats until disconnected."""
    from telethon import TelegramClient, events
    from telethon.sessions import StringSession

    vault = Vault(data_dir)
    config = GuardianConfig.load(vault)
    guardian = Guardian(checks, vault, config)
    client = TelegramClient(StringSession(config.session), config.api_id, config.api_hash, catch_up=catch_up)
    try:
        await client.connect()
    except OSError as exc:
        raise VigilaError(f"cannot reach Telegram: {exc}") from None
    try:
        if not await client.is_user_authorized():
            raise VigilaError("the guardian session is no longer valid (logged out from another device?); "
                              "run `vigila guardian login` again")
        client.add_event_handler(guardian.on_message, events.NewMessage(incoming=True))
        log.info("guardian_started", paused=vault.paused)
        await client.run_until_disconnected()
    finally:
        await client.disconnect()


async def login_guardian(
    data_dir: Path, api_id: int, api_hash: str, phone: str, *, code: Any, password: Any,
    lang: str = "en", country: str | None = None, trusted_contact: str | None = None,
) -> str:
    """Sign in with the phone's login code (and 2FA password), store the session encrypted; her name."""
    from telethon import TelegramClient
    from telethon.sessions import StringSession

    client = TelegramClient(StringSession(), api_id, api_hash)
    try:
        await client.start(phone=phone, code_callback=code, password=password)
        me = await client.get_me()
        session = client.session.save()
    finally:
        await client.disconnect()
    GuardianConfig(session, api_id, api_hash, normalize_language(lang), country, trusted_contact).save(
        Vault(data_dir))
    return str(getattr(me, "first_name", "") or "")
