"""200 reports submitted at once, through the service and through a real uvicorn server, lose none."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from report_helpers import Org, content
from sqlalchemy import func, select

from vigila.security import audit
from vigila.store.models import Report
from vigila.web.app import create_app

N = 200
pytestmark = pytest.mark.slow


def _check(org: Org, codes: list[str]) -> None:
    assert len(set(codes)) == N
    with org.service.store.session() as s:
        assert s.scalar(select(func.count(Report.id))) == N
    result = audit.verify(org.service.store)
    assert result.ok, result.problem
    assert result.rows == N + 1  # every submission, plus the admin's creation
    # Every report sharing the one phone number ended up in one case.
    linked = [c for c in org.service.queue() if len(c.reports) > 1]
    assert len(linked) == 1 and len(linked[0].reports) == N // 2


def test_200_concurrent_submissions_through_the_service(org: Org) -> None:
    def submit(i: int) -> str:
        people = "+34 612 345 678" if i % 2 else f"report number {i}"
        return org.service.submit(content(people=people)).code

    with ThreadPoolExecutor(max_workers=16) as pool:
        codes = list(pool.map(submit, range(N)))
    _check(org, codes)


@pytest.fixture
def server(org: Org, serve_app: Any) -> Iterator[str]:
    app = create_app(org.settings)
    app.state.reports = org.service
    with serve_app(app) as url:
        yield url


def test_200_concurrent_submissions_through_http(org: Org, server: str) -> None:
    def submit(i: int) -> str:
        people = "+34 612 345 678" if i % 2 else f"report number {i}"
        body = {"what_happened": "they kept our passports", "people": people, "country": "ES"}
        with httpx.Client(base_url=server, timeout=60) as http:
            r = http.post("/api/v1/reports", json=body)
        assert r.status_code == 201, r.text
        return str(r.json()["receipt_code"])

    with ThreadPoolExecutor(max_workers=16) as pool:
        codes = list(pool.map(submit, range(N)))
    _check(org, codes)
