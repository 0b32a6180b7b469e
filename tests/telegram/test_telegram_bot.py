"""The real python-telegram-bot against the fake Bot API: the exact sendMessage calls the bot makes."""

from __future__ import annotations

import asyncio
import io
import json
import re
import zipfile

import pytest
from tg_fake_botapi import FakeBotAPI
from tg_helpers import Running, start_bot, stop_bot

from vigila.channels.telegram import checks as checks_module
from vigila.channels.telegram.bot import HELP, START, VigilaBot
from vigila.channels.telegram.render import HEADLINES
from vigila.channels.telegram.state import MemoryStateStore
from vigila.core.types import Level
from vigila.i18n import translate
from vigila.reports.service import ReportService
from vigila.store.db import Store

WHATSAPP = (
    "12/03/2025, 21:04 - Marco: Hola guapa, tengo un trabajo de hostess en Dubái\n"
    "12/03/2025, 21:05 - Ana: ¿De verdad? ¿Qué hay que hacer?\n"
    "12/03/2025, 21:06 - Marco: Te pagamos el ticket, solo mándame foto del passport\n"
    "12/03/2025, 21:07 - Marco: y don't tell your family, es sorpresa\n"
)


async def test_start_in_spanish_is_the_exact_catalog_text(running: Running) -> None:
    running.fake.push_text(501, "/start", lang="es")
    [sent] = await running.fake.wait_sent(1)
    assert sent["chat_id"] == 501
    assert sent["parse_mode"] == "HTML"
    assert sent["text"] == translate(START, "es")
    assert sent["text"].startswith("¡Hola! Soy Vigila.")


async def test_help_follows_lang_switch(running: Running) -> None:
    running.fake.push_text(502, "/lang pt", lang="en")
    running.fake.push_text(502, "/help", lang="en")
    first, second = await running.fake.wait_sent(2)
    assert first["text"] == translate("Language changed.", "pt")
    assert second["text"] == translate(HELP, "pt")


async def test_lang_buttons_then_choice(running: Running) -> None:
    running.fake.push_text(503, "/lang")
    [menu] = await running.fake.wait_sent(1)
    codes = [b["callback_data"] for row in menu["reply_markup"]["inline_keyboard"] for b in row]
    assert set(codes) == {"lang:en", "lang:es", "lang:pt", "lang:fr", "lang:ro"}
    running.fake.push_callback(503, "lang:ro")
    sent = await running.fake.wait_sent(2)
    assert sent[1]["text"] == translate("Language changed.", "ro")
    assert running.fake.calls_to("answerCallbackQuery")


async def test_forwarded_messages_build_one_conversation(running: Running) -> None:
    fake = running.fake
    fake.push_forward(510, "Hi! Hostess work in Dubai, 3000 a month")
    [first] = await fake.wait_sent(1)
    assert first["text"].startswith("<b>" + HEADLINES[Level.WATCH] + "</b>")
    assert "«Hostess»" in first["text"]
    assert first["text"].endswith("Messages checked in this conversation: 1. Send /new to start a new one.")
    fake.push_forward(510, "We pay your ticket. Send me a photo of your passport")
    second = (await fake.wait_sent(2))[1]
    text = second["text"]
    assert text.startswith("<b>" + HEADLINES[Level.ALERT] + "</b>")
    # the exact phrases, each under its tactic
    assert "«passport»" in text and "«ticket»" in text
    assert "<b>What to do now:</b>" in text
    assert "Do not send your passport, ID or photos" in text
    # no country known: the international fallback and a hint to set one
    assert "📞 Emergency services" in text and "/country" in text
    assert "Messages checked in this conversation: 2." in text
    [[button]] = second["reply_markup"]["inline_keyboard"]
    assert button["text"] == "Report this anonymously"
    assert button["callback_data"].startswith("rep:")


async def test_new_forgets_the_forwarded_conversation(running: Running) -> None:
    fake = running.fake
    fake.push_forward(511, "send your passport")
    fake.push_text(511, "/new")
    fake.push_forward(511, "hello there")
    sent = await fake.wait_sent(3)
    assert sent[1]["text"] == translate(
        "Done, I forgot the previous conversation. Forward or paste the next one.", "en")
    assert sent[2]["text"].startswith("<b>" + HEADLINES[Level.NONE] + "</b>")
    assert "Messages checked in this conversation: 1." in sent[2]["text"]
    assert "reply_markup" not in sent[2]  # nothing to report


