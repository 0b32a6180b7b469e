"""The reporter's path in a real headless Chromium, without an account: report with an attachment,
keep the code, come back later, read the analyst's question and answer it. Screenshots for the tour."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from report_helpers import Org

from vigila.web.app import create_app

# Plain test runs must not rewrite tracked files: refresh the README pictures with VIGILA_SCREENSHOTS=1.
SHOTS = (
    Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    if os.environ.get("VIGILA_SCREENSHOTS") == "1"
    else Path(tempfile.mkdtemp(prefix="vigila-shots-"))
)

pytestmark = [
    pytest.mark.browser,
]


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """The browser path is about the pages; the store itself is tested on both backends elsewhere."""
    return f"sqlite:///{tmp_path / 'browser.db'}"


@pytest.fixture
def server(org: Org, serve_app: Any) -> Iterator[str]:
    app = create_app(org.settings)
    app.state.reports = org.service
    with serve_app(app) as url:
        yield url


def test_reporter_submits_then_answers_a_question(
    server: str, org: Org, tmp_path: Path, launch_chromium: Any
) -> None:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    chat = tmp_path / "chat.txt"
    chat.write_text("[01/11/26, 21:04] Recruiter: the ticket is paid, bring your passport\n")
    with sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page(java_script_enabled=False, viewport={"width": 900, "height": 1100})
        missing: list[str] = []
        # Every page asset is served by Vigila itself; the browser's own favicon probe is not one.
        page.on("response", lambda r: missing.append(r.url)
                if r.status >= 400 and not r.url.endswith("/favicon.ico") else None)
        page.goto(f"{server}/report?lang=es")
        page.fill("#what_happened", "Una agencia de modelos nos ofreció trabajo en Milán y se quedó "
                  "con nuestros pasaportes al llegar.")
        page.fill("#where", "Instagram y luego WhatsApp")
        page.fill("#country", "IT")
        page.fill("#city", "Milano")
        page.fill("#people", "+39 347 123 4567, @scout_models_eu")
        page.set_input_files("#files", str(chat))
        page.screenshot(path=str(SHOTS / "report-form.png"), full_page=True)
        page.click("button[type=submit]")
        code = page.inner_text("#receipt-code").strip()
        assert len(code) == 19
        page.screenshot(path=str(SHOTS / "report-receipt.png"), full_page=True)

        # Later, an analyst asks a question through the service.
        case = org.service.queue()[0]
        opened = org.service.read_report(org.admin_id, org.key, case.reports[0].id)
        assert opened.attachments[0].name == "chat.txt"
        org.service.ask(org.admin_id, org.key, case.reports[0].id, "¿En qué barrio de Milán estáis?")

        page.goto(f"{server}/report/follow-up")
        page.fill("#code", code.lower())
        page.click("button[type=submit]")
        assert "¿En qué barrio de Milán estáis?" in page.inner_text("ol.thread")
        page.fill("#text", "Cerca de la estación central.")
        page.click("button[type=submit]")
        assert "Cerca de la estación central." in page.inner_text("ol.thread")
        page.screenshot(path=str(SHOTS / "report-follow-up.png"), full_page=True)
        browser.close()
    thread = org.service.read_report(org.admin_id, org.key, case.reports[0].id).messages
    assert [m.author for m in thread] == ["analyst", "reporter"]
    assert not missing
