"""The protective Telegram bot (python-telegram-bot): checks what a person forwards, pastes or exports.

Private chats: `/start`, `/help`, `/lang`, `/country`, `/helpline`, `/job`, `/new`; forwarded messages
build up one conversation per chat (until `/new`); a pasted text or an export file is checked as a
whole. Every answer gives the level, the tactics with the exact phrases, what to do now and a helpline,
plus a "report this anonymously" button that asks for confirmation before anything is filed.

Groups: each post is scored and never stored; risky ones are reported privately to the group's
admins. The bot never writes in the group, so nobody is shamed in public.
"""

from __future__ import annotations

import asyncio
import secrets
import time
import weakref
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from babel import Locale
from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
    Update,
    User,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import Forbidden, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from vigila.channels.telegram.checks import ChatMessage, Checks
from vigila.channels.telegram.render import NO_HELPLINE, h, render_assessment, render_group_alert
from vigila.channels.telegram.state import ChatState, StateStore
from vigila.core.errors import InputError
from vigila.core.types import Assessment, Level
from vigila.i18n import available_languages, gettext, language_name, normalize_language, translate
from vigila.logs import get_logger

log = get_logger("telegram.bot")

# Telegram's Bot API refuses downloads above 20 MB; exports are text, so a smaller cap is plenty.
MAX_EXPORT_BYTES = 20 * 1024 * 1024
MAX_BUFFERED_MESSAGES = 200
PENDING_TTL_SECONDS = 30 * 60
ADMIN_CACHE_SECONDS = 10 * 60

START = (
    "Hello! I am Vigila. I help you notice when a job offer, an agency or a new \"friend\" may be "
    "trying to recruit you for exploitation.\n\n"
    "Forward me a message you find suspicious, paste a conversation, or send me a chat export file "
    "(WhatsApp .txt or .zip, Telegram .json). I answer with the warning signs I find and what you can do.\n\n"
    "I do not keep what you send me, and nobody is told unless you ask me to send an anonymous report.\n\n"
    "/help shows all commands."
)
HELP = (
    "/job – check a job offer\n"
    "/helpline – a helpline in your country\n"
    "/country – set your country, for example /country ES\n"
    "/lang – change the language\n"
    "/new – start checking a new conversation\n\n"
    "Messages you forward one after another are checked together as one conversation, until you send /new. "
    "A pasted conversation or an export file is checked on its own."
)
FORWARD_FOOTER = "Messages checked in this conversation: {n}. Send /new to start a new one."
COUNTRY_HINT = "Tell me your country with /country, for example /country ES, for a local helpline."
COMMANDS = (
    ("job", "Check a job offer"),
    ("helpline", "A helpline in your country"),
    ("country", "Set your country"),
    ("lang", "Change the language"),
    ("new", "Start a new conversation"),
    ("help", "How to use Vigila"),
)


@dataclass
class _Pending:
    messages: list[ChatMessage]
    assessment: Assessment
    lang: str
    country: str | None


class _Bounded(OrderedDict[Any, Any]):
    """An LRU dict whose entries also expire: for data that must not outlive its purpose."""

    def __init__(self, max_items: int, ttl: float) -> None:
        super().__init__()
        self.max_items, self.ttl = max_items, ttl
        self._stamp: dict[Any, float] = {}

    def put(self, key: Any, value: Any) -> None:
        """Store `value`, dropping expired entries and, beyond `max_items`, the oldest ones."""
        self[key] = value
        self.move_to_end(key)
        now = time.monotonic()
        self._stamp[key] = now
        # Entries are in the order they were put, so the expired ones are all at the front.
        while self and (len(self) > self.max_items or now - self._stamp[next(iter(self))] > self.ttl):
            old, _ = self.popitem(last=False)
            self._stamp.pop(old, None)

    def fresh(self, key: Any) -> Any:
        """The value if present and not expired, else None."""
        if key not in self:
            return None
        if time.monotonic() - self._stamp[key] > self.ttl:
            self.drop(key)
            return None
        return self[key]

    def drop(self, key: Any) -> Any:
        """Remove and return the value (None when absent)."""
        self._stamp.pop(key, None)
        return self.pop(key, None)


