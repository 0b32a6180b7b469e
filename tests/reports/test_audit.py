"""The audit chain: tamper detection (edit, delete, reorder, truncate) and concurrent appends."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import delete, select, update

from vigila.security import audit
from vigila.store.db import Store, upgrade_schema
from vigila.store.models import AuditEntry


@pytest.fixture
def store(db_url: str) -> Store:
    upgrade_schema(db_url)
    s = Store(db_url)
    yield s
    s.dispose()


def _fill(store: Store, n: int) -> None:
    for i in range(n):
        with audit.serialized(store) as s:
            audit.append(s, "system", "test.event", "report", i, {"n": i})


def test_valid_chain_verifies(store: Store) -> None:
    _fill(store, 5)
    result = audit.verify(store)
    assert result.ok and result.rows == 5 and result.head_seq == 5


def test_edited_row_is_detected(store: Store) -> None:
    _fill(store, 5)
    with store.session() as s:
        s.execute(update(AuditEntry).where(AuditEntry.seq == 3).values(actor="someone-else"))
    result = audit.verify(store)
    assert not result.ok and "row 3 was changed" in (result.problem or "")


def test_rehashed_edit_breaks_the_next_link(store: Store) -> None:
    _fill(store, 5)
    with store.session() as s:
        row = s.get(AuditEntry, 3)
        assert row is not None
        row.details = '{"n":99}'
        row.hash = audit.row_hash(row.prev_hash, row)
    result = audit.verify(store)
    assert not result.ok and "row 4 does not follow" in (result.problem or "")


def test_deleted_row_is_detected(store: Store) -> None:
    _fill(store, 5)
    with store.session() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.seq == 2))
    result = audit.verify(store)
    assert not result.ok and "row 2 is missing" in (result.problem or "")


def test_reordered_rows_are_detected(store: Store) -> None:
    _fill(store, 4)
    with store.session() as s:
        s.execute(update(AuditEntry).where(AuditEntry.seq == 2).values(seq=100))
        s.execute(update(AuditEntry).where(AuditEntry.seq == 3).values(seq=2))
        s.execute(update(AuditEntry).where(AuditEntry.seq == 100).values(seq=3))
    assert not audit.verify(store).ok


def test_truncated_tail_is_caught_with_the_recorded_head(store: Store) -> None:
    _fill(store, 5)
    head = audit.verify(store)
    with store.session() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.seq >= 4))
    assert audit.verify(store).ok  # a shorter chain is self-consistent ...
    result = audit.verify(store, expect_head=(head.head_seq, head.head_hash))
    assert not result.ok and "missing" in (result.problem or "")  # ... but not the recorded one


def test_concurrent_appends_keep_one_chain(store: Store) -> None:
    def work(i: int) -> None:
        with audit.serialized(store) as s:
            audit.append(s, "system", "test.concurrent", "report", i)

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(work, range(120)))
    result = audit.verify(store)
    assert result.ok and result.rows == 120
    with store.session() as s:
        ids = sorted(int(x) for x in s.scalars(select(AuditEntry.object_id)))
    assert ids == list(range(120))
