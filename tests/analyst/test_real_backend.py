"""The analyst side on the real stack: `vigila user add`, ReportService, the store (SQLite and
PostgreSQL), and the HTTP app built by `create_app` with its default `ReportsBackend`.

No fake here: the admin and the viewer are made with the CLI, reports are submitted through the
service, and every read, change and export must land in the (intact) audit chain.
"""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyotp
import pytest
from analyst_helpers import form_csrf, sign_in
from fastapi import FastAPI
from fastapi.testclient import TestClient

from vigila.cli.main import run
from vigila.reports.service import Receipt, ReportContent, ReportService
from vigila.security import audit
from vigila.security.sessions import AnalystSession
from vigila.settings import Settings, get_settings
from vigila.store.db import Store
from vigila.web.analyst.backend import ReportsBackend
from vigila.web.app import create_app

ADMIN, ADMIN_PASS = "ada", "correct horse battery staple"
VIEWER, VIEWER_PASS = "vic", "viewer reads but never writes"
PHONE = "+34 612 345 678"
STORY_ES = "They promised a waitress job in Madrid, paid my ticket and now keep my passport."
STORY_RO = "A recruiter offered farm work abroad, took our documents at the border and we owe a debt."


@dataclass
class RealOrg:
    settings: Settings
    service: ReportService
    receipts: list[Receipt]
    app: FastAPI


