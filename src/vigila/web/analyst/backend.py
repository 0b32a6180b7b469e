"""The production `AnalystBackend`: the analyst pages over the audited `ReportService`.

Every call maps to one service call made as the signed-in user (for the audit log) and, when it
decrypts, with the organisation key unlocked at sign-in and held only in the session. This module
only translates: the service's summaries become the page view models, its `NotFound` becomes the
pages' `NotFound` (a 404 page), and the dashboard counts are derived from the queue's derived data
(nothing is decrypted for them).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import pyotp
from pyrage import x25519
from sqlalchemy import select

from vigila.core.errors import VigilaError
from vigila.reports import service as reports
from vigila.reports.service import CaseSummary, EntityRef, ReportService, ReportSummary
from vigila.security.sessions import AnalystSession
from vigila.settings import Settings
from vigila.store.db import Store
from vigila.store.models import User
from vigila.web.analyst.views import (
    OPEN_STATUSES,
    AttachmentView,
    CaseView,
    DashboardData,
    EntityCount,
    EntityView,
    MessageView,
    NoteView,
    NotFound,
    PlaceCount,
    ReportView,
    SignedIn,
    UserRef,
)

# Decrypted report fields in the order the case page shows them; labels are msgids of analyst.po.
FIELDS = (
    ("what_happened", "What happened"),
    ("where", "Where"),
    ("when", "When"),
    ("people", "People, phones, handles, links"),
    ("contact", "Contact"),
)
TOP_ENTITIES = 10


@contextmanager
def _not_found() -> Iterator[None]:
    # The service's NotFound and the pages' NotFound are distinct classes; the pages answer 404 only
    # for their own.
    try:
        yield
    except reports.NotFound as exc:
        raise NotFound(str(exc)) from None


def _key(session: AnalystSession) -> x25519.Identity:
    if not isinstance(session.secret_key, x25519.Identity):
        raise VigilaError("this session holds no organisation key; sign out and sign in again")
    return session.secret_key


def _place(city: str | None, country: str | None) -> str | None:
    return ", ".join(p for p in (city, country) if p) or None


def _entity(e: EntityRef) -> EntityView:
    return EntityView(e.kind, e.label, e.value)


def _report_ref(report_id: int) -> str:
    return f"R-{report_id:04d}"


def _report(r: ReportSummary) -> ReportView:
    content = r.content or {}
    fields = [(label, str(content[key])) for key, label in FIELDS if str(content.get(key) or "").strip()]
    return ReportView(
        id=r.id,
        ref=_report_ref(r.id),
        received=r.submitted_on.isoformat(),
        risk=r.risk,
        tactics=list(r.tactics),
        entities=[_entity(e) for e in r.entities],
        place=_place(r.city, r.country),
        level=r.level,
        fields=fields,
        attachments=[AttachmentView(a.id, a.name or f"attachment-{a.id}", a.size) for a in r.attachments],
        messages=[MessageView(m.author, m.text, m.on.isoformat()) for m in r.messages],
    )


def _at(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


class ReportsBackend:
    """`AnalystBackend` on the reports service; each call acts as the session's user."""

    def __init__(self, store: Store, settings: Settings, service: ReportService | None = None) -> None:
        self.store = store
        self.settings = settings
        self.service = service or ReportService(store, settings)

    @classmethod
    def from_service(cls, service: ReportService) -> ReportsBackend:
        """A backend sharing an existing service (and so its store and engine)."""
        return cls(service.store, service.settings, service)

    # --- sign-in and accounts -------------------------------------------------------------------

    def _user_id(self, username: str) -> int | None:
        with self.store.session() as s:
            return s.scalar(select(User.id).where(User.username == username.strip()))

    def authenticate(self, username: str, passphrase: str, code: str) -> SignedIn | None:
        """Verify the passphrase (unsealing the org key) and, when enrolled, the TOTP code."""
        found = self.service.authenticate(username, passphrase)
        if found is None:
            known = self._user_id(username)
            if known is not None:
                self.service.record_sign_in(known, ok=False)
            return None
        user, identity = found
        if not self.check_totp(user.id, code, required=False):
            self.service.record_sign_in(user.id, ok=False)
            return None
        self.service.record_sign_in(user.id, ok=True)
        return SignedIn(user.id, user.username, user.role, identity)

    def totp_enabled(self, user_id: int) -> bool:
        """Whether the user has two-step sign-in on."""
        with _not_found():
            return self.service.totp_secret(user_id) is not None

    def check_totp(self, user_id: int, code: str, required: bool = True) -> bool:
        """Whether `code` is valid now; with `required=False` a user without TOTP passes."""
        with _not_found():
            secret = self.service.totp_secret(user_id)
        if secret is None:
            return not required
        return bool(code) and pyotp.TOTP(secret).verify(code, valid_window=1)

    def set_totp(self, session: AnalystSession, secret: str | None) -> None:
        """Turn two-step sign-in on or off for the session's user (audited by the service)."""
        with _not_found():
            self.service.set_totp(session.user_id, secret)

    def users(self) -> list[UserRef]:
        """Active users, by name."""
        return [UserRef(u.id, u.username, u.role) for u in self.service.users()]

    def _usernames(self) -> dict[int, str]:
        with self.store.session() as s:
            return {uid: name for uid, name in s.execute(select(User.id, User.username))}

    # --- cases ----------------------------------------------------------------------------------

    def _case(self, c: CaseSummary, names: dict[int, str]) -> CaseView:
        reports_ = [_report(r) for r in c.reports]
        places = Counter(r.place for r in reports_ if r.place)
        return CaseView(
            id=c.id,
            status=c.status,
            assignee=names.get(c.assigned_to) if c.assigned_to is not None else None,
            risk=c.risk,
            tactics=list(c.tactics),
            shared=[_entity(e) for e in c.shared],
            reports=reports_,
            received=max((r.received for r in reports_), default=c.created_at.date().isoformat()),
            place=places.most_common(1)[0][0] if places else None,
            notes=[NoteView(n.author or "—", n.text, _at(n.at)) for n in c.notes],
        )

    def queue(self, session: AnalystSession, status: str | None, mine: bool) -> list[CaseView]:
        """Open cases (or one status, or 'all'), highest risk first; nothing decrypted."""
        assigned = session.user_id if mine else None
        if status in (None, "", "all"):
            found = self.service.queue(None, assigned)
            if status != "all":
                found = [c for c in found if c.status in OPEN_STATUSES]
        else:
            found = self.service.queue(status, assigned)
        names = self._usernames()
        return [self._case(c, names) for c in found]

    def open_case(self, session: AnalystSession, case_id: int, for_export: bool = False) -> CaseView:
        """A case decrypted; audited as `case.read`, or `case.export` for the printable page."""
        with _not_found():
            found = self.service.open_case(session.user_id, _key(session), case_id,
                                           purpose="export" if for_export else "read")
        return self._case(found, self._usernames())

    def set_status(self, session: AnalystSession, case_id: int, status: str) -> None:
        """Move a case along the workflow."""
        with _not_found():
            self.service.set_status(session.user_id, case_id, status)

    def assign(self, session: AnalystSession, case_id: int, user_id: int | None) -> None:
        """Assign a case to a user, or to nobody."""
        with _not_found():
            self.service.assign(session.user_id, case_id, user_id)

    def add_note(self, session: AnalystSession, case_id: int, text: str) -> None:
        """Add an encrypted note."""
        with _not_found():
            self.service.add_note(session.user_id, case_id, text)

    def ask(self, session: AnalystSession, report_id: int, text: str) -> int:
        """Send a question to the reporter; returns the report's case id."""
        with _not_found():
            return self.service.ask(session.user_id, _key(session), report_id, text)

    def merge(self, session: AnalystSession, into_case: int, other_case: int) -> None:
        """Move every report of `other_case` into `into_case`."""
        with _not_found():
            self.service.merge(session.user_id, into_case, other_case)

    def split(self, session: AnalystSession, report_id: int) -> int:
        """Move one report into a new case; returns the new case id."""
        with _not_found():
            return self.service.split(session.user_id, report_id)

    def export_case(self, session: AnalystSession, case_id: int) -> dict[str, Any]:
        """The case as JSON-ready data with decrypted contents (audited as `case.export`)."""
        with _not_found():
            return self.service.export_case(session.user_id, _key(session), case_id)

    def attachment(
        self, session: AnalystSession, report_id: int, attachment_id: int
    ) -> tuple[str, str, bytes]:
        """(name, media type, bytes) of an attachment, decrypted (audited)."""
        with _not_found():
            return self.service.attachment(session.user_id, _key(session), report_id, attachment_id)

    # --- dashboard ------------------------------------------------------------------------------

    def dashboard(self, session: AnalystSession) -> DashboardData:
        """Counts from derived data only (risk, tactics, country/city, entity hashes); not decrypted."""
        cases = self.service.queue()
        weeks: Counter[tuple[str, str]] = Counter()
        places: Counter[tuple[str, str | None]] = Counter()
        unplaced = 0
        entity_reports: dict[str, set[int]] = {}
        entity_cases: dict[str, set[int]] = {}
        entity_kind: dict[str, EntityRef] = {}
        total = 0
        for c in cases:
            for r in c.reports:
                total += 1
                year, week, _ = r.submitted_on.isocalendar()
                for tactic in r.tactics or ["none"]:
                    weeks[(f"{year}-W{week:02d}", tactic)] += 1
                if r.country:
                    places[(r.country, r.city)] += 1
                else:
                    unplaced += 1
                for e in r.entities:
                    entity_kind.setdefault(e.hmac, e)
                    entity_reports.setdefault(e.hmac, set()).add(r.id)
                    entity_cases.setdefault(e.hmac, set()).add(c.id)
        repeated = [h for h, ids in entity_reports.items() if len(ids) > 1]
        repeated.sort(key=lambda h: (-len(entity_reports[h]), entity_kind[h].label))
        return DashboardData(
            reports=total,
            cases=len(cases),
            open_cases=sum(1 for c in cases if c.status in OPEN_STATUSES),
            linked_cases=sum(1 for c in cases if len(c.reports) > 1),
            by_week_tactic=dict(weeks),
            places=[PlaceCount(country, city, n) for (country, city), n in places.items()],
            unplaced=unplaced,
            top_entities=[
                EntityCount(entity_kind[h].kind, entity_kind[h].label, len(entity_reports[h]),
                            sorted(entity_cases[h]))
                for h in repeated[:TOP_ENTITIES]
            ],
        )