class VigilaBot:
    """Handlers and their in-process helpers; `application()` wires them into PTB."""

    def __init__(self, checks: Checks, store: StateStore, *, max_chats: int = 50_000) -> None:
        self.checks = checks
        self.store = store
        # Report material waits here, in memory only, until the person confirms or it expires.
        self.pending = _Bounded(max_chats, PENDING_TTL_SECONDS)
        # Texts of forwarded messages, kept only so a report can include the whole conversation.
        self.forwarded = _Bounded(max_chats, PENDING_TTL_SECONDS)
        self.admins = _Bounded(10_000, ADMIN_CACHE_SECONDS)
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()
        self.reads_all_group_messages: bool | None = None

    # ---- helpers -------------------------------------------------------------------------------

    def _lock(self, chat_id: int) -> asyncio.Lock:
        lock = self._locks.get(chat_id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[chat_id] = lock
        return lock

    @staticmethod
    def lang_of(state: ChatState, user: User | None) -> str:
        """The chosen language, else the Telegram app's language, else English."""
        return normalize_language(state.lang or (user.language_code if user else None))

    @staticmethod
    def country_of(state: ChatState, user: User | None) -> str | None:
        """The chosen country, else the region of a regional language code such as pt-BR."""
        if state.country:
            return state.country
        code = (user.language_code or "") if user else ""
        region = code.replace("_", "-").partition("-")[2]
        return region.upper() if len(region) == 2 and region.isalpha() else None

    async def _send(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, text: str,
                    markup: InlineKeyboardMarkup | None = None) -> None:
        await context.bot.send_message(chat_id, text, parse_mode=ParseMode.HTML, reply_markup=markup,
                                       disable_web_page_preview=True)

    def _report_button(self, lang: str, messages: Sequence[ChatMessage], assessment: Assessment,
                       country: str | None, chat_id: int) -> InlineKeyboardMarkup:
        token = secrets.token_urlsafe(12)
        self.pending.put(token, (chat_id, _Pending(list(messages), assessment, lang, country)))
        label = translate("Report this anonymously", lang)
        return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=f"rep:{token}")]])

    async def _answer(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, state: ChatState,
                      user: User | None, messages: Sequence[ChatMessage], assessment: Assessment,
                      footer: str = "") -> None:
        lang, country = self.lang_of(state, user), self.country_of(state, user)
        helpline = self.checks.helpline(country, lang)
        if helpline and country is None:
            helpline += "\n" + translate(COUNTRY_HINT, lang)
        text = render_assessment(assessment, lang, self.checks, helpline)
        if footer:
            text += "\n\n" + h(footer)
        markup = None
        if Level(assessment.level) is not Level.NONE:
            markup = self._report_button(lang, messages, assessment, country, chat_id)
        await self._send(context, chat_id, text, markup)
        log.info("check", level=str(assessment.level), messages=len(messages))

    # ---- commands ------------------------------------------------------------------------------

    async def on_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/start: who Vigila is and how to use it."""
        chat, user = update.effective_chat, update.effective_user
        assert chat is not None
        state = await self.store.get(chat.id)
        await self._send(context, chat.id, h(translate(START, self.lang_of(state, user))))

    async def on_help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/help: the commands."""
        chat, user = update.effective_chat, update.effective_user
        assert chat is not None
        state = await self.store.get(chat.id)
        await self._send(context, chat.id, h(translate(HELP, self.lang_of(state, user))))

    async def on_lang(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/lang [code]: switch language, or offer the languages as buttons."""
        chat, user = update.effective_chat, update.effective_user
        assert chat is not None
        if context.args:
            await self._set_lang(context, chat.id, context.args[0])
            return
        state = await self.store.get(chat.id)
        buttons = [InlineKeyboardButton(language_name(code), callback_data=f"lang:{code}")
                   for code in available_languages()]
        markup = InlineKeyboardMarkup([buttons[i:i + 3] for i in range(0, len(buttons), 3)])
        await self._send(context, chat.id, h(translate("Choose your language:", self.lang_of(state, user))),
                         markup)

    async def _set_lang(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, code: str) -> None:
        async with self._lock(chat_id):
            state = await self.store.get(chat_id)
            lang = normalize_language(code)
            state.lang = lang
            await self.store.put(chat_id, state)
        await self._send(context, chat_id, h(translate("Language changed.", lang)))

    async def on_country(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/country XX: the country used for helplines."""
        chat, user = update.effective_chat, update.effective_user
        assert chat is not None
        async with self._lock(chat.id):
            state = await self.store.get(chat.id)
            lang = self.lang_of(state, user)
            if not context.args:
                text = translate("Send /country followed by the two-letter code of your country, "
                                 "for example /country ES.", lang)
            else:
                code = context.args[0].strip().upper()
                name = Locale.parse(lang).territories.get(code) if len(code) == 2 and code.isalpha() else None
                if name is None:
                    text = translate("I do not know the country code {code}. Use two letters, "
                                     "for example ES, PT, FR, RO or GB.", lang, code=code[:8])
                else:
                    state.country = code
                    await self.store.put(chat.id, state)
                    text = translate("Country set to {country}.", lang, country=name)
        await self._send(context, chat.id, h(text))

    async def on_helpline(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/helpline: the helpline for the person's country."""
        chat, user = update.effective_chat, update.effective_user
        assert chat is not None
        state = await self.store.get(chat.id)
        lang, country = self.lang_of(state, user), self.country_of(state, user)
        text = self.checks.helpline(country, lang) or translate(NO_HELPLINE, lang)
        if country is None:
            text += "\n\n" + translate(COUNTRY_HINT, lang)
        await self._send(context, chat.id, h(text))

    async def on_job(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/job [text]: check a job offer now, or the next text sent."""
        chat, user, msg = update.effective_chat, update.effective_user, update.effective_message
        assert chat is not None and msg is not None
        offer = (msg.text or "").partition(" ")[2].strip()
        if offer:
            await self._check_job(context, chat.id, user, offer)
            return
        async with self._lock(chat.id):
            state = await self.store.get(chat.id)
            state.awaiting = "job"
            await self.store.put(chat.id, state)
        await self._send(context, chat.id, h(translate(
            "Send me the text of the job offer now.", self.lang_of(state, user))))

    async def _check_job(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, user: User | None,
                         offer: str) -> None:
        state = await self.store.get(chat_id)
        lang = self.lang_of(state, user)
        assessment = self.checks.job(offer, lang)
        if assessment is None:
            await self._send(context, chat_id, h(translate(
                "Job offer checks are not available in this version yet. You can forward me the "
                "recruiter's messages instead.", lang)))
            return
        await self._answer(context, chat_id, state, user, [{"sender": "other", "text": offer}], assessment)

    async def on_new(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/new: forget the forwarded conversation."""
        chat, user = update.effective_chat, update.effective_user
        assert chat is not None
        async with self._lock(chat.id):
            state = await self.store.get(chat.id)
            state.monitor, state.forwarded, state.awaiting = None, 0, None
            await self.store.put(chat.id, state)
            self.forwarded.drop(chat.id)
        await self._send(context, chat.id, h(translate(
            "Done, I forgot the previous conversation. Forward or paste the next one.",
            self.lang_of(state, user))))

    # ---- private messages ----------------------------------------------------------------------

    @staticmethod
    def sender_of(msg: Message, user: User | None) -> str:
        """Who wrote a forwarded message: "user" when it was the person herself."""
        origin = msg.forward_origin
        if isinstance(origin, MessageOriginUser):
            if user is not None and origin.sender_user.id == user.id:
                return "user"
            return origin.sender_user.full_name
        if isinstance(origin, MessageOriginHiddenUser):
            return origin.sender_user_name
        if isinstance(origin, MessageOriginChat):
            return origin.sender_chat.title or "other"
        if isinstance(origin, MessageOriginChannel):
            return origin.chat.title or "other"
        return "other"

    async def on_private_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A forwarded message, a pasted conversation, or the offer after a bare /job."""
        chat, user, msg = update.effective_chat, update.effective_user, update.effective_message
        assert chat is not None and msg is not None
        text = msg.text or msg.caption or ""
        if not text.strip():
            return
        async with self._lock(chat.id):
            state = await self.store.get(chat.id)
            if state.awaiting == "job":
                state.awaiting = None
                await self.store.put(chat.id, state)
                await self._check_job(context, chat.id, user, text)
                return
            if msg.forward_origin is not None:
                await self._forwarded(context, chat.id, state, user, msg, text)
                return
        messages = self.checks.paste(text) or [{"sender": "other", "text": text}]
        assessment, _ = self.checks.conversation(messages)
        await self._answer(context, chat.id, state, user, messages, assessment)

    async def _forwarded(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, state: ChatState,
                         user: User | None, msg: Message, text: str) -> None:
        message: ChatMessage = {"sender": self.sender_of(msg, user), "text": text}
        origin = msg.forward_origin
        if origin is not None:
            message["ts"] = origin.date.isoformat()
        assessment, monitor = self.checks.conversation([message], state.monitor)
        # The stored state (possibly in Redis) keeps the risk, never the words of the messages.
        state.monitor = self.checks.forget_texts(monitor)
        state.forwarded += 1
        await self.store.put(chat_id, state)
        buffered: list[ChatMessage] = self.forwarded.fresh(chat_id) or []
        buffered = [*buffered, message][-MAX_BUFFERED_MESSAGES:]
        self.forwarded.put(chat_id, buffered)
        footer = translate(FORWARD_FOOTER, self.lang_of(state, user), n=state.forwarded)
        await self._answer(context, chat_id, state, user, buffered, assessment, footer)

    async def on_document(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A WhatsApp (.txt/.zip) or Telegram (.json) chat export."""
        chat, user, msg = update.effective_chat, update.effective_user, update.effective_message
        assert chat is not None and msg is not None and msg.document is not None
        state = await self.store.get(chat.id)
        lang = self.lang_of(state, user)
        doc = msg.document
        if (doc.file_size or 0) > MAX_EXPORT_BYTES:
            await self._send(context, chat.id, h(translate(
                "This file is too large (the limit is {mb} MB).", lang, mb=MAX_EXPORT_BYTES // 2**20)))
            return
        data = bytes(await (await doc.get_file()).download_as_bytearray())
        try:
            conversations = [c for c in self.checks.read_export(doc.file_name or "export.txt", data) if c]
            if not conversations:
                raise InputError("no messages in the export")
        except InputError:
            await self._send(context, chat.id, h(translate(
                "I could not read this file. Send a WhatsApp export (.txt or .zip) or a Telegram "
                "export (result.json).", lang)))
            return
        # A full-account Telegram export holds many chats: answer about the riskiest one.
        assessment, messages = max(
            ((self.checks.conversation(c)[0], c) for c in conversations), key=lambda pair: pair[0].risk)
        footer = translate("Messages read from the file: {n}.", lang, n=sum(len(c) for c in conversations))
        await self._answer(context, chat.id, state, user, messages, assessment, footer)

    # ---- report button -------------------------------------------------------------------------

    async def on_callback(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Language buttons and the two-step "report this anonymously"."""
        query, chat, user = update.callback_query, update.effective_chat, update.effective_user
        assert query is not None and chat is not None
        await query.answer()
        action, _, arg = (query.data or "").partition(":")
        if action == "lang":
            await self._set_lang(context, chat.id, arg)
            return
        state = await self.store.get(chat.id)
        lang = self.lang_of(state, user)
        entry = self.pending.fresh(arg)
        if entry is None or entry[0] != chat.id:
            await self._send(context, chat.id, h(translate(
                "This check has expired. Send the messages again to report them.", lang)))
            return
        pending: _Pending = entry[1]
        if action == "rep":
            markup = InlineKeyboardMarkup([[
                InlineKeyboardButton(translate("Yes, send the report", lang), callback_data=f"repok:{arg}"),
                InlineKeyboardButton(translate("Cancel", lang), callback_data=f"repno:{arg}"),
            ]])
            await self._send(context, chat.id, h(translate(
                "Send an anonymous report to the Vigila team? It contains the messages you checked ({n}) "
                "and this assessment, but not your name, phone number or Telegram account.",
                lang, n=len(pending.messages))), markup)
            return
        self.pending.drop(arg)
        if action == "repno":
            await self._send(context, chat.id, h(translate("Nothing was sent.", lang)))
            return
        try:
            # Triage, encryption and the database write take a while: keep other chats answered.
            receipt = await asyncio.to_thread(self.checks.report, pending.messages, pending.assessment,
                                              pending.lang, pending.country)
        except Exception as exc:  # the person must get an answer whatever failed in the store
            log.error("report_failed", error=type(exc).__name__)
            await self._send(context, chat.id, h(translate(
                "The report could not be sent right now. Please try again later.", lang)))
            return
        log.info("report_filed")
        await self._send(context, chat.id, h(translate(
            "Report sent. Your receipt code is:", lang)) + f"\n\n<code>{h(receipt)}</code>\n\n" + h(
            translate("Keep it somewhere safe: with it you can read the team's questions and answer them, "
                      "without an account. It is shown only once.", lang)))

    # ---- groups --------------------------------------------------------------------------------

    async def on_group_post(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Score a group post in memory and privately alert the admins if it is risky."""
        chat, msg = update.effective_chat, update.effective_message
        assert chat is not None and msg is not None
        text = msg.text or msg.caption or ""
        if not text.strip():
            return
        assessment, _ = self.checks.conversation([{"sender": "other", "text": text}])
        job = self.checks.job(text, normalize_language(None))
        if job is not None and job.risk > assessment.risk:
            assessment = job
        if Level(assessment.level).rank < Level.WARN.rank:
            return
        link = None
        if chat.username:
            link = f"https://t.me/{chat.username}/{msg.message_id}"
        elif str(chat.id).startswith("-100"):
            link = f"https://t.me/c/{str(chat.id)[4:]}/{msg.message_id}"
        delivered = 0
        for admin in await self._admins(context, chat.id):
            state = await self.store.get(admin.id)
            lang = self.lang_of(state, admin)
            text_out = render_group_alert(assessment, lang, self.checks, chat.title or "", link)
            try:
                await self._send(context, admin.id, text_out)
                delivered += 1
            except Forbidden:
                continue  # this admin never started the bot: Telegram forbids writing first
        log.info("group_alert", level=str(assessment.level), admins_reached=delivered)

    async def _admins(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> list[User]:
        cached = self.admins.fresh(chat_id)
        if cached is None:
            members = await context.bot.get_chat_administrators(chat_id)
            cached = [m.user for m in members if not m.user.is_bot]
            self.admins.put(chat_id, cached)
        return list(cached)

    # ---- wiring --------------------------------------------------------------------------------

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the failure's type only (never texts), and tell a private chat something went wrong."""
        log.error("handler_failed", error=type(context.error).__name__)
        if isinstance(update, Update) and update.effective_chat is not None \
                and update.effective_chat.type == ChatType.PRIVATE:
            state = await self.store.get(update.effective_chat.id)
            try:
                await self._send(context, update.effective_chat.id, h(translate(
                    "Something went wrong on my side. Please try again.",
                    self.lang_of(state, update.effective_user))))
            except TelegramError:
                return

    async def post_init(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """After getMe: note whether group posts are visible, and publish the command menu."""
        self.reads_all_group_messages = bool(app.bot.bot.can_read_all_group_messages)
        log.info("bot_started", bot=app.bot.username, reads_group_posts=self.reads_all_group_messages)
        if not self.reads_all_group_messages:
            log.warning("group_privacy_on", hint="disable privacy mode in @BotFather (/setprivacy) "
                        "or make the bot a group admin, or it sees only commands in groups")
        for lang in available_languages():
            _ = gettext(lang)
            commands = [BotCommand(name, _(desc)) for name, desc in COMMANDS]
            await app.bot.set_my_commands(commands, language_code=None if lang == "en" else lang)

    async def post_shutdown(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """Release the state store's connections."""
        await self.store.close()

    def application(self, token: str, base_url: str, *, concurrency: int = 64,
                    base_file_url: str | None = None) -> Application[Any, Any, Any, Any, Any, Any]:
        """A PTB application talking to the Bot API at `base_url` (token appended)."""
        private = filters.ChatType.PRIVATE
        app = (
            ApplicationBuilder()
            .token(token)
            .base_url(base_url)
            .base_file_url(base_file_url or base_url.replace("/bot", "/file/bot"))
            .concurrent_updates(concurrency)
            .connection_pool_size(max(8, concurrency))
            .post_init(self.post_init)
            .post_shutdown(self.post_shutdown)
            .build()
        )
        for name, handler in (("start", self.on_start), ("help", self.on_help), ("lang", self.on_lang),
                              ("country", self.on_country), ("helpline", self.on_helpline),
                              ("job", self.on_job), ("new", self.on_new)):
            app.add_handler(CommandHandler(name, handler, filters=private))
        app.add_handler(CallbackQueryHandler(self.on_callback, pattern=r"^(lang|rep|repok|repno):"))
        # A file sent with a caption must reach the export reader, not the text check.
        app.add_handler(MessageHandler(
            private & (filters.TEXT | filters.CAPTION) & ~filters.COMMAND & ~filters.Document.ALL,
            self.on_private_text))
        app.add_handler(MessageHandler(private & filters.Document.ALL, self.on_document))
        app.add_handler(MessageHandler(filters.ChatType.GROUPS & (filters.TEXT | filters.CAPTION)
                                       & ~filters.COMMAND, self.on_group_post))
        app.add_error_handler(self.on_error)
        return app
