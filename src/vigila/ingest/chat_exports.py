"""Readers for chat exports: WhatsApp `.txt` (Android and iOS, many locales) and Telegram Desktop JSON.

Each reader yields conversations in the interchange form
``{"id": str, "messages": [{"sender": str, "text": str, "ts": str | None}], ...}``; messages that only
carried an attachment have ``text == ""`` and ``"media": True``. Extra keys: ``title`` (the chat's
name) and ``me`` (the exporting account when the export says who that is, else None).

    >>> conv = read_export("WhatsApp Chat with Ana.txt")[0]
    >>> protect(conv, "Ana")["messages"][0]["sender"]
    'user'
"""

from __future__ import annotations

import io
import itertools
import json
import re
import zipfile
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any

import ijson

from vigila.core.errors import InputError

Conversation = dict[str, Any]
Message = dict[str, Any]

# The sender name the conversation monitor treats as the protected person (see issue 4).
PROTECTED = "user"
MAX_ZIP_MEMBER = 64 * 1024 * 1024

# ---------------------------------------------------------------- WhatsApp

_DATE = r"(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
_TIME = r"(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)"
# "AM", "p. m.", "a.m." … (after U+202F/U+00A0 were turned into plain spaces).
_AMPM = r"(?:\s?(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?"
_ANDROID = re.compile(rf"^{_DATE},?\s{_TIME}{_AMPM}\s[-]\s(?P<rest>.*)$")
_IOS = re.compile(rf"^\[{_DATE},?\s{_TIME}{_AMPM}\]\s(?P<rest>.*)$")
# Sender names are short and never contain ": ", so the first ": " ends the name.
_SENDER = re.compile(r"^(?P<sender>[^:\n]{1,80}?): (?P<text>.*)$", re.S)
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2013": "-", "\u2014": "-"})
_OMITTED = r"(?:omitted|omitido|omitida|ocultad[oa]|oculta|absente|omis|omise|omisă|weggelassen)"
_MEDIA = re.compile(
    rf"^(?:<[^<>]{{0,60}}{_OMITTED}[^<>]{{0,20}}>|<attached: [^<>]+>"
    rf"|[\w-]{{1,20}}(?: [\w-]{{1,12}})? {_OMITTED}"
    r"|\S+\.\w{2,5} \((?:file attached|archivo adjunto|arquivo anexado|fichier joint|fișier atașat)\))$",
    re.I,
)


def _clean(line: str) -> str:
    return line.translate(_SPACES).rstrip("\r\n")


def _parse_header(line: str) -> tuple[re.Match[str], bool] | None:
    """Match a message header; the flag says whether the body began with an U+200E mark."""
    stripped = line.lstrip("\u200e\u200f\ufeff")
    m = _IOS.match(stripped) or _ANDROID.match(stripped)
    if m is None:
        return None
    return m, m.group("rest").startswith(("\u200e", "\u200f"))


def _date_parts(date: str) -> tuple[int, int, int]:
    a, b, c = (int(x) for x in re.split(r"[./-]", date))
    return a, b, c


def _infer_order(dates: list[str]) -> str:
    """'dmy', 'mdy' or 'ymd' for one file: values above 12 decide; else the order that keeps time running."""
    parts = [_date_parts(d) for d in dates]
    if any(a > 31 for a, _b, _c in parts):
        return "ymd"
    if any(a > 12 for a, _b, _c in parts):
        return "dmy"
    if any(b > 12 for _a, b, _c in parts):
        return "mdy"

    def backwards(order: str) -> int:
        stamps = [_ymd(p, order) for p in parts]
        return sum(1 for x, y in itertools.pairwise(stamps) if y < x)

    # Ties go to day-first, the order of most locales in the languages Vigila serves.
    return "mdy" if backwards("mdy") < backwards("dmy") else "dmy"


def _ymd(parts: tuple[int, int, int], order: str) -> tuple[int, int, int]:
    a, b, c = parts
    if order == "ymd":
        y, mo, d = a, b, c
    elif order == "mdy":
        mo, d, y = a, b, c
    else:
        d, mo, y = a, b, c
    return (y + 2000 if y < 100 else y), mo, d


