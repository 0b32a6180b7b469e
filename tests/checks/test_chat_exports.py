"""Chat export readers: each WhatsApp variant and both Telegram shapes, generated exports, bad files."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vigila.core.errors import InputError
from vigila.ingest.chat_exports import (
    parse_export,
    protect,
    read_export,
    read_telegram,
    read_whatsapp,
    senders,
    split_pasted,
    to_jsonl,
)

FIX = Path(__file__).parent / "fixtures"


def _one(name: str) -> dict:
    convs = read_export(FIX / name)
    assert len(convs) == 1
    return convs[0]


def test_android_us_12h_clock_with_narrow_space() -> None:
    conv = _one("whatsapp_android_en_us.txt")
    msgs = conv["messages"]
    assert [m["sender"] for m in msgs] == ["Jake", "Emma", "Jake", "Jake", "Emma"]  # system line dropped
    assert msgs[0]["ts"] == "2023-12-30T21:15:00"
    assert msgs[1]["text"] == "haha thanks\nwho are you?"  # continuation line kept
    assert msgs[2] == {"sender": "Jake", "text": "", "ts": "2023-12-30T21:20:00", "media": True}
    assert msgs[3]["ts"] == "2023-12-31T10:02:00"
    assert conv["id"] == "whatsapp_android_en_us"


def test_android_spanish_day_first_and_localised_media() -> None:
    msgs = _one("whatsapp_android_es.txt")["messages"]
    assert len(msgs) == 4
    assert msgs[0]["ts"] == "2024-03-15T18:41:00"
    assert msgs[2]["media"] is True
    assert msgs[3]["text"] == "el viaje te lo pagamos nosotros\nno se lo digas a tu familia"
    assert msgs[3]["ts"] == "2024-03-16T09:00:00"


def test_ios_portuguese_with_marks_system_line_and_attachments() -> None:
    msgs = _one("whatsapp_ios_pt.txt")["messages"]
    assert [m["sender"] for m in msgs] == ["Agência Sol", "Mariana", "Agência Sol", "Mariana"]
    assert msgs[0]["text"] == "Olá Mariana, vaga de recepcionista em Lisboa"
    assert msgs[2].get("media") and msgs[3].get("media")
    assert msgs[3]["ts"] == "2024-04-13T08:00:00"  # 13 > 12 decides day-first for the whole file
    assert all("\u200e" not in m["text"] for m in msgs)


def test_ios_us_12h_midnight_and_month_first_from_order() -> None:
    msgs = _one("whatsapp_ios_en_12h.txt")["messages"]
    assert msgs[0]["ts"] == "2024-01-05T23:59:59"
    assert msgs[1]["ts"] == "2024-01-06T00:00:30"  # 12 AM is midnight
    assert msgs[1]["text"] == "you too\nsee you at the office"
    assert msgs[2].get("media") is True
    assert msgs[3]["ts"] == "2024-01-13T09:00:00"


def test_dotted_dates_and_romanian_pm() -> None:
    assert _one("whatsapp_android_de.txt")["messages"][2]["ts"] == "2024-02-04T19:30:00"
    msgs = _one("whatsapp_android_ro_ampm.txt")["messages"]
    assert [m["ts"] for m in msgs] == ["2024-06-05T20:05:00", "2024-06-05T20:07:00", "2024-06-06T00:15:00"]


def test_ambiguous_dates_follow_the_order_that_keeps_time_running() -> None:
    lines = ["1/2/24, 10:00 - A: x", "1/3/24, 10:00 - B: y", "2/1/24, 10:00 - A: z"]
    # Month-first gives Jan 2, Jan 3, Feb 1 (forwards); day-first gives Feb 1, Mar 1, Jan 2 (backwards once).
    ts = [m["ts"] for m in read_whatsapp(lines)["messages"]]
    assert ts == ["2024-01-02T10:00:00", "2024-01-03T10:00:00", "2024-02-01T10:00:00"]


def test_telegram_single_chat_infers_the_exporter_and_flattens_entities() -> None:
    conv = _one("telegram_single.json")
    msgs = conv["messages"]
    assert len(msgs) == 4  # the service message is dropped
    assert msgs[0]["text"] == "Hi Maria, job in Dubai as hostess"
    assert msgs[2]["media"] is True and msgs[2]["text"] == ""
    assert msgs[3]["text"] == "send a photo of your passport https://t.me/x"
    assert conv["me"] == "Maria"  # the peer of a personal chat has the chat's id
    assert conv["title"] == "Recruiter"


def test_telegram_full_export_knows_the_account_from_personal_information() -> None:
    convs = read_export(FIX / "telegram_full.json")
    assert [c["title"] for c in convs] == ["Recruiter", "Family"]
    assert convs[1]["me"] == "Maria Pop"
    protected = protect(convs[1])
    assert [m["sender"] for m in protected["messages"]] == ["Mom", "user"]


def test_protect_with_explicit_name_and_unknown_name() -> None:
    conv = _one("whatsapp_android_es.txt")
    assert [m["sender"] for m in protect(conv, "lucía")["messages"]][:2] == ["Carlos", "user"]
    assert conv["messages"][1]["sender"] == "Lucía"  # the input is not changed
    with pytest.raises(InputError, match=r"no sender called 'Pepe'.*Carlos, Lucía"):
        protect(conv, "Pepe")


def test_jsonl_interchange_form() -> None:
    line = json.loads(to_jsonl([_one("whatsapp_android_de.txt")]))
    assert set(line) == {"id", "messages"}
    assert set(line["messages"][0]) == {"sender", "text", "ts"}


def test_zip_export_is_read() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("_chat.txt", (FIX / "whatsapp_ios_pt.txt").read_text("utf-8"))
        z.writestr("00000012-PHOTO.jpg", b"\xff\xd8")
    convs = parse_export(buf.getvalue(), "WhatsApp Chat - Agência Sol.zip")
    assert len(convs[0]["messages"]) == 4


def test_pasted_text_forms() -> None:
    wa = (FIX / "whatsapp_android_es.txt").read_text("utf-8")
    assert len(split_pasted(wa)) == 4
    named = split_pasted("Ana: hola\nLuis: te pagamos el viaje\ny el piso")
    assert named == [{"sender": "Ana", "text": "hola", "ts": None},
                     {"sender": "Luis", "text": "te pagamos el viaje\ny el piso", "ts": None}]
    plain = split_pasted("hola\n\nte pagamos el viaje")
    assert [m["text"] for m in plain] == ["hola", "te pagamos el viaje"]


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "chat.txt", "empty"),
        (b"   \n", "chat.txt", "empty"),
        (b"just some notes\nnothing here\n", "chat.txt", "not a WhatsApp chat export"),
        (b"\xff\xfe\x00h\x00i", "chat.txt", "not UTF-8"),
        (b'{"messages": [1, 2', "result.json", "malformed"),
        (b'{"name": "x"}', "result.json", "no 'messages' or 'chats'"),
        (b"[1, 2]", "result.json", "JSON object"),
        (b"{not json", "result.json", "not a valid Telegram JSON"),
        (b"PK\x03\x04garbage", "chat.zip", "damaged"),
        (b"%PDF-1.4 ...", "chat.pdf", "unsupported file type"),
    ],
)
def test_malformed_exports_give_one_clear_error(data: bytes, name: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_export(data, name)


def test_missing_and_directory_paths(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_export(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read_export(tmp_path)


def test_telegram_stream_reads_many_chats_lazily() -> None:
    chats = [{"name": f"c{i}", "type": "private_group", "id": i,
              "messages": [{"id": 1, "type": "message", "from": "A", "text": "x"}]}
             for i in range(300)]
    data = json.dumps({"personal_information": {"user_id": 1}, "chats": {"list": chats}}).encode()
    stream = read_telegram(io.BytesIO(data))
    first = next(stream)
    assert first["title"] == "c0"
    assert sum(1 for _ in stream) == 299


# ---------------------------------------------------------------- generated exports

_NAMES = (
    st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll"), whitelist_characters=" ._-'"),
            min_size=1, max_size=20)
    .map(str.strip)
    .filter(lambda s: bool(s) and s[0].isalpha())
)
_TEXTS = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"),
                                        blacklist_characters="\u200e\u200f\u202f\u00a0\u2007\u2013\u2014\ufeff"),
                 min_size=1, max_size=60).map(str.strip).filter(bool)
_FORMATS = ["android_dmy", "android_mdy12", "ios_dmy", "ios_mdy12", "android_dotted", "android_ymd"]


def _render(fmt: str, when: datetime, sender: str, text: str) -> str:
    h12 = when.strftime("%I").lstrip("0") or "12"
    ampm = when.strftime("%p")
    if fmt == "android_dmy":
        return f"{when:%d/%m/%Y}, {when:%H:%M} - {sender}: {text}"
    if fmt == "android_mdy12":
        return f"{when.month}/{when.day}/{when:%y}, {h12}:{when:%M}\u202f{ampm} - {sender}: {text}"
    if fmt == "ios_dmy":
        return f"[{when:%d/%m/%y}, {when:%H:%M:%S}] {sender}: {text}"
    if fmt == "ios_mdy12":
        return f"[{when.month}/{when.day}/{when:%y}, {h12}:{when:%M:%S}\u202f{ampm}] {sender}: {text}"
    if fmt == "android_dotted":
        return f"{when:%d.%m.%y}, {when:%H:%M} - {sender}: {text}"
    return f"{when:%Y-%m-%d}, {when:%H:%M} - {sender}: {text}"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    fmt=st.sampled_from(_FORMATS),
    start=st.datetimes(min_value=datetime(2015, 1, 13), max_value=datetime(2030, 1, 1)),
    rows=st.lists(st.tuples(_NAMES, _TEXTS, st.integers(0, 200_000), st.booleans()), min_size=1, max_size=12),
)
def test_generated_exports_round_trip(
    fmt: str, start: datetime, rows: list[tuple[str, str, int, bool]]
) -> None:
    # Start on day 13 or later in a month so the first message decides the date order unambiguously.
    seconds = 0 if "android" in fmt else start.second
    start = start.replace(day=max(start.day, 13), second=seconds, microsecond=0)
    lines, expected, when = [], [], start
    for n, (sender, text, gap, multiline) in enumerate(rows):
        if n:  # the first message keeps its day >= 13 so the file's date order is decided
            when += timedelta(seconds=gap if "ios" in fmt else gap - gap % 60)
        body = text + ("\nsecond line" if multiline else "")
        lines.extend(_render(fmt, when, sender, body).split("\n"))
        expected.append((sender, body, when.isoformat()))
    got = read_whatsapp(lines)["messages"]
    assert [(m["sender"], m["text"], m["ts"]) for m in got] == expected
    assert senders({"messages": got}) == list(dict.fromkeys(s for s, _t, _w in expected))
