"""The app's one ReportService (and so one in-memory lookup limiter), built on first use."""

from __future__ import annotations

import threading

from starlette.requests import Request

from vigila.reports.service import ReportService
from vigila.settings import Settings
from vigila.store.db import Store, upgrade_schema

_lock = threading.Lock()


def reports_service(request: Request) -> ReportService:
    """The reports service of this app, created once."""
    state = request.app.state
    service: ReportService | None = getattr(state, "reports", None)
    if service is None:
        with _lock:
            service = getattr(state, "reports", None)
            if service is None:
                settings: Settings = state.settings
                # Reporters must never meet a missing table: bring the schema up to date once.
                upgrade_schema(settings)
                service = ReportService(Store.from_settings(settings), settings)
                state.reports = service
    return service


def client_key(request: Request) -> str | None:
    """The peer address, used only in memory (salted and hashed by the limiter) and never stored."""
    return request.client.host if request.client else None
