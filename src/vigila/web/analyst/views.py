"""What the analyst pages show, and the one interface they need from the reports services.

The pages never touch the store directly: every read, change and export goes through an
`AnalystBackend`, whose production implementation (`vigila.web.analyst.backend`) calls the
audited services of `vigila.reports`. Keeping this seam small lets the route tests check roles,
CSRF and rate limits without a database, and keeps the audit rule in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from vigila.core.errors import InputError
from vigila.security.sessions import AnalystSession

STATUSES = ("new", "triaged", "in_progress", "referred", "closed")
OPEN_STATUSES = ("new", "triaged", "in_progress", "referred")


class NotFound(InputError):
    """The case, report or attachment does not exist (or no longer exists after a purge)."""


@dataclass(frozen=True)
class SignedIn:
    """A successful sign-in: the user and the organisation key their passphrase unlocked."""

    user_id: int
    username: str
    role: str
    secret_key: object


@dataclass(frozen=True)
class UserRef:
    """A user an analyst can assign a case to."""

    id: int
    username: str
    role: str


@dataclass(frozen=True)
class EntityView:
    """An entity as type + pseudonym; `value` is filled only after decryption on an opened report."""

    kind: str
    pseudonym: str
    value: str | None = None


@dataclass(frozen=True)
class MessageView:
    """One question (sender 'analyst') or answer (sender 'reporter')."""

    sender: str
    text: str
    at: str


@dataclass(frozen=True)
class NoteView:
    """An analyst's note on a case."""

    author: str
    text: str
    at: str


@dataclass(frozen=True)
class AttachmentView:
    """An attachment's name and size; its bytes are fetched (and audited) separately."""

    id: int
    name: str
    size: int


@dataclass(frozen=True)
class ReportView:
    """A report in the queue (derived data only) or opened (with decrypted `fields`)."""

    id: int
    ref: str
    received: str
    risk: float
    tactics: list[str]
    entities: list[EntityView]
    place: str | None = None
    level: str | None = None
    fields: list[tuple[str, str]] = field(default_factory=list)
    attachments: list[AttachmentView] = field(default_factory=list)
    messages: list[MessageView] = field(default_factory=list)


@dataclass(frozen=True)
class CaseView:
    """A case: its reports, the entities they share, workflow state and notes."""

    id: int
    status: str
    assignee: str | None
    risk: float
    tactics: list[str]
    shared: list[EntityView]
    reports: list[ReportView]
    received: str
    place: str | None = None
    notes: list[NoteView] = field(default_factory=list)


@dataclass(frozen=True)
class EntityCount:
    """An entity seen in several reports: type, pseudonym, report count and the cases holding it."""

    kind: str
    pseudonym: str
    reports: int
    cases: list[int]


@dataclass(frozen=True)
class PlaceCount:
    """Reports per country (ISO alpha-2) and city as the reporters gave them."""

    country: str
    city: str | None
    count: int


@dataclass
class DashboardData:
    """Counts for the dashboard; no report content."""

    reports: int
    cases: int
    open_cases: int
    linked_cases: int
    # (ISO week label, tactic) -> count
    by_week_tactic: dict[tuple[str, str], int]
    places: list[PlaceCount]
    unplaced: int
    top_entities: list[EntityCount]


class AnalystBackend(Protocol):
    """Everything the analyst pages do with reports; each call is audited by the implementation."""

    def authenticate(self, username: str, passphrase: str, code: str) -> SignedIn | None:
        """Verify passphrase and TOTP code and unlock the organisation key, or return None."""

    def totp_enabled(self, user_id: int) -> bool:
        """Whether the user has two-step sign-in on."""

    def check_totp(self, user_id: int, code: str) -> bool:
        """Whether the code is currently valid for the user."""

    def set_totp(self, session: AnalystSession, secret: str | None) -> None:
        """Turn two-step sign-in on (with `secret`) or off for the session's user."""

    def users(self) -> list[UserRef]:
        """Active users who can be assigned cases."""

    def queue(self, session: AnalystSession, status: str | None, mine: bool) -> list[CaseView]:
        """Cases sorted by risk, highest first, with derived data only (nothing decrypted)."""

    def open_case(self, session: AnalystSession, case_id: int, for_export: bool = False) -> CaseView:
        """A case with its reports decrypted (audited as a read, or as an export for printing)."""

    def set_status(self, session: AnalystSession, case_id: int, status: str) -> None:
        """Move a case along the workflow."""

    def assign(self, session: AnalystSession, case_id: int, user_id: int | None) -> None:
        """Assign a case to a user, or to nobody."""

    def add_note(self, session: AnalystSession, case_id: int, text: str) -> None:
        """Add an (encrypted) note to a case."""

    def ask(self, session: AnalystSession, report_id: int, text: str) -> int:
        """Send a question to the reporter of a report; returns the report's case id."""

    def merge(self, session: AnalystSession, into_case: int, other_case: int) -> None:
        """Move every report of `other_case` into `into_case`."""

    def split(self, session: AnalystSession, report_id: int) -> int:
        """Move one report into a new case of its own; returns the new case id."""

    def export_case(self, session: AnalystSession, case_id: int) -> dict[str, Any]:
        """The case as a JSON-ready dict with decrypted contents (an audited export)."""

    def attachment(
        self, session: AnalystSession, report_id: int, attachment_id: int
    ) -> tuple[str, str, bytes]:
        """(file name, media type, decrypted bytes) of an attachment (an audited read)."""

    def dashboard(self, session: AnalystSession) -> DashboardData:
        """Counts for the dashboard."""