async def test_report_needs_explicit_confirmation_and_returns_receipt(running: Running) -> None:
    fake, checks = running.fake, running.checks
    fake.push_text(520, "/country ES")
    fake.push_forward(520, "We pay the ticket, give me your passport and don't tell anyone, +34 612 345 678")
    sent = await fake.wait_sent(2)
    assert sent[0]["text"] == "Country set to Spain."
    assert "📞 Policía Nacional: línea contra la trata de seres humanos" in sent[1]["text"]
    token = sent[1]["reply_markup"]["inline_keyboard"][0][0]["callback_data"].partition(":")[2]
    fake.push_callback(520, f"rep:{token}")
    confirm = (await fake.wait_sent(3))[2]
    assert confirm["text"].startswith("Send an anonymous report to the Vigila team? It contains the messages "
                                      "you checked (1)")
    yes, cancel = confirm["reply_markup"]["inline_keyboard"][0]
    assert (yes["callback_data"], cancel["callback_data"]) == (f"repok:{token}", f"repno:{token}")
    service = ReportService(Store.from_settings(checks.settings), checks.settings)
    assert service.queue() == []  # nothing filed before the confirmation
    fake.push_callback(520, f"repok:{token}")
    receipt = (await fake.wait_sent(4, timeout=30))[3]
    code = re.search(r"<code>([^<]+)</code>", receipt["text"])
    assert code is not None and receipt["text"].startswith("Report sent. Your receipt code is:")
    assert service.lookup(code.group(1)).status == "new"  # the reporter can follow up with the code
    [case] = service.queue()
    assert [r.country for r in case.reports] == ["ES"]
    fake.push_callback(520, f"repok:{token}")  # a second press files nothing twice
    again = (await fake.wait_sent(5))[4]
    assert again["text"] == "This check has expired. Send the messages again to report them."
    assert len(service.queue()) == 1


async def test_report_can_be_cancelled(running: Running) -> None:
    fake = running.fake
    fake.push_text(521, "my passport is with the boss, don't tell")
    sent = await fake.wait_sent(1)
    token = sent[0]["reply_markup"]["inline_keyboard"][0][0]["callback_data"].partition(":")[2]
    fake.push_callback(521, f"repno:{token}")
    assert (await fake.wait_sent(2))[1]["text"] == "Nothing was sent."
    settings = running.checks.settings
    assert ReportService(Store.from_settings(settings), settings).queue() == []


async def test_pasted_whatsapp_conversation(running: Running) -> None:
    running.fake.push_text(530, WHATSAPP, lang="es")
    [sent] = await running.fake.wait_sent(1)
    assert sent["text"].startswith("<b>" + translate(HEADLINES[Level.ALERT], "es") + "</b>")
    assert "«passport»" in sent["text"] and "«don't tell»" in sent["text"]


async def test_export_file_txt_and_zip(running: Running) -> None:
    fake = running.fake
    fake.push_document(540, "WhatsApp Chat with Marco.txt", WHATSAPP.encode())
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("_chat.txt", WHATSAPP.replace("\n", "\r\n"))
    fake.push_document(540, "WhatsApp Chat - Marco.zip", buf.getvalue())
    first, second = await fake.wait_sent(2)
    for sent in (first, second):
        assert sent["text"].startswith("<b>" + HEADLINES[Level.ALERT] + "</b>")
        assert sent["text"].endswith("Messages read from the file: 4.")
        assert sent["reply_markup"]["inline_keyboard"][0][0]["text"] == "Report this anonymously"
    assert len(fake.calls_to("getFile")) == 2


async def test_telegram_json_export(running: Running) -> None:
    export = {"name": "Agency", "type": "personal_chat", "id": 9, "messages": [
        {"id": 1, "type": "message", "date": "2025-01-01T10:00:00", "from": "Agency", "from_id": "user9",
         "text": "We pay your ticket"},
        {"id": 2, "type": "message", "date": "2025-01-01T10:01:00", "from": "Agency", "from_id": "user9",
         "text": [{"type": "bold", "text": "passport"}, " photo please"]}]}
    running.fake.push_document(541, "result.json", json.dumps(export).encode())
    [sent] = await running.fake.wait_sent(1)
    assert sent["text"].startswith("<b>" + HEADLINES[Level.ALERT] + "</b>")
    assert "«passport»" in sent["text"]
    assert sent["text"].endswith("Messages read from the file: 2.")


async def test_unreadable_file_gets_one_clear_answer(running: Running) -> None:
    running.fake.push_document(542, "photo.png", b"\x89PNG\r\n\x1a\n....")
    [sent] = await running.fake.wait_sent(1)
    assert sent["text"] == translate(
        "I could not read this file. Send a WhatsApp export (.txt or .zip) or a Telegram export "
        "(result.json).", "en")


