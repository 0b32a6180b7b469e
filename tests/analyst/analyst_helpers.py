"""Helpers for the analyst tests (a module of its own: `from conftest import` breaks when several
test directories, each with a conftest, run together)."""

from __future__ import annotations

import re

from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.routing import NoMatchFound

from vigila.settings import Settings
from vigila.web.app import create_app

ANALYST_ROUTERS = ("auth", "cases", "dashboard")


def analyst_app(settings: Settings, backend: object | None = None) -> FastAPI:
    """The real app; the analyst backend is replaced when one is given."""
    app = create_app(settings)
    try:
        # Route names, not `app.routes`: FastAPI >= 0.16x wraps included routers.
        app.url_path_for("analyst_login")
    except NoMatchFound:
        import importlib

        for mod in ANALYST_ROUTERS:
            app.include_router(importlib.import_module(f"vigila.web.analyst.{mod}").router)
    if backend is not None:
        app.state.analyst_backend = backend
    return app


def form_csrf(html: str) -> str:
    """The CSRF token of the first form on a page."""
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF field on the page"
    return found.group(1)


def sign_in(client: TestClient, username: str, passphrase: str, code: str = "") -> TestClient:
    page = client.get("/analyst/login")
    r = client.post("/analyst/login", data={"username": username, "passphrase": passphrase, "code": code,
                                            "csrf": form_csrf(page.text)}, follow_redirects=False)
    assert r.status_code == 303, r.text
    return client
