"""POST /api/v1/conversations/assess and the "Check a conversation" page: plumbing and bad input.

The faces are tested here against a small scripted monitor (three cue words, fixed weights), so the
timeline, alert point, spans and errors are checked exactly whatever the real model learns; the
browser tests run the real monitor end to end.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

FIX = Path(__file__).parent / "fixtures"
pytestmark = pytest.mark.usefixtures("scripted_monitor")


RISKY = [
    {"sender": "Marcos", "text": "hola guapa"},
    {"sender": "user", "text": "hola, ¿quién eres?"},
    {"sender": "Marcos", "text": "te pagamos el billete a Madrid"},
    {"sender": "Marcos", "text": "manda foto del pasaporte al +34 612 345 678"},
    {"sender": "Marcos", "text": "y no se lo digas a nadie"},
]


def test_alert_point_timeline_and_spans(client: TestClient) -> None:
    r = client.post("/api/v1/conversations/assess", json={"messages": RISKY, "country": "ES"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert [t["level"] for t in body["timeline"]] == ["none", "none", "watch", "alert", "alert"]
    assert body["alert_at"] == 3
    assert body["level"] == "alert" and body["category"] == "recruitment"
    for s in body["signals"]:
        assert RISKY[s["message_index"]]["text"][s["start"] : s["end"]] == s["text"]
    marked = [seg["text"] for seg in body["messages"][3]["segments"] if seg["mark"]]
    assert marked == ["pasaporte"]
    phones = [(e["message_index"], e["normalized"]) for e in body["entities"] if e["type"] == "phone"]
    assert phones == [(3, "+34612345678")]
    assert body["helpline"]["phone"] == "900 10 50 90"


def test_the_users_own_words_are_hers(client: TestClient) -> None:
    own = [{"sender": "user", "text": "me pagan el billete y me quitaron el pasaporte"}]
    assert client.post("/api/v1/conversations/assess", json={"messages": own}).json()["alert_at"] is None


def test_pasted_text_with_me(client: TestClient) -> None:
    text = "Marcos: te pagamos el billete\nLucía: vale\nMarcos: y el pasaporte me lo das"
    body = client.post("/api/v1/conversations/assess", json={"text": text, "me": "lucía"}).json()
    assert [m["sender"] for m in body["messages"]] == ["Marcos", "user", "Marcos"]
    assert body["alert_at"] == 2
    r = client.post("/api/v1/conversations/assess", json={"text": text, "me": "Pepa"})
    assert r.status_code == 422 and "Pepa" in r.text


def test_unknown_language_text_is_assessed_not_rejected(client: TestClient) -> None:
    finnish = "Hyvää huomenta, nähdään kahvilla kymmeneltä"
    r = client.post("/api/v1/conversations/assess", json={"text": finnish})
    assert r.status_code == 200 and r.json()["level"] == "none"


@pytest.mark.parametrize(
    ("payload", "needle"),
    [
        ({}, "empty"),
        ({"messages": []}, "empty"),
        ({"messages": [{"sender": "a", "text": "   "}]}, "empty"),
        ({"text": ""}, "empty"),
        ({"messages": "hola"}, "list"),
        ({"messages": [{"sender": "a"}]}, "text"),
        ({"messages": [{"sender": "a", "text": 5}]}, "string"),
        ({"text": "hola", "messages": [{"sender": "a", "text": "b"}]}, "not both"),
        ({"text": "hola", "lang": "tlh"}, "unsupported language"),
        ({"text": "hola", "country": "España"}, "pattern"),
        ({"messages": [{"sender": "a", "text": "x"}] * 5001}, "5000"),
    ],
)
def test_bad_input_is_a_clear_422(client: TestClient, payload: dict[str, Any], needle: str) -> None:
    r = client.post("/api/v1/conversations/assess", json=payload)
    assert r.status_code == 422, r.text
    assert needle in r.text


def test_malformed_json_and_huge_message(client: TestClient) -> None:
    json_type = {"content-type": "application/json"}
    bad = client.post("/api/v1/conversations/assess", content=b'{"text": "a', headers=json_type)
    assert bad.status_code == 422
    huge = {"messages": [{"sender": "a", "text": "x" * (1024 * 1024 + 10)}]}
    r = client.post("/api/v1/conversations/assess", json=huge)
    assert r.status_code == 413 and "1 MB" in r.json()["detail"]
    chunked = client.post("/api/v1/conversations/assess", content=iter([b"{" + b" " * 700_000] * 2),
                          headers=json_type)
    assert chunked.status_code == 413  # no Content-Length: the streamed body is counted


def test_documented_in_openapi(client: TestClient) -> None:
    op = client.get("/openapi.json").json()["paths"]["/api/v1/conversations/assess"]["post"]
    assert {"200", "400", "413", "422", "503"} <= set(op["responses"])


# ---------------------------------------------------------------- the page


def test_page_paste_shows_alert_marks_and_helpline(client: TestClient) -> None:
    text = "\n".join(f"{m['sender'] if m['sender'] != 'user' else 'Lucía'}: {m['text']}" for m in RISKY)
    r = client.post("/check/message?lang=es", data={"text": text, "me": "Lucía", "country": "AR"})
    assert r.status_code == 200
    assert "Atención: señales fuertes" in r.text
    assert "<mark" in r.text and "pasaporte</mark>" in r.text
    assert "alert-point" in r.text and "145" in r.text and 'href="/report"' in r.text
    assert r.headers["cache-control"] == "no-store"


def test_page_upload_of_exports(client: TestClient) -> None:
    data = (FIX / "whatsapp_android_es.txt").read_bytes()
    r = client.post("/check/message", data={"me": "Lucía"}, files={"file": ("chat.txt", data, "text/plain")})
    assert r.status_code == 200 and "camarera" in r.text and ">You<" in r.text
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("_chat.txt", data)
    r = client.post("/check/message", files={"file": ("chat.zip", buf.getvalue(), "application/zip")})
    assert r.status_code == 200 and 'id="result"' in r.text
    tg = (FIX / "telegram_single.json").read_bytes()
    r = client.post("/check/message", files={"file": ("result.json", tg, "application/json")})
    assert r.status_code == 200 and "pasaporte" not in r.text and "passport" in r.text


@pytest.mark.parametrize(
    ("files", "data", "status", "needle"),
    [
        (None, {"text": "  "}, 400, "Paste a conversation"),
        ({"file": ("x.pdf", b"%PDF-1.4", "application/pdf")}, {}, 400, "unsupported file type"),
        ({"file": ("chat.txt", b"", "text/plain")}, {}, 400, "Paste a conversation"),
        ({"file": ("chat.txt", b"no dates here\n", "text/plain")}, {}, 400, "not a WhatsApp chat export"),
        ({"file": ("result.json", b'{"messages": [', "application/json")}, {}, 400, "malformed"),
        ({"file": ("chat.txt", b"x" * (5 * 1024 * 1024 + 1), "text/plain")}, {}, 413, "too large"),
        (None, {"text": "a: hola\n" * 5001}, 400, "too long to check here"),
    ],
)
def test_page_bad_uploads(
    client: TestClient, files: Any, data: dict[str, str], status: int, needle: str
) -> None:
    r = client.post("/check/message", data=data, files=files)
    assert r.status_code == status, r.text[:300]
    assert needle in r.text