async def test_job_command_inline_and_next_message(running: Running) -> None:
    fake = running.fake
    fake.push_text(550, "/job Hostess in Dubai, we pay your ticket, no experience, 5000 euros a month, "
                        "send photos")
    fake.push_text(550, "/job")
    fake.push_text(550, "Software engineer, Python, Madrid office, permanent contract, salary 45k")
    sent = await fake.wait_sent(3, timeout=30)
    text = sent[0]["text"]
    assert text.startswith("<b>" + HEADLINES[Level.ALERT] + "</b>")
    assert "«we pay your ticket»" in text and "«send photos»" in text  # the exact phrases
    assert "fraud probability" in text  # the assessor's own explanation
    assert sent[0]["reply_markup"]["inline_keyboard"][0][0]["text"] == "Report this anonymously"
    assert sent[1]["text"] == "Send me the text of the job offer now."
    assert sent[2]["text"].startswith("<b>" + HEADLINES[Level.NONE] + "</b>")
    assert "reply_markup" not in sent[2]


async def test_helpline_by_country_and_language_region(running: Running) -> None:
    fake = running.fake
    fake.push_text(560, "/helpline", lang="pt-br")
    fake.push_text(561, "/country XX", lang="fr")
    sent = await fake.wait_sent(2)
    by_chat = {s["chat_id"]: s["text"] for s in sent}
    assert by_chat[560].startswith("📞 Disque 100: Direitos Humanos")
    assert by_chat[561] == translate("I do not know the country code {code}. Use two letters, for example "
                                     "ES, PT, FR, RO or GB.", "fr", code="XX")


async def test_group_post_alerts_admins_privately_and_never_the_group(running: Running) -> None:
    fake = running.fake
    group = -1001234567890
    fake.admins[group] = [
        {"status": "creator", "is_anonymous": False, "user": fake.user(901, "es", "Lucía")},
        {"status": "administrator", "user": fake.user(902, None, "Ion"), **_admin_rights()},
        {"status": "administrator", "user": {"id": 903, "is_bot": True, "first_name": "OtherBot"},
         **_admin_rights()},
    ]
    fake.forbidden.add(902)  # this admin never started the bot
    fake.push_group(group, "Hola", user_id=77)
    fake.push_group(group, "Hostess work abroad! We pay the ticket, bring your passport", user_id=77)
    [alert] = await fake.wait_sent(1)
    await asyncio.sleep(0.3)
    assert [s["chat_id"] for s in fake.sent] == [901]  # only the reachable human admin; never the group
    headline = translate("A post in “{group}” shows warning signs ({level}).", "es")
    assert alert["text"].startswith(
        "<b>" + headline.format(group="Jobs abroad", level=translate("high risk", "es")) + "</b>")
    assert "https://t.me/c/1234567890/" in alert["text"]
    assert "«passport»" in alert["text"]
    assert all(s["chat_id"] != group for s in fake.sent)
    assert running.bot.admins.fresh(group) is not None  # admins cached, the post itself is not kept


async def test_start_up_reads_privacy_mode_and_publishes_commands(checks: object) -> None:
    fake = FakeBotAPI(reads_all_group_messages=False)
    bot = VigilaBot(checks, MemoryStateStore())  # type: ignore[arg-type]
    app = await start_bot(fake, bot)
    try:
        assert bot.reads_all_group_messages is False
        menus = fake.calls_to("setMyCommands")
        assert {m.get("language_code") for m in menus} == {None, "es", "pt", "fr", "ro"}
        es = next(m for m in menus if m.get("language_code") == "es")
        assert {"command": "job", "description": translate("Check a job offer", "es")} in es["commands"]
    finally:
        await stop_bot(fake, app)


async def test_many_chats_in_parallel_keep_their_order(running: Running) -> None:
    fake = running.fake
    for i in range(5):
        for chat in range(600, 620):
            fake.push_forward(chat, f"message {i}")
    await fake.wait_sent(100, timeout=30)
    for chat in range(600, 620):
        counts = [s["text"].rpartition("conversation: ")[2].split(".")[0]
                  for s in fake.sent if s["chat_id"] == chat]
        assert counts == ["1", "2", "3", "4", "5"]


def _admin_rights() -> dict[str, bool]:
    rights = ("can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages",
              "can_manage_video_chats", "can_restrict_members", "can_promote_members", "can_change_info",
              "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories")
    return dict.fromkeys(rights, False)


async def test_job_without_an_assessor_says_so(running: Running, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checks_module, "_job_assessor", lambda: None)
    running.fake.push_text(551, "/job Hostess in Dubai", lang="es")
    [sent] = await running.fake.wait_sent(1)
    assert sent["text"] == translate("Job offer checks are not available in this version yet. You can "
                                     "forward me the recruiter's messages instead.", "es")
