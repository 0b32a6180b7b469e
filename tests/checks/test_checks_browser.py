"""The public check pages in a real headless Chromium, with JavaScript off as many users have it.

A uvicorn server runs on a free 127.0.0.1 port in a thread; screenshots go to docs/screenshots/
with VIGILA_SCREENSHOTS=1.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from vigila.settings import Settings
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

RISKY_ES = """Marcos: hola guapa, vi tus fotos en insta, eres preciosa
Lucía: gracias, ¿quién eres?
Marcos: tengo una agencia en Madrid, buscamos chicas de camarera en un club, 3000 euros sin experiencia
Lucía: ¿en serio? yo vivo en Lima
Marcos: nosotros te pagamos el billete y el piso, luego lo descuentas del sueldo
Marcos: no se lo digas a tu familia todavía, mejor que sea sorpresa
Marcos: pásame una foto de tu pasaporte y seguimos por telegram, escríbeme al +34 612 345 678"""

BENIGN_ES = """Ana: hola mamá, ¿a qué hora llegas el sábado?
Mamá: sobre las seis, el tren sale a las dos
Ana: vale, te recojo en la estación
Mamá: gracias hija, llevo la tarta para el cumple de la abuela
Ana: perfecto, ¡hasta el sábado!"""

RISKY_JOB = {
    "title": "Azafata de imagen en Dubái",
    "description": "Sin experiencia. 4.000 € al mes. Billete pagado, se descuenta del sueldo. "
    "Solo chicas de 18 a 25 años. Contacto solo por WhatsApp.",
}



@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, serve_app: Any) -> Iterator[str]:
    with serve_app(create_app(Settings(data_dir=tmp_path_factory.mktemp("data")))) as url:
        yield url


@pytest.fixture(scope="module")
def browser(launch_chromium: Any) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = launch_chromium(p)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    # No JavaScript: the public pages must work as plain forms.
    context = browser.new_context(
        java_script_enabled=False, locale="es-ES", viewport={"width": 1100, "height": 900}
    )
    pg = context.new_page()
    problems: list[str] = []
    pg.on("response", lambda r: problems.append(f"{r.status} {r.url}")
          if r.status >= 400 and r.request.method == "GET" and "/favicon.ico" not in r.url else None)
    yield pg
    context.close()
    assert not problems, problems


def test_risky_spanish_conversation_alerts_with_highlights(server: str, page: Any) -> None:
    page.goto(f"{server}/")
    page.click("text=Comprobar un mensaje o una conversación")
    assert page.url.endswith("/check/message")
    page.fill("#text", RISKY_ES)
    page.fill("#me", "Lucía")
    page.select_option("#country", "PE")
    page.click("button[type=submit]")
    result = page.locator("#result")
    assert "Atención" in result.locator("h2").inner_text()
    marks = page.locator("#result mark").all_inner_texts()
    assert marks, "no phrase was highlighted"
    assert any("billete" in m.lower() or "pasaporte" in m.lower() for m in marks), marks
    assert page.locator(".alert-point").count() == 1
    assert "1818" in result.inner_text()  # Peru's helpline, because the user chose Peru
    assert page.locator("#result a.button[href='/report']").count() == 1  # "report this", one click
    page.locator(".alert-point").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "check-conversation-alert.png"), full_page=True)


def test_benign_conversation_stays_silent(server: str, page: Any) -> None:
    page.goto(f"{server}/check/message")
    page.fill("#text", BENIGN_ES)
    page.click("button[type=submit]")
    heading = page.locator("#result h2").inner_text()
    assert "No se han encontrado señales de alerta" in heading or "Algunas cosas" in heading, heading
    assert page.locator(".alert-point").count() == 0
    page.screenshot(path=str(SHOTS / "check-conversation-benign.png"), full_page=True)


def test_job_offer_check(server: str, page: Any) -> None:
    page.goto(f"{server}/check/job")
    page.fill("#title", RISKY_JOB["title"])
    page.fill("#description", RISKY_JOB["description"])
    page.click("button[type=submit]")
    assert "fraudulenta" in page.locator("#result h2").inner_text()
    marks = page.locator("#result mark").all_inner_texts()
    assert any("Solo chicas" in m for m in marks) and any("solo por WhatsApp" in m for m in marks)
    page.screenshot(path=str(SHOTS / "check-job-offer.png"), full_page=True)


def test_helplines_page(server: str, page: Any) -> None:
    page.goto(f"{server}/helplines?country=AR")
    first = page.locator("section.country").first
    assert "145" in first.inner_text()  # the visitor's country comes first
    assert page.locator("section#c-IT").count() == 1
    page.screenshot(path=str(SHOTS / "helplines.png"))
