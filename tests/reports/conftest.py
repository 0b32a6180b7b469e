"""Fixtures: a migrated store on SQLite and PostgreSQL, a reports service with an admin and its key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from report_helpers import ADMIN_PASSPHRASE, Org

from vigila.reports.service import ReportService
from vigila.settings import Settings
from vigila.store.db import Store, upgrade_schema


@pytest.fixture
def report_settings(tmp_path: Path, db_url: str) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=db_url, max_upload_bytes=200 * 1024)


@pytest.fixture
def org(report_settings: Settings) -> Iterator[Org]:
    upgrade_schema(report_settings)
    store = Store.from_settings(report_settings)
    service = ReportService(store, report_settings)
    admin = service.create_user("ada", ADMIN_PASSPHRASE, "admin")
    signed = service.authenticate("ada", ADMIN_PASSPHRASE)
    assert signed is not None
    yield Org(service, report_settings, admin.id, signed[1])
    store.dispose()