def _cli(args: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return run(args)


@pytest.fixture
def real(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[RealOrg]:
    data = tmp_path / "data"
    monkeypatch.setenv("VIGILA_DATA_DIR", str(data))
    monkeypatch.setenv("VIGILA_DATABASE_URL", db_url)
    get_settings.cache_clear()
    try:
        assert _cli(["user", "add", ADMIN, "--role", "admin", "--password-stdin"], f"{ADMIN_PASS}\n",
                    monkeypatch) == 0
        assert _cli(["user", "add", VIEWER, "--role", "viewer", "--admin", ADMIN, "--password-stdin"],
                    f"{VIEWER_PASS}\n{ADMIN_PASS}\n", monkeypatch) == 0
    finally:
        get_settings.cache_clear()
    settings = Settings(data_dir=data, database_url=db_url)
    store = Store.from_settings(settings)
    service = ReportService(store, settings)
    receipts = [
        service.submit(ReportContent(what_happened=STORY_ES, people=f"call {PHONE}", country="ES",
                                     city="Madrid", language="en"),
                       [("chat.txt", b"boss: give me your passport")]),
        service.submit(ReportContent(what_happened=STORY_RO, people=f"whatsapp {PHONE}", country="RO",
                                     language="en")),
    ]
    app = create_app(settings)  # no analyst_backend set: the app must build the real one
    yield RealOrg(settings, service, receipts, app)
    state = getattr(app.state, "reports", None)
    if state is not None:
        state.store.dispose()
    store.dispose()


def _actions(org: RealOrg) -> list[str]:
    with org.service.store.session() as s:
        return [e.action for e in audit.entries(s)]


def test_create_app_serves_the_analyst_pages_on_the_real_backend(real: RealOrg) -> None:
    assert real.app.url_path_for("analyst_login") == "/analyst/login"
    assert real.app.url_path_for("analyst_case", case_id=3) == "/analyst/cases/3"
    assert real.app.url_path_for("analyst_dashboard") == "/analyst/dashboard"
    client = TestClient(real.app)
    assert client.get("/analyst/login").status_code == 200
    backend = real.app.state.analyst.backend
    assert isinstance(backend, ReportsBackend)
    assert backend.service is real.app.state.reports  # one service (one engine) for the whole app


def test_admin_triages_asks_and_exports_a_linked_case(real: RealOrg) -> None:
    first, second = real.receipts
    assert first.case_id == second.case_id  # the shared phone linked them
    case_id = first.case_id
    client = TestClient(real.app, base_url="http://testserver")

    page = client.get("/analyst/login")
    bad = client.post("/analyst/login", data={"username": ADMIN, "passphrase": "not the passphrase",
                                              "csrf": form_csrf(page.text)})
    assert bad.status_code == 401 and "Wrong username, passphrase or code." in bad.text
    sign_in(client, ADMIN, ADMIN_PASS)

    queue = client.get("/analyst/")
    assert queue.status_code == 200
    assert f'href="/analyst/cases/{case_id}"' in queue.text
    assert "2 linked reports" in queue.text
    assert f"R-{first.report_id:04d}" in queue.text and f"R-{second.report_id:04d}" in queue.text
    assert "612 345" not in queue.text and "passport" not in queue.text  # nothing decrypted in the queue

    case = client.get(f"/analyst/cases/{case_id}")
    assert case.status_code == 200 and case.headers["cache-control"] == "no-store"
    assert "waitress job in Madrid" in case.text and "farm work abroad" in case.text
    assert "612345678" in case.text.replace(" ", "")  # the shared phone, decrypted
    assert "chat.txt" in case.text
    csrf = form_csrf(case.text)

    r = client.post(f"/analyst/cases/{case_id}/status", data={"status": "triaged", "csrf": csrf},
                    follow_redirects=False)
    assert r.status_code == 303
    assert [c.status for c in real.service.queue()] == ["triaged"]
    assert "status-triaged" in client.get("/analyst/?status=triaged").text

    r = client.post(f"/analyst/reports/{first.report_id}/question",
                    data={"text": "Which bar, and what is its name?", "csrf": csrf}, follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"].endswith(f"/cases/{case_id}#report-{first.report_id}")
    thread = real.service.lookup(first.code).messages
    assert [(m.author, m.text) for m in thread] == [("analyst", "Which bar, and what is its name?")]

    r = client.post(f"/analyst/cases/{case_id}/notes",
                    data={"text": "Same phone in ES and RO.", "csrf": csrf}, follow_redirects=False)
    assert r.status_code == 303
    assert "Same phone in ES and RO." in client.get(f"/analyst/cases/{case_id}").text

    exported = client.get(f"/analyst/cases/{case_id}/export.json")
    assert exported.status_code == 200
    assert f'vigila-case-{case_id}.json' in exported.headers["content-disposition"]
    data = json.loads(exported.text)
    assert data["case"] == case_id and data["status"] == "triaged"
    assert [r["id"] for r in data["reports"]] == [first.report_id, second.report_id]
    assert data["reports"][0]["content"]["what_happened"] == STORY_ES
    assert data["reports"][0]["messages"][0]["text"] == "Which bar, and what is its name?"
    assert [n["text"] for n in data["notes"]] == ["Same phone in ES and RO."]
    assert any(e["kind"] == "phone" for e in data["shared_entities"])

    att_id = data["reports"][0]["attachments"][0]["id"]
    att = client.get(f"/analyst/reports/{first.report_id}/attachments/{att_id}")
    assert att.status_code == 200 and att.content == b"boss: give me your passport"
    assert 'filename="chat.txt"' in att.headers["content-disposition"]

    dashboard = client.get("/analyst/dashboard")
    assert dashboard.status_code == 200
    assert 'data-code="ES"' in dashboard.text and 'data-code="RO"' in dashboard.text

    assert client.get("/analyst/cases/9999").status_code == 404
    assert client.get(f"/analyst/reports/{first.report_id}/attachments/9999").status_code == 404

    verified = audit.verify(real.service.store)
    assert verified.ok, verified.problem
    actions = _actions(real)
    for action in ("user.sign_in_failed", "user.sign_in", "case.read", "case.status", "report.ask",
                   "case.note", "case.export", "attachment.read"):
        assert action in actions, action
    with real.service.store.session() as s:
        reads = [e for e in audit.entries(s) if e.action in ("case.read", "case.export")]
    assert reads and all(e.actor == "1" for e in reads)  # the admin's id, not "system"


def test_viewer_reads_but_cannot_change_status(real: RealOrg) -> None:
    case_id = real.receipts[0].case_id
    client = sign_in(TestClient(real.app), VIEWER, VIEWER_PASS)
    case = client.get(f"/analyst/cases/{case_id}")
    assert case.status_code == 200 and "waitress job in Madrid" in case.text
    assert "Change status" not in case.text
    csrf = form_csrf(client.get("/analyst/account").text)
    r = client.post(f"/analyst/cases/{case_id}/status", data={"status": "closed", "csrf": csrf})
    assert r.status_code == 403
    assert client.get(f"/analyst/cases/{case_id}/export.json").status_code == 403
    assert [c.status for c in real.service.queue()] == ["new"]
    assert "case.status" not in _actions(real)


def test_merge_split_assign_and_totp_through_the_backend(real: RealOrg) -> None:
    service = real.service
    backend = ReportsBackend.from_service(service)
    signed = backend.authenticate(ADMIN, ADMIN_PASS, "")
    assert signed is not None and signed.role == "admin"
    session = AnalystSession("sid", signed.user_id, signed.username, signed.role, "csrf", 0.0, 0.0,
                             signed.secret_key)
    first, second = real.receipts
    new_case = backend.split(session, second.report_id)
    assert sorted(len(c.reports) for c in backend.queue(session, None, mine=False)) == [1, 1]
    backend.merge(session, first.case_id, new_case)
    [case] = backend.queue(session, None, mine=False)
    assert case.id == first.case_id and len(case.reports) == 2 and case.shared[0].kind == "phone"
    backend.assign(session, case.id, signed.user_id)
    assert [c.assignee for c in backend.queue(session, None, mine=True)] == [ADMIN]
    backend.set_status(session, case.id, "closed")
    assert backend.queue(session, None, mine=False) == []  # the default view shows open cases
    assert [c.id for c in backend.queue(session, "all", mine=False)] == [case.id]
    counts = backend.dashboard(session)
    assert (counts.reports, counts.cases, counts.open_cases, counts.linked_cases) == (2, 1, 0, 1)
    assert counts.top_entities[0].kind == "phone" and counts.top_entities[0].reports == 2

    secret = pyotp.random_base32()
    backend.set_totp(session, secret)
    assert backend.totp_enabled(signed.user_id)
    assert backend.authenticate(ADMIN, ADMIN_PASS, "") is None
    assert backend.authenticate(ADMIN, ADMIN_PASS, pyotp.TOTP(secret).now()) is not None
    assert not backend.check_totp(signed.user_id, "000000" if pyotp.TOTP(secret).now() != "000000" else "1")
    backend.set_totp(session, None)
    assert backend.authenticate(ADMIN, ADMIN_PASS, "") is not None
    assert audit.verify(service.store).ok


# --- one browser run on the real stack ---------------------------------------------------------

# Plain test runs must not rewrite tracked files: refresh the README pictures with VIGILA_SCREENSHOTS=1.
SHOTS = (
    Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    if os.environ.get("VIGILA_SCREENSHOTS") == "1"
    else Path(tempfile.mkdtemp(prefix="vigila-shots-"))
)


@pytest.fixture
def real_server(real: RealOrg, serve_app: Any) -> Iterator[str]:
    with serve_app(real.app) as url:
        yield url


@pytest.mark.browser
def test_browser_on_the_real_stack(real_server: str, real: RealOrg, tmp_path: Path,
                                   request: pytest.FixtureRequest, launch_chromium: Any) -> None:
    from playwright.sync_api import sync_playwright

    # Screenshots for the README come from the SQLite run only (one set, not one per backend).
    shoot = "sqlite" in request.node.name
    SHOTS.mkdir(parents=True, exist_ok=True)

    def shot(page: object, name: str) -> None:
        if shoot:
            page.screenshot(path=str(SHOTS / name), full_page=True)  # type: ignore[attr-defined]

    first, second = real.receipts
    case_id = first.case_id
    problems: list[str] = []
    with sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
        page.on("console", lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.on("response", lambda r: problems.append(f"{r.status} {r.url}")
                if r.status >= 400 and "/favicon.ico" not in r.url and r.request.method == "GET" else None)

        page.goto(f"{real_server}/analyst/login")
        page.fill("#username", ADMIN)
        page.fill("#passphrase", ADMIN_PASS)
        if shoot:
            page.screenshot(path=str(SHOTS / "analyst-login.png"))
        page.click("button[type=submit]")

        page.wait_for_selector("#queue")
        assert "2 linked reports" in page.inner_text("#queue")
        assert f"R-{second.report_id:04d}" in page.inner_text("#queue")
        shot(page, "analyst-queue.png")

        page.click(f"#queue a[href='/analyst/cases/{case_id}']")
        page.wait_for_selector(f"#report-{first.report_id}")
        assert "waitress job in Madrid" in page.inner_text("body")
        page.select_option("#new-status", "triaged")
        page.click("text=Change status")
        page.wait_for_selector(".status-triaged")
        page.fill(f"#q-{first.report_id}", "Which bar was it, and do you still have the ticket?")
        page.click(f"#report-{first.report_id} >> text=Send question")
        page.wait_for_selector("text=do you still have the ticket?")
        page.fill("#note", "Same phone in a Madrid and a Romanian report; referred to the hotline.")
        page.click("text=Save note")
        page.wait_for_selector("text=referred to the hotline")
        shot(page, "analyst-case.png")

        with page.expect_download() as dl:
            page.click("#export-json")
        saved = tmp_path / "case.json"
        dl.value.save_as(saved)
        exported = json.loads(saved.read_text())
        assert exported["status"] == "triaged"
        assert [r["id"] for r in exported["reports"]] == [first.report_id, second.report_id]

        page.goto(f"{real_server}/analyst/cases/{case_id}/print")
        page.emulate_media(media="print")
        assert "waitress job in Madrid" in page.inner_text("body")
        shot(page, "analyst-print.png")
        page.emulate_media(media="screen")

        page.goto(f"{real_server}/analyst/dashboard")
        page.wait_for_selector("#timeline[data-drawn='1']", timeout=10_000)
        assert page.locator("svg.worldmap path[data-code='ES'][data-count='1']").count() == 1
        shot(page, "analyst-dashboard.png")
        browser.close()
    assert not problems, problems
    assert [(m.author, m.text) for m in real.service.lookup(first.code).messages] == [
        ("analyst", "Which bar was it, and do you still have the ticket?")]
    assert audit.verify(real.service.store).ok
