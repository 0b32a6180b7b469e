"""Objects an app builds once on first use: the report service, the analyst machinery."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from starlette.requests import Request

from vigila.reports.service import ReportService
from vigila.settings import Settings
from vigila.store.db import Store, upgrade_schema

T = TypeVar("T")
# Re-entrant: building the analyst state builds the report service under the same lock.
_lock = threading.RLock()


def once_per_app(request: Request, name: str, build: Callable[[], T]) -> T:
    """`app.state.<name>`, built by `build` the first time any request asks for it (thread-safe)."""
    state = request.app.state
    value: T | None = getattr(state, name, None)
    if value is None:
        with _lock:
            value = getattr(state, name, None)
            if value is None:
                value = build()
                setattr(state, name, value)
    return value


def reports_service(request: Request) -> ReportService:
    """The reports service of this app (and so its one in-memory lookup limiter), created once."""

    def build() -> ReportService:
        settings: Settings = request.app.state.settings
        # Reporters must never meet a missing table: bring the schema up to date once.
        upgrade_schema(settings)
        return ReportService(Store.from_settings(settings), settings)

    return once_per_app(request, "reports", build)


def client_key(request: Request) -> str | None:
    """The peer address, used only in memory (salted and hashed by the limiter) and never stored."""
    return request.client.host if request.client else None
