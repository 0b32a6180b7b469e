"""The web app: health, home page in each language, language switching, strict headers."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from vigila.settings import Settings
from vigila.web.app import create_app


@pytest.fixture
def client(settings: Settings) -> TestClient:
    return TestClient(create_app(settings))


def test_healthz(client: TestClient) -> None:
    r = client.get("/healthz")
    assert r.status_code == 200
    assert r.json()["status"] == "ok"


@pytest.mark.parametrize(
    ("accept", "phrase"),
    [
        ("es-ES,es;q=0.9", "Detecta la captación antes de que sea tarde"),
        ("en-GB,en;q=0.8", "Spot recruitment before it is too late"),
        ("pt-BR", "Perceba o aliciamento"),
        ("fr-FR,fr;q=0.9,en;q=0.5", "Repérez le recrutement"),
        ("ro", "Recunoaște recrutarea"),
        ("de-DE", "Spot recruitment before it is too late"),
    ],
)
def test_home_in_accept_language(client: TestClient, accept: str, phrase: str) -> None:
    r = client.get("/", headers={"Accept-Language": accept})
    assert r.status_code == 200
    assert phrase in r.text


def test_language_switch_is_remembered(client: TestClient) -> None:
    r = client.get("/?lang=es", headers={"Accept-Language": "en"})
    assert "Detecta la captación" in r.text
    again = client.get("/", headers={"Accept-Language": "en"})
    assert "Detecta la captación" in again.text


def test_unknown_language_parameter_is_ignored(client: TestClient) -> None:
    r = client.get("/?lang=xx", headers={"Accept-Language": "fr"})
    assert "Repérez" in r.text


def test_pages_load_nothing_from_elsewhere(client: TestClient) -> None:
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp
    assert r.headers["referrer-policy"] == "no-referrer"
    # Every asset reference is local.
    import re

    for ref in re.findall(r'(?:src|href)="([^"]+)"', r.text):
        assert ref.startswith(("/", "?", "#")) or ref == "https://www.wikipedia.org/", ref


def test_static_css_is_bundled(client: TestClient) -> None:
    r = client.get("/static/vigila.css")
    assert r.status_code == 200 and "--accent" in r.text


def test_openapi_lists_api_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert "/api/v1/health" in paths
