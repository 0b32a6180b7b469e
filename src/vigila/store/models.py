"""SQLAlchemy models of the store. Change them only together with a migration."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    """Timezone-aware now, for defaults."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base of all tables."""


class Document(Base):
    """A public document under analysis (job ad, escort ad, post); never a private report."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    external_id: Mapped[str] = mapped_column(String(200), unique=True, index=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    lang: Mapped[str | None] = mapped_column(String(8))
    title: Mapped[str | None] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text)
    risk: Mapped[float | None] = mapped_column(Float, index=True)
    analysis: Mapped[dict[str, object] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


# --- Anonymous reports, cases and the audit ledger (issue 6; see vigila.reports) -------------------
# Nothing here identifies a reporter: no IP, no user agent, no precise time of submission. Contents
# are age-encrypted to the organisation's public key; only derived data is in clear.

REPORT_STATUSES = ("new", "triaged", "in_progress", "referred", "closed")
USER_ROLES = ("admin", "analyst", "viewer")


class User(Base):
    """An analyst account; `key_wrap` is the organisation private key sealed under the passphrase."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    # TOTP secret sealed with the server's "totp" secret (AES-GCM); None when two-step is off.
    totp_secret: Mapped[bytes | None] = mapped_column(LargeBinary)
    key_wrap: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)


class Case(Base):
    """A group of reports handled together; the workflow state lives here."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    title: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default="new", index=True)
    assigned_to: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    merged_into: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"))


class Report(Base):
    """One anonymous report: ciphertext plus the derived data triage needs."""

    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # HMAC of the receipt code under a server secret; the code itself is never stored.
    receipt_hmac: Mapped[str] = mapped_column(String(64), unique=True)
    # Day only: a precise time could be matched against network logs to find the reporter.
    submitted_on: Mapped[date] = mapped_column(Date, index=True)
    language: Mapped[str] = mapped_column(String(8))
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    city: Mapped[str | None] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    # Per-report thread key (AES-256) sealed to the org key, and under a key derived from the code,
    # so both analysts and the reporter (who holds the code) can read the message thread.
    thread_key_org: Mapped[bytes] = mapped_column(LargeBinary)
    thread_key_code: Mapped[bytes] = mapped_column(LargeBinary)
    risk: Mapped[float] = mapped_column(Float, default=0.0, index=True)
    level: Mapped[str] = mapped_column(String(8), default="none")
    tactics: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), default="new", index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"), index=True)
    assigned_to: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ReportEntity(Base):
    """A keyed hash of a normalised entity in a report: links reports without revealing the value."""

    __tablename__ = "report_entities"
    __table_args__ = (UniqueConstraint("report_id", "kind", "hmac", name="uq_report_entities"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    hmac: Mapped[str] = mapped_column(String(64), index=True)


class Attachment(Base):
    """An encrypted attachment (bytes and file name sealed to the org key); EXIF already stripped."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    name: Mapped[bytes] = mapped_column(LargeBinary)
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Message(Base):
    """One message of the thread between analysts and the reporter, sealed with the thread key."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(String(16))
    body: Mapped[bytes] = mapped_column(LargeBinary)
    created_on: Mapped[date] = mapped_column(Date)


class CaseNote(Base):
    """An analyst's note on a case, sealed to the org key."""

    __tablename__ = "case_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    body: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditEntry(Base):
    """One append-only, hash-chained audit row: hash = sha256(prev_hash ‖ canonical row)."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    # ISO-8601 UTC text, so the hashed form reads back byte-identical on every backend.
    at: Mapped[str] = mapped_column(String(20))
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64), index=True)
    object_type: Mapped[str] = mapped_column(String(32))
    object_id: Mapped[str | None] = mapped_column(String(64))
    # Canonical JSON text (sorted keys); never report contents.
    details: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
