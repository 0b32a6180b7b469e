"""POST /api/v1/job-offers/assess and the "Check a job offer" page, including bad input."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

RISKY_ES = {
    "title": "Azafata de imagen en Dubái",
    "description": "Sin experiencia. 4.000 € al mes. Billete pagado, se descuenta del sueldo. "
    "Solo chicas de 18 a 25 años. Contacto solo por WhatsApp.",
}
ORDINARY_EN = {
    "title": "Senior accountant",
    "description": "Our audit team in Leeds is hiring a chartered accountant with 5 years of experience. "
    "Salary according to the collective agreement, permanent contract, apply through our careers site.",
    "company_profile": "Mid-sized audit firm founded in 1998 with offices in Leeds and York.",
    "has_company_logo": True,
}


def test_risky_spanish_offer(client: TestClient) -> None:
    r = client.post("/api/v1/job-offers/assess", json={**RISKY_ES, "country": "MX"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["fraudulent"] is True and body["level"] == "alert"
    tactics = {f["tactic"] for f in body["trafficking_flags"]}
    assert {"job_young_women_only", "job_messenger_only_contact"} <= tactics
    for f in body["trafficking_flags"]:
        assert RISKY_ES[f["field"]][f["start"] : f["end"]] == f["text"]
    assert body["helpline"]["phone"] == "800 5533 000"
    assert body["explanation"].startswith("Oferta")
    assert any(seg["mark"] for fv in body["fields_view"] for seg in fv["segments"])


def test_ordinary_offer_and_plain_text(client: TestClient) -> None:
    body = client.post("/api/v1/job-offers/assess", json=ORDINARY_EN).json()
    assert body["fraudulent"] is False and body["trafficking_flags"] == []
    text = client.post("/api/v1/job-offers/assess", json={"text": RISKY_ES["description"]}).json()
    assert text["trafficking_flags"] and text["fields_view"][0]["name"] == "description"


@pytest.mark.parametrize(
    ("payload", "status"),
    [
        ({}, 422),
        ({"title": "   ", "description": ""}, 422),
        ({"text": 42}, 422),
        ({"text": "camarera en Madrid", "lang": "klingon"}, 422),
        ({"text": "camarera en Madrid", "country": "Spain"}, 422),
        ({"text": "camarera", "telecommuting": "maybe"}, 422),
        ([1, 2, 3], 422),
    ],
)
def test_bad_input_is_a_clear_4xx(client: TestClient, payload: object, status: int) -> None:
    r = client.post("/api/v1/job-offers/assess", json=payload)
    assert r.status_code == status, r.text


def test_malformed_and_huge_bodies(client: TestClient) -> None:
    json_type = {"content-type": "application/json"}
    r = client.post("/api/v1/job-offers/assess", content=b'{"title": ', headers=json_type)
    assert r.status_code == 422
    huge = b'{"description": "' + b"a" * (2 * 1024 * 1024) + b'"}'
    r = client.post("/api/v1/job-offers/assess", content=huge, headers=json_type)
    assert r.status_code == 413 and "1 MB" in r.json()["detail"]


def test_job_page_without_javascript(client: TestClient) -> None:
    page = client.get("/check/job?lang=es")
    assert page.status_code == 200 and "Comprobar una oferta de trabajo" in page.text
    r = client.post("/check/job", data={**RISKY_ES, "country": "ES"})
    assert r.status_code == 200
    assert "<mark" in r.text and "Solo chicas" in r.text
    assert "900 10 50 90" in r.text and 'href="/report"' in r.text
    assert r.headers["cache-control"] == "no-store"
    empty = client.post("/check/job", data={"title": "", "description": " "})
    assert empty.status_code == 400 and 'class="error"' in empty.text