def _timestamp(date: str, time: str, ampm: str | None, order: str) -> str | None:
    y, mo, d = _ymd(_date_parts(date), order)
    pieces = [int(x) for x in re.split(r"[:.]", time)]
    hour, minute, second = pieces[0], pieces[1], pieces[2] if len(pieces) > 2 else 0
    if ampm:
        pm = ampm.lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    try:
        return datetime(y, mo, d, hour, minute, second).isoformat()
    except ValueError:
        return None


def read_whatsapp(lines: Iterable[str], chat_id: str = "whatsapp") -> Conversation:
    """Parse the lines of a WhatsApp `.txt` export (Android or iOS, any of the common locales)."""
    raw: list[dict[str, Any]] = []  # header fields kept until the file's date order is known
    seen_lines = 0
    for line in lines:
        seen_lines += 1
        line = _clean(line)
        if seen_lines == 1:
            line = line.lstrip("\ufeff")
        head = _parse_header(line)
        if head is None:
            if raw and not raw[-1]["system"]:
                raw[-1]["body"] += "\n" + line.replace("\u200e", "")
            elif not raw and seen_lines >= 50:
                break  # fifty lines without a header: not an export, stop reading
            continue
        m, marked = head
        raw.append(
            {
                "date": m.group("date"),
                "time": m.group("time"),
                "ampm": m.group("ampm"),
                "rest": m.group("rest"),
                "marked": marked,
                "body": "",
                "system": False,
            }
        )
        _split_sender(raw[-1])
    if not raw:
        raise InputError("not a WhatsApp chat export: no line starts with a date and time")
    order = _infer_order([r["date"] for r in raw])
    messages: list[Message] = []
    for r in raw:
        if r["system"]:
            continue
        text = r["body"].replace("\u200e", "").replace("\u200f", "")
        msg: Message = {"sender": r["sender"], "text": text.strip(), "ts": _timestamp(
            r["date"], r["time"], r["ampm"], order)}
        if _MEDIA.match(msg["text"]):
            msg["text"] = ""
            msg["media"] = True
        messages.append(msg)
    return {"id": chat_id, "title": chat_id, "messages": messages, "me": None}


def _split_sender(r: dict[str, Any]) -> None:
    rest: str = r["rest"].lstrip("\u200e\u200f")
    m = _SENDER.match(rest)
    if m is None:
        # Android system lines have no sender ("Messages and calls are end-to-end encrypted").
        r["system"] = True
        return
    r["sender"] = m.group("sender").strip()
    body = m.group("text")
    # iOS writes system lines as "Chat name: \u200eMessages and calls are …"; attachments are marked too.
    if body.startswith(("\u200e", "\u200f")) and not _MEDIA.match(body.lstrip("\u200e\u200f").strip()):
        r["system"] = True
        return
    r["body"] = body


