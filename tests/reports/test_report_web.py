"""Public report pages and API: the form, the one-time receipt, follow-up, and nothing identifying kept."""

from __future__ import annotations

import base64
import logging
import re

import pytest
from fastapi.testclient import TestClient
from report_helpers import Org
from sqlalchemy import text

from vigila.web.app import create_app

IP, UA = "203.0.113.77", "Mozilla/5.0 UA-MARKER-4242"
FORM = {"what_happened": "A modelling agency took our passports", "where": "Instagram", "when": "2026-10-30",
        "people": "@model_scout_eu and +40 712 345 678", "contact": "", "country": "RO", "city": "Iasi"}


@pytest.fixture
def client(org: Org) -> TestClient:
    app = create_app(org.settings)
    app.state.reports = org.service
    return TestClient(app, headers={"User-Agent": UA, "X-Forwarded-For": IP, "X-Real-IP": IP})


def _code(html: str) -> str:
    found = re.search(r'id="receipt-code">([0-9A-Z-]{19})<', html)
    assert found, "no receipt code on the page"
    return found.group(1)


def test_form_submit_receipt_and_follow_up(client: TestClient, org: Org) -> None:
    page = client.get("/report?lang=es")
    assert page.status_code == 200 and "Denunciar de forma anónima" in page.text
    chat = ("chat.txt", b"scout: bring your passport", "text/plain")
    r = client.post("/report", data=FORM, files=[("files", chat)])
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    code = _code(r.text)
    assert code not in str(r.url)
    opened = client.post("/report/follow-up", data={"code": code})
    assert opened.status_code == 200 and "Todavía no hay preguntas" in opened.text
    report_id = org.service.queue()[0].reports[0].id
    org.service.ask(org.admin_id, org.key, report_id, "Which agency name did they use?")
    opened = client.post("/report/follow-up", data={"code": code.lower()})
    assert "Which agency name did they use?" in opened.text
    answered = client.post("/report/follow-up/reply", data={"code": code, "text": "StarFace Models"})
    assert answered.status_code == 200 and "StarFace Models" in answered.text
    assert [m.text for m in org.service.read_report(org.admin_id, org.key, report_id).messages] == [
        "Which agency name did they use?", "StarFace Models"]


def test_nothing_identifying_is_stored_or_logged(client: TestClient, org: Org,
                                                 caplog: pytest.LogCaptureFixture,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    caplog.set_level(logging.DEBUG)
    r = client.post("/report", data=FORM)
    assert r.status_code == 200
    client.post("/report/follow-up", data={"code": _code(r.text)})
    api = client.post("/api/v1/reports", json={"what_happened": "they keep my documents", "country": "ES"})
    assert api.status_code == 201
    dump = ""
    with org.service.store.engine.connect() as conn:
        tables = ["users", "reports", "report_entities", "attachments", "cases", "messages", "case_notes",
                  "audit_log"]
        for table in tables:
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                dump += repr(tuple(row))
    out, err = capsys.readouterr()
    logged = caplog.text + out + err
    for marker in (IP, UA, "UA-MARKER", "testclient", "Mozilla"):
        assert marker not in dump, marker
        assert marker not in logged, marker
    files = "".join(p.read_bytes().decode("latin-1") for p in org.settings.data_dir.rglob("*") if p.is_file())
    assert IP not in files and "UA-MARKER" not in files


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [("tool.exe", b"MZ\x90\x00binary", "not a file type we accept"),
     ("huge.txt", b"x" * (300 * 1024), "too large")],
)
def test_bad_attachment_gets_a_clear_400(client: TestClient, name: str, data: bytes, message: str) -> None:
    r = client.post("/report", data=FORM, files=[("files", (name, data, "application/octet-stream"))])
    assert r.status_code == 400 and message in r.text
    assert "A modelling agency took our passports" in r.text  # what they typed is kept
    api = client.post("/api/v1/reports", json={"what_happened": "x y z", "attachments": [
        {"name": name, "content_base64": base64.b64encode(data).decode()}]})
    assert api.status_code == 400 and message in api.json()["detail"]


def test_api_submit_follow_up_and_errors(client: TestClient, org: Org) -> None:
    body = {"what_happened": "job offer in Milan, ticket paid", "language": "fr"}
    r = client.post("/api/v1/reports", json=body)
    assert r.status_code == 201
    code = r.json()["receipt_code"]
    thread = client.post("/api/v1/reports/follow-up", json={"code": code})
    assert thread.status_code == 200 and thread.json()["messages"] == []
    reply = client.post("/api/v1/reports/reply", json={"code": code, "text": "more details"})
    assert [m["author"] for m in reply.json()["messages"]] == ["reporter"]
    assert client.post("/api/v1/reports/follow-up", json={"code": "0000-0000-0000-0000"}).status_code == 404
    bad64 = {"what_happened": "x y z", "attachments": [{"name": "a.txt", "content_base64": "%%%"}]}
    assert client.post("/api/v1/reports", json=bad64).status_code == 400
    assert client.post("/api/v1/reports", json={"what_happened": ""}).status_code == 422


def test_unknown_code_page_is_404_not_500(client: TestClient) -> None:
    r = client.post("/report/follow-up", data={"code": "nonsense"})
    assert r.status_code == 404 and "No report has this code" in r.text
