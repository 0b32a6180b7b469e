"""The store migrates and round-trips on SQLite and on the real PostgreSQL server."""

from __future__ import annotations

from sqlalchemy import inspect, select, text

from vigila.store.db import Store, upgrade_schema
from vigila.store.demo import demo_records, load_demo
from vigila.store.models import Document


def test_upgrade_creates_schema_at_head(db_url: str) -> None:
    revision = upgrade_schema(db_url)
    store = Store(db_url)
    try:
        assert store.revision() == revision != "base"
        assert "documents" in inspect(store.engine).get_table_names()
    finally:
        store.dispose()


def test_demo_load_is_idempotent(db_url: str) -> None:
    upgrade_schema(db_url)
    store = Store(db_url)
    try:
        first = load_demo(store)
        again = load_demo(store)
        assert first == len(demo_records()) > 0
        assert again == 0
        with store.session() as s:
            kinds = set(s.scalars(select(Document.kind)).all())
        assert {"job_ad", "escort_ad"} <= kinds
    finally:
        store.dispose()


def test_session_rolls_back_on_error(db_url: str) -> None:
    upgrade_schema(db_url)
    store = Store(db_url)
    try:
        try:
            with store.session() as s:
                s.add(Document(external_id="x", kind="job_ad", body="b"))
                s.flush()
                raise RuntimeError("boom")
        except RuntimeError:
            pass
        with store.session() as s:
            assert s.scalar(select(Document).where(Document.external_id == "x")) is None
    finally:
        store.dispose()


def test_sqlite_uses_wal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = Store(f"sqlite:///{tmp_path / 'w.db'}")
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    store.dispose()