def looks_like_whatsapp(text: str) -> bool:
    """True when most non-empty lines of the first 50 start with a WhatsApp header."""
    lines = [ln for ln in text.splitlines()[:50] if ln.strip()]
    if not lines:
        return False
    hits = sum(1 for ln in lines if _parse_header(_clean(ln)) is not None)
    return hits >= max(1, len(lines) // 3)


# ---------------------------------------------------------------- Telegram


def _tg_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = []
        for piece in value:
            if isinstance(piece, str):
                parts.append(piece)
            elif isinstance(piece, dict) and isinstance(piece.get("text"), str):
                parts.append(piece["text"])
        return "".join(parts)
    return ""


def _tg_message(item: Any) -> Message | None:
    if not isinstance(item, dict) or item.get("type", "message") != "message":
        return None  # service messages (joins, calls, pins) carry no words from a person
    entities = item.get("text_entities")
    text = _tg_text(entities) if isinstance(entities, list) and entities else _tg_text(item.get("text"))
    sender = item.get("from") or item.get("from_id") or "unknown"
    ts = item.get("date") if isinstance(item.get("date"), str) else None
    msg: Message = {"sender": str(sender), "text": text, "ts": ts}
    if item.get("from_id") is not None:
        msg["from_id"] = str(item["from_id"])
    if not text and (item.get("media_type") or item.get("photo") or item.get("file")):
        msg["media"] = True
    return msg


def _tg_chat(chat: dict[str, Any], messages: Iterable[Any], me_id: str | None, me_name: str | None
             ) -> Conversation:
    msgs = [m for m in (_tg_message(x) for x in messages) if m is not None]
    me = None
    if me_id is not None:
        me = next((m["sender"] for m in msgs if m.get("from_id") == me_id), me_name)
    elif chat.get("type") == "personal_chat" and chat.get("id") is not None:
        # In a one-to-one export the chat id is the peer's user id, so the other author is the exporter.
        peer = f"user{chat['id']}"
        others = {m["sender"] for m in msgs if m.get("from_id") not in (None, peer)}
        if len(others) == 1 and any(m.get("from_id") == peer for m in msgs):
            me = others.pop()
    chat_id = str(chat.get("id", chat.get("name") or "telegram"))
    return {"id": chat_id, "title": str(chat.get("name") or chat_id), "messages": msgs, "me": me}


def _top_level(f: IO[bytes]) -> dict[str, Any]:
    """Scalars at the root and the exporter's identity, read until `messages` or `chats` begins."""
    info: dict[str, Any] = {}
    personal: dict[str, Any] = {}
    try:
        for prefix, event, value in ijson.parse(f, use_float=True):
            if prefix == "" and event == "map_key":
                if value in ("messages", "chats"):
                    info["_shape"] = value
                    break
            elif prefix in ("name", "type", "id") and event in ("string", "number"):
                info[prefix] = value
            elif prefix.startswith("personal_information.") and event in ("string", "number"):
                personal[prefix.split(".", 1)[1]] = value
            elif prefix == "" and event not in ("start_map", "map_key", "end_map"):
                break
    except ijson.JSONError as exc:
        raise InputError(f"not a valid Telegram JSON export: {_short(exc)}") from None
    info["_personal"] = personal
    return info


def read_telegram(f: IO[bytes]) -> Iterator[Conversation]:
    """Stream the conversations of a Telegram Desktop `result.json` (single chat or full account)."""
    info = _top_level(f)
    shape = info.get("_shape")
    if shape is None:
        raise InputError("not a Telegram export: no 'messages' or 'chats' in the JSON object")
    personal = info["_personal"]
    me_id = f"user{personal['user_id']}" if "user_id" in personal else None
    me_name = " ".join(str(personal[k]) for k in ("first_name", "last_name") if personal.get(k)) or None
    f.seek(0)
    try:
        if shape == "messages":
            yield _tg_chat(info, ijson.items(f, "messages.item", use_float=True), me_id, me_name)
            return
        for chat in ijson.items(f, "chats.list.item", use_float=True):
            if isinstance(chat, dict):
                yield _tg_chat(chat, chat.get("messages") or [], me_id, me_name)
    except ijson.JSONError as exc:
        raise InputError(f"Telegram export is malformed: {_short(exc)}") from None


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__


# ---------------------------------------------------------------- entry points


def _decode(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{what} is not UTF-8 text") from None


def parse_export(data: bytes, filename: str) -> list[Conversation]:
    """Read an export held in memory (web uploads): `.txt`, `.json` or a WhatsApp `.zip`."""
    name = filename.lower()
    stem = Path(filename).stem or "chat"
    if not data.strip():
        raise InputError(f"{filename or 'the file'} is empty")
    if name.endswith(".zip") or data[:4] == b"PK\x03\x04":
        return [read_whatsapp(_zip_chat_text(data).splitlines(), chat_id=stem)]
    if name.endswith(".json") or data.lstrip()[:1] in (b"{", b"["):
        if data.lstrip()[:1] != b"{":
            raise InputError("a Telegram export is a JSON object with 'messages' or 'chats'")
        return list(read_telegram(io.BytesIO(data)))
    if name.endswith(".txt") or not name or "." not in name:
        return [read_whatsapp(_decode(data, filename).splitlines(), chat_id=stem)]
    raise InputError(f"unsupported file type {Path(filename).suffix!r}: use a WhatsApp .txt/.zip or a "
                     "Telegram .json export")


def _zip_chat_text(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            texts = [i for i in z.infolist() if i.filename.lower().endswith(".txt")]
            if not texts:
                raise InputError("the .zip holds no .txt chat export")
            chosen = next((i for i in texts if i.filename.endswith("_chat.txt")), texts[0])
            if chosen.file_size > MAX_ZIP_MEMBER:
                raise InputError("the chat inside the .zip is larger than 64 MB")
            return _decode(z.read(chosen), chosen.filename)
    except zipfile.BadZipFile:
        raise InputError("the .zip file is damaged") from None


def read_export(path: str | Path) -> list[Conversation]:
    """Read an export file from disk; Telegram JSON is streamed, never loaded whole."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"no such file: {p}")
    if p.is_dir():
        raise InputError(f"{p} is a directory, not an export file")
    with p.open("rb") as f:
        head = f.read(4096)
        if not head.strip():
            raise InputError(f"{p.name} is empty")
        f.seek(0)
        if p.suffix.lower() == ".json" or head.lstrip()[:1] == b"{":
            return list(read_telegram(f))
        if p.suffix.lower() == ".zip":
            return parse_export(f.read(), p.name)
        if p.suffix.lower() not in (".txt", ""):
            raise InputError(f"unsupported file type {p.suffix!r}: use a WhatsApp .txt/.zip or a "
                             "Telegram .json export")
        try:
            text = io.TextIOWrapper(f, encoding="utf-8-sig")
            return [read_whatsapp(text, chat_id=p.stem)]
        except UnicodeDecodeError:
            raise InputError(f"{p.name} is not UTF-8 text") from None


def senders(conv: Conversation) -> list[str]:
    """Distinct senders in order of first appearance."""
    return list(dict.fromkeys(m["sender"] for m in conv["messages"]))


def protect(conv: Conversation, me: str | None = None) -> Conversation:
    """A copy where the protected person's messages have sender 'user' (the monitor's convention).

    `me` (case-insensitive) wins over the exporter found in the file; an unknown name is an error
    that lists the senders.
    """
    name = me or conv.get("me")
    out = dict(conv)
    if not name:
        out["messages"] = [dict(m) for m in conv["messages"]]
        return out
    folded = name.casefold().strip()
    known = senders(conv)
    match = next((s for s in known if s.casefold().strip() == folded), None)
    if match is None:
        if me:
            listed = ", ".join(known[:8]) or "none"
            raise InputError(f"no sender called {me!r} in {conv.get('title', conv['id'])}; senders: {listed}")
        match = name
    out["me"] = match
    out["messages"] = [dict(m, sender=PROTECTED) if m["sender"] == match else dict(m)
                       for m in conv["messages"]]
    return out


def split_pasted(text: str) -> list[Message]:
    """Turn pasted text into messages: a WhatsApp copy, 'Name: text' lines, or one message per line."""
    if looks_like_whatsapp(text):
        return read_whatsapp(text.splitlines(), chat_id="pasted")["messages"]
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").split("\n")]
    named = [_SENDER.match(ln.strip()) for ln in lines if ln.strip()]
    if named and sum(1 for m in named if m and len(m.group("sender")) <= 40) >= max(1, len(named) // 2):
        messages: list[Message] = []
        for ln in lines:
            if not ln.strip():
                continue
            m = _SENDER.match(ln.strip())
            if m and len(m.group("sender")) <= 40 and "//" not in m.group("sender"):
                messages.append({"sender": m.group("sender").strip(), "text": m.group("text").strip(),
                                 "ts": None})
            elif messages:
                messages[-1]["text"] += "\n" + ln.strip()
            else:
                messages.append({"sender": "other", "text": ln.strip(), "ts": None})
        return messages
    return [{"sender": "other", "text": ln.strip(), "ts": None} for ln in lines if ln.strip()]


def to_jsonl(conversations: Iterable[Conversation]) -> str:
    """Interchange JSONL (one conversation per line), without reader-only keys."""
    rows = []
    for conv in conversations:
        msgs = [{k: m[k] for k in ("sender", "text", "ts") if k in m} for m in conv["messages"]]
        rows.append(json.dumps({"id": conv["id"], "messages": msgs}, ensure_ascii=False))
    return "\n".join(rows) + ("\n" if rows else "")
