"""Append-only, hash-chained audit log: who read, changed, exported or purged what (never content).

Each row's `hash` is sha256(prev_hash ‖ canonical row), where the canonical row is a JSON array of
(seq, at, actor, action, object_type, object_id, details). Changing any field, deleting a row or
reordering rows breaks the chain, and `verify` names the first broken row. Cutting rows off the END
leaves a valid shorter chain, so operators keep the head `verify` prints and pass it back with
`expect_head` (or `vigila audit verify --expect SEQ:HASH`).

Appends are serialised: `serialized(store)` opens a transaction that holds the database's write
lock (SQLite `BEGIN IMMEDIATE`) or a transaction-scoped advisory lock (PostgreSQL) before reading
the chain head, so concurrent writers on either backend never fork the chain; the `seq` primary
key refuses a fork even if a caller forgets.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from vigila.store.db import Store
from vigila.store.models import AuditEntry

GENESIS = "0" * 64
# Arbitrary constant identifying Vigila's audit lock among PostgreSQL advisory locks.
_PG_LOCK_KEY = 0x56494749


@contextmanager
def serialized(store: Store) -> Iterator[Session]:
    """A transaction that owns the audit chain (and the right to write) until it commits."""
    with store.session() as session:
        if store.engine.dialect.name == "sqlite":
            # Take the write lock now: a deferred transaction that read first cannot upgrade safely.
            session.execute(text("BEGIN IMMEDIATE"))
        else:
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
        yield session


def _now(day_only: bool) -> str:
    now = datetime.now(UTC)
    if day_only:
        return now.strftime("%Y-%m-%dT00:00:00Z")
    return now.strftime("%Y-%m-%dT%H:%M:%SZ")


def canonical(row: AuditEntry) -> bytes:
    """The exact bytes hashed for a row."""
    fields = [row.seq, row.at, row.actor, row.action, row.object_type, row.object_id, row.details]
    return json.dumps(fields, ensure_ascii=True, separators=(",", ":")).encode()


def row_hash(prev_hash: str, row: AuditEntry) -> str:
    """sha256(prev_hash ‖ canonical row) as hex."""
    return hashlib.sha256(prev_hash.encode() + canonical(row)).hexdigest()


def append(
    session: Session,
    actor: str | int,
    action: str,
    object_type: str,
    object_id: object = None,
    details: dict[str, Any] | None = None,
    day_only: bool = False,
) -> AuditEntry:
    """Add one row at the head of the chain; call inside `serialized(store)`.

    `day_only` records the day but not the time: used for reporters' actions, whose exact time
    could be matched against network logs.
    """
    last = select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    head = session.execute(last).first()
    seq, prev = (head[0] + 1, head[1]) if head else (1, GENESIS)
    row = AuditEntry(
        seq=seq,
        at=_now(day_only),
        actor=str(actor),
        action=action,
        object_type=object_type,
        object_id=None if object_id is None else str(object_id),
        details=json.dumps(details or {}, sort_keys=True, ensure_ascii=True, separators=(",", ":")),
        prev_hash=prev,
    )
    row.hash = row_hash(prev, row)
    session.add(row)
    session.flush()
    return row


@dataclass(frozen=True)
class Verification:
    """The outcome of checking the chain: rows checked, the head, and the first problem found."""

    ok: bool
    rows: int
    head_seq: int
    head_hash: str
    problem: str | None = None


def verify(store: Store, expect_head: tuple[int, str] | None = None) -> Verification:
    """Walk the whole chain and report the first changed, missing or reordered row."""
    expected_seq, prev = 1, GENESIS
    count = 0
    with store.session() as session:
        rows = select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=500)
        for row in session.scalars(rows):
            problem = None
            if row.seq != expected_seq:
                problem = f"row {expected_seq} is missing (next row is {row.seq})"
            elif row.prev_hash != prev:
                problem = f"row {row.seq} does not follow row {row.seq - 1} (chain link broken)"
            elif row_hash(prev, row) != row.hash:
                problem = f"row {row.seq} was changed after it was written (hash mismatch)"
            if problem:
                return Verification(False, count, expected_seq - 1, prev, problem)
            prev, expected_seq, count = row.hash, expected_seq + 1, count + 1
    head_seq = expected_seq - 1
    if expect_head is not None:
        want_seq, want_hash = expect_head
        if head_seq < want_seq:
            return Verification(False, count, head_seq, prev,
                                f"rows after {head_seq} are missing (expected the chain to reach {want_seq})")
        if not _reaches(store, want_seq, want_hash):
            return Verification(False, count, head_seq, prev, f"row {want_seq} is not the recorded head")
    return Verification(True, count, head_seq, prev)


def _reaches(store: Store, seq: int, digest: str) -> bool:
    with store.session() as session:
        found = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == seq))
    return found == digest


def entries(session: Session, object_type: str | None = None, object_id: object = None) -> list[AuditEntry]:
    """Audit rows, oldest first, optionally for one object."""
    query = select(AuditEntry).order_by(AuditEntry.seq)
    if object_type is not None:
        query = query.where(AuditEntry.object_type == object_type)
    if object_id is not None:
        query = query.where(AuditEntry.object_id == str(object_id))
    return list(session.scalars(query))
