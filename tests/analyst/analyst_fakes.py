"""An in-memory AnalystBackend for route tests: roles, CSRF and limits without a database."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyotp

from vigila.security.sessions import AnalystSession
from vigila.web.analyst.views import (
    CaseView,
    DashboardData,
    EntityCount,
    EntityView,
    NoteView,
    NotFound,
    PlaceCount,
    ReportView,
    SignedIn,
    UserRef,
)


@dataclass
class FakeUser:
    id: int
    username: str
    passphrase: str
    role: str
    totp: str | None = None


@dataclass
class FakeBackend:
    users_by_name: dict[str, FakeUser] = field(default_factory=dict)
    calls: list[tuple[str, Any]] = field(default_factory=list)
    status: dict[int, str] = field(default_factory=lambda: {1: "new"})
    notes: dict[int, list[NoteView]] = field(default_factory=dict)

    def add(self, username: str, passphrase: str, role: str) -> FakeUser:
        user = FakeUser(len(self.users_by_name) + 1, username, passphrase, role)
        self.users_by_name[username] = user
        return user

    def _by_id(self, user_id: int) -> FakeUser:
        return next(u for u in self.users_by_name.values() if u.id == user_id)

    def authenticate(self, username: str, passphrase: str, code: str) -> SignedIn | None:
        user = self.users_by_name.get(username)
        if user is None or user.passphrase != passphrase:
            return None
        if user.totp and not pyotp.TOTP(user.totp).verify(code, valid_window=1):
            return None
        return SignedIn(user.id, user.username, user.role, secret_key=f"key-of-{username}")

    def totp_enabled(self, user_id: int) -> bool:
        return self._by_id(user_id).totp is not None

    def check_totp(self, user_id: int, code: str) -> bool:
        secret = self._by_id(user_id).totp
        return secret is not None and pyotp.TOTP(secret).verify(code, valid_window=1)

    def set_totp(self, session: AnalystSession, secret: str | None) -> None:
        self._by_id(session.user_id).totp = secret

    def users(self) -> list[UserRef]:
        return [UserRef(u.id, u.username, u.role) for u in self.users_by_name.values()]

    def _case(self, case_id: int, opened: bool) -> CaseView:
        if case_id != 1:
            raise NotFound(f"there is no case #{case_id}")
        phone = EntityView("phone", "ph-3f2a9c", "+34600111222" if opened else None)
        reports = [
            ReportView(1, "R-0001", "2026-11-02", 0.91, ["fake_job", "document_retention"], [phone], "ES",
                       "alert", [("What happened", "They kept my <b>passport</b>")] if opened else []),
            ReportView(2, "R-0002", "2026-11-09", 0.64, ["travel_paid"], [phone], "RO"),
        ]
        return CaseView(1, self.status[1], None, 0.91, ["fake_job", "document_retention", "travel_paid"],
                        [phone], reports, "2026-11-09", "ES", self.notes.get(1, []))

    def queue(self, session: AnalystSession, status: str | None, mine: bool) -> list[CaseView]:
        self.calls.append(("queue", session.username))
        return [self._case(1, opened=False)]

    def open_case(self, session: AnalystSession, case_id: int, for_export: bool = False) -> CaseView:
        assert session.secret_key == f"key-of-{session.username}"
        self.calls.append(("export" if for_export else "open", case_id))
        return self._case(case_id, opened=True)

    def set_status(self, session: AnalystSession, case_id: int, status: str) -> None:
        self._case(case_id, False)
        self.calls.append(("status", (case_id, status)))
        self.status[case_id] = status

    def assign(self, session: AnalystSession, case_id: int, user_id: int | None) -> None:
        self.calls.append(("assign", (case_id, user_id)))

    def add_note(self, session: AnalystSession, case_id: int, text: str) -> None:
        self.notes.setdefault(case_id, []).append(NoteView(session.username, text, "now"))

    def ask(self, session: AnalystSession, report_id: int, text: str) -> int:
        self.calls.append(("ask", (report_id, text)))
        return 1

    def merge(self, session: AnalystSession, into_case: int, other_case: int) -> None:
        self._case(other_case, False)

    def split(self, session: AnalystSession, report_id: int) -> int:
        self.calls.append(("split", report_id))
        return 1

    def export_case(self, session: AnalystSession, case_id: int) -> dict[str, Any]:
        self.calls.append(("export", case_id))
        case = self._case(case_id, opened=True)
        return {"case": case.id, "reports": [r.ref for r in case.reports]}

    def attachment(
        self, session: AnalystSession, report_id: int, attachment_id: int
    ) -> tuple[str, str, bytes]:
        if attachment_id != 1:
            raise NotFound("no such attachment")
        return ("../../evil name.html", "text/html", b"<script>alert(1)</script>")

    def dashboard(self, session: AnalystSession) -> DashboardData:
        return DashboardData(
            reports=2, cases=1, open_cases=1, linked_cases=1,
            by_week_tactic={("2026-W45", "fake_job"): 1, ("2026-W47", "travel_paid"): 1},
            places=[PlaceCount("ES", "Madrid", 1), PlaceCount("RO", None, 1)], unplaced=0,
            top_entities=[EntityCount("phone", "ph-3f2a9c", 2, [1])],
        )
