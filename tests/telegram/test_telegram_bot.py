"""The real python-telegram-bot against the fake Bot API: the exact sendMessage calls the bot makes."""

from __future__ import annotations

import asyncio
import io
import json
import re
import zipfile
from typing import Any

import pytest
from tg_fake_botapi import FakeBotAPI
from tg_helpers import Running, start_bot, stop_bot

from vigila.channels.telegram import checks as checks_module
from vigila.channels.telegram.bot import COUNTRY_HINT, FORWARD_FOOTER, VigilaBot
from vigila.channels.telegram.checks import ChatMessage, VigilaChecks
from vigila.channels.telegram.render import HEADLINES, h, render_assessment
from vigila.channels.telegram.state import MemoryStateStore
from vigila.core.types import Assessment, Level
from vigila.i18n import translate
from vigila.reports.service import ReportService
from vigila.store.db import Store

# Strong, many-tactic messages: the monitor's calibration may move, these must stay risky.
STRONG_EN = ("Hostess job in Dubai, 3000 euros a month, we pay your flight and visa, you repay the debt "
             "from your salary, the boss keeps your passport, don't tell your family")
STRONG_ES = ("El jefe se queda con tu pasaporte hasta que pagues la deuda del viaje. No se lo digas a tu "
             "familia y borra los mensajes.")
WHATSAPP = (
    "12/03/2025, 21:04 - Marco: Hola guapa, tengo un trabajo de camarera en Dubái, 3000 euros al mes\n"
    "12/03/2025, 21:05 - Ana: ¿De verdad? ¿Qué hay que hacer?\n"
    f"12/03/2025, 21:06 - Marco: {STRONG_ES}\n"
    "12/03/2025, 21:07 - Marco: Te pagamos el billete, solo mándame foto del pasaporte\n"
)


def expected(checks: VigilaChecks, messages: list[ChatMessage], lang: str = "en", country: str | None = None,
             state: dict[str, Any] | None = None, footer: str = "") -> tuple[str, Assessment]:
    """The answer the bot must send, built from the real monitor's assessment of the same messages."""
    assessment, _ = checks.conversation(messages, state)
    helpline = checks.helpline(country, lang) or ""
    if country is None:
        helpline += "\n" + translate(COUNTRY_HINT, lang)
    text = render_assessment(assessment, lang, checks, helpline)
    return text + (f"\n\n{h(footer)}" if footer else ""), assessment


def quoted(text: str) -> list[str]:
    return re.findall(r"«([^»]+)»", text)


async def test_forwarded_messages_build_one_conversation(running: Running) -> None:
    fake, checks = running.fake, running.checks
    first_msg = {"sender": "Recruiter", "text": "Hi! How are you today?"}
    fake.push_forward(510, first_msg["text"])
    [first] = await fake.wait_sent(1)
    want, _ = expected(checks, [first_msg], footer=translate(FORWARD_FOOTER, "en", n=1))
    assert first["text"] == want
    assert first["text"].startswith("<b>" + HEADLINES[Level.NONE] + "</b>")
    assert "reply_markup" not in first
    fake.push_forward(510, STRONG_EN)
    second = (await fake.wait_sent(2))[1]
    _, state = checks.conversation([first_msg])
    want, assessment = expected(checks, [{"sender": "Recruiter", "text": STRONG_EN}],
                                state=checks.forget_texts(state), footer=translate(FORWARD_FOOTER, "en", n=2))
    assert second["text"] == want
    text = second["text"]
    assert Level(assessment.level).rank >= Level.WARN.rank
    assert text.startswith("<b>" + HEADLINES[Level(assessment.level)] + "</b>")
    assert quoted(text) and all(q.rstrip("…") in STRONG_EN for q in quoted(text))  # the exact phrases
    assert "<b>What to do now:</b>" in text and "Do not send your passport, ID or photos" in text
    assert "📞 Emergency services" in text and "/country" in text  # no country known yet
    assert text.endswith("Messages checked in this conversation: 2. Send /new to start a new one.")
    [[button]] = second["reply_markup"]["inline_keyboard"]
    assert button["text"] == "Report this anonymously"
    assert button["callback_data"].startswith("rep:")
    state_json = (await running.bot.store.get(510)).to_json()  # risk kept, never the words
    assert "passport" not in state_json and "How are you" not in state_json


async def test_new_forgets_the_forwarded_conversation(running: Running) -> None:
    fake = running.fake
    fake.push_forward(511, STRONG_EN)
    fake.push_text(511, "/new")
    fake.push_forward(511, "hello there")
    sent = await fake.wait_sent(3)
    assert sent[0]["text"].startswith("<b>" + HEADLINES[Level.ALERT] + "</b>")
    assert sent[1]["text"] == translate(
        "Done, I forgot the previous conversation. Forward or paste the next one.", "en")
    assert sent[2]["text"].startswith("<b>" + HEADLINES[Level.NONE] + "</b>")
    assert "Messages checked in this conversation: 1." in sent[2]["text"]
    assert "reply_markup" not in sent[2]  # nothing to report


