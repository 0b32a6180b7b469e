"""The 0002 migration and the SQLAlchemy models describe the same schema, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from vigila.store.db import Store, alembic_config, upgrade_schema
from vigila.store.models import Base


def test_migration_matches_models(db_url: str) -> None:
    assert upgrade_schema(db_url) == "0002"
    store = Store(db_url)
    try:
        with store.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
            tables = set(inspect(conn).get_table_names())
    finally:
        store.dispose()
    assert diff == []
    assert {"users", "reports", "report_entities", "attachments", "cases", "messages", "case_notes",
            "audit_log"} <= tables


def test_downgrade_removes_report_tables(db_url: str) -> None:
    upgrade_schema(db_url)
    command.downgrade(alembic_config(db_url), "0001")
    store = Store(db_url)
    try:
        assert store.revision() == "0001"
        with store.engine.connect() as conn:
            assert "reports" not in inspect(conn).get_table_names()
    finally:
        store.dispose()
