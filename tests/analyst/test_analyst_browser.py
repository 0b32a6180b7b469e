"""The analyst pages in a real headless Chromium: sign in, queue, triage, linked case, exports, dashboard.

Runs against a uvicorn server on a free 127.0.0.1 port with the in-memory backend; its screenshots
stay in the test's temporary directory. The README's docs/screenshots/analyst-*.png come from the
real-stack run in test_real_backend.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from analyst_fakes import FakeBackend
from analyst_helpers import analyst_app

from vigila.settings import Settings

pytestmark = [
    pytest.mark.browser,
]



@pytest.fixture
def server(settings: Settings, fake: FakeBackend, serve_app: Any) -> Iterator[str]:
    with serve_app(analyst_app(settings, fake)) as url:
        yield url


def test_analyst_signs_in_triages_and_exports(
    server: str, fake: FakeBackend, tmp_path: Path, launch_chromium: Any
) -> None:
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    with sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
        # CSP violations and script errors show on the console; failed assets as responses.
        page.on("console", lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.on("response", lambda r: problems.append(f"{r.status} {r.url}")
                if r.status >= 400 and "/favicon.ico" not in r.url and r.request.method == "GET" else None)

        page.goto(f"{server}/")
        page.click("text=Analyst sign-in")
        page.fill("#username", "ada")
        page.fill("#passphrase", "wrong")
        page.click("button[type=submit]")
        assert "Wrong username, passphrase or code." in page.inner_text(".error")
        page.fill("#username", "ada")
        page.fill("#passphrase", "correct horse battery")
        page.screenshot(path=str(tmp_path / "analyst-login.png"))
        page.click("button[type=submit]")

        page.wait_for_selector("#queue")
        assert "2 linked reports" in page.inner_text("#queue")
        assert "ph-3f2a9c" in page.inner_text("#queue")
        page.screenshot(path=str(tmp_path / "analyst-queue.png"), full_page=True)

        page.click("#queue a[href='/analyst/cases/1']")
        page.wait_for_selector("#report-1")
        assert "+34600111222" in page.inner_text("body")
        page.select_option("#new-status", "triaged")
        page.click("text=Change status")
        page.wait_for_selector(".status-triaged")
        assert fake.status[1] == "triaged"
        page.fill("#note", "Same phone as the Bucharest report; referred to the hotline.")
        page.click("text=Save note")
        page.wait_for_selector("text=Same phone as the Bucharest report")
        page.screenshot(path=str(tmp_path / "analyst-case.png"), full_page=True)

        with page.expect_download() as dl:
            page.click("#export-json")
        saved = tmp_path / "case.json"
        dl.value.save_as(saved)
        assert json.loads(saved.read_text())["reports"] == ["R-0001", "R-0002"]

        page.goto(f"{server}/analyst/cases/1/print")
        assert page.is_visible("button[data-print]")  # shown by analyst.js only
        page.emulate_media(media="print")
        assert not page.is_visible("button[data-print]")
        page.screenshot(path=str(tmp_path / "analyst-print.png"), full_page=True)
        page.emulate_media(media="screen")

        page.goto(f"{server}/analyst/dashboard")
        page.wait_for_selector("#timeline[data-drawn='1']", timeout=10_000)
        assert page.locator("svg.worldmap path[data-code='ES'][data-count='1']").count() == 1
        page.screenshot(path=str(tmp_path / "analyst-dashboard.png"), full_page=True)
        browser.close()
    assert not problems, problems