async def test_report_needs_explicit_confirmation_and_returns_receipt(running: Running) -> None:
    fake, checks = running.fake, running.checks
    fake.push_text(520, "/country ES")
    fake.push_forward(520, STRONG_EN + ", call +34 612 345 678")
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
    checks = running.checks
    running.fake.push_text(530, WHATSAPP, lang="es")
    [sent] = await running.fake.wait_sent(1)
    messages = checks.paste(WHATSAPP)
    assert [m["sender"] for m in messages] == ["Marco", "Ana", "Marco", "Marco"]
    want, assessment = expected(checks, messages, lang="es")
    assert sent["text"] == want
    assert Level(assessment.level) is Level.ALERT
    assert sent["text"].startswith("<b>" + translate(HEADLINES[Level.ALERT], "es") + "</b>")
    assert all(any(q.rstrip("…") in m["text"] for m in messages) for q in quoted(sent["text"]))
    assert translate("Keep the messages: they are evidence.", "es") in sent["text"]


async def test_export_file_txt_and_zip(running: Running) -> None:
    fake = running.fake
    fake.push_document(540, "WhatsApp Chat with Marco.txt", WHATSAPP.encode())
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("_chat.txt", WHATSAPP.replace("\n", "\r\n"))
    fake.push_document(540, "WhatsApp Chat - Marco.zip", buf.getvalue(), caption="is this ok?")
    first, second = await fake.wait_sent(2)
    want, _ = expected(running.checks, running.checks.paste(WHATSAPP),
                       footer=translate("Messages read from the file: {n}.", "en", n=4))
    assert first["text"] == second["text"] == want
    assert want.startswith("<b>" + HEADLINES[Level.ALERT] + "</b>")
    for sent in (first, second):
        assert sent["reply_markup"]["inline_keyboard"][0][0]["text"] == "Report this anonymously"
    assert len(fake.calls_to("getFile")) == 2


async def test_telegram_json_export(running: Running) -> None:
    export = {"name": "Agency", "type": "personal_chat", "id": 9, "messages": [
        {"id": 1, "type": "message", "date": "2025-01-01T10:00:00", "from": "Agency", "from_id": "user9",
         "text": "Hi! How are you today?"},
        {"id": 2, "type": "message", "date": "2025-01-01T10:01:00", "from": "Agency", "from_id": "user9",
         "text": [{"type": "bold", "text": STRONG_EN[:20]}, STRONG_EN[20:]]}]}
    running.fake.push_document(541, "result.json", json.dumps(export).encode())
    [sent] = await running.fake.wait_sent(1)
    assert sent["text"].startswith("<b>" + HEADLINES[Level.ALERT] + "</b>")
    assert all(q.rstrip("…") in STRONG_EN for q in quoted(sent["text"]))
    assert sent["text"].endswith("Messages read from the file: 2.")


async def test_unreadable_file_gets_one_clear_answer(running: Running) -> None:
    running.fake.push_document(542, "photo.png", b"\x89PNG\r\n\x1a\n....")
    [sent] = await running.fake.wait_sent(1)
    assert sent["text"] == translate(
        "I could not read this file. Send a WhatsApp export (.txt or .zip) or a Telegram export "
        "(result.json).", "en")


async def test_job_command_inline_and_next_message(running: Running) -> None:
    fake, checks = running.fake, running.checks
    offer = "Hostess in Dubai, we pay your ticket, no experience, 5000 euros a month, send photos"
    fake.push_text(550, f"/job {offer}")
    fake.push_text(550, "/job")
    fake.push_text(550, "Software engineer, Python, Madrid office, permanent contract, salary 45k")
    sent = await fake.wait_sent(3, timeout=30)
    assessment = checks.job(offer, "en")
    assert assessment is not None and Level(assessment.level).rank >= Level.WARN.rank
    helpline = f"{checks.helpline(None, 'en')}\n{translate(COUNTRY_HINT, 'en')}"
    assert sent[0]["text"] == render_assessment(assessment, "en", checks, helpline)
    assert "«we pay your ticket»" in sent[0]["text"] and "«send photos»" in sent[0]["text"]
    assert "fraud probability" in sent[0]["text"]  # the assessor's own explanation
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
    fake.push_group(group, STRONG_EN, user_id=77)
    [alert] = await fake.wait_sent(1)
    await asyncio.sleep(0.3)
    assert [s["chat_id"] for s in fake.sent] == [901]  # only the reachable human admin; never the group
    headline = translate("A post in “{group}” shows warning signs ({level}).", "es")
    assert alert["text"].startswith(
        "<b>" + headline.format(group="Jobs abroad", level=translate("high risk", "es")) + "</b>")
    assert "https://t.me/c/1234567890/" in alert["text"]
    phrases = quoted(alert["text"])[1:]  # the first «…» is the group's title
    assert phrases and all(q.rstrip("…") in STRONG_EN for q in phrases)
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
