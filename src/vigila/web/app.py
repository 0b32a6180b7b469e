"""The web face: FastAPI app with the REST API under /api/v1 and server-rendered pages."""

from __future__ import annotations

import importlib
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from vigila import __version__
from vigila.settings import Settings, get_settings
from vigila.web.middleware import LanguageMiddleware, SecurityHeadersMiddleware

STATIC_DIR = Path(__file__).parent / "static"

# Modules defining `router`; each area adds one line. API routers are mounted under /api/v1.
API_ROUTERS: list[str] = [
    "vigila.web.api.health",
    "vigila.web.api.reports",
    "vigila.web.api.job_offers",
    "vigila.web.api.conversations",
]
PAGE_ROUTERS: list[str] = [
    "vigila.web.pages.home",
    "vigila.web.pages.report",
    "vigila.web.pages.checks",
    "vigila.web.pages.helplines",
    "vigila.web.analyst.auth",
    "vigila.web.analyst.cases",
    "vigila.web.analyst.dashboard",
]


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the ASGI application for the given settings (environment by default)."""
    settings = settings or get_settings()
    app = FastAPI(
        title="Vigila API",
        version=__version__,
        description="Explainable detection of trafficking and grooming signals. Nothing you send is stored "
        "unless an endpoint says so.",
        docs_url="/docs",
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(LanguageMiddleware)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    for module in API_ROUTERS:
        app.include_router(importlib.import_module(module).router, prefix="/api/v1")
    for module in PAGE_ROUTERS:
        app.include_router(importlib.import_module(module).router)
    # /healthz sits outside /api/v1 where load balancers expect it.
    from vigila.web.api.health import healthz

    app.add_api_route("/healthz", healthz, methods=["GET"], tags=["health"], include_in_schema=False)
    return app
