"""The reports service: the one API the web pages, the analyst side and the Telegram bot use.

    service = ReportService(store, settings)
    receipt = service.submit(ReportContent(what_happened="...", language="es"), [("chat.txt", b"...")])
    receipt.code                      # shown ONCE to the reporter; only its HMAC is stored
    service.lookup(receipt.code)      # the thread of questions and answers, for the reporter
    service.reply(receipt.code, "...")

    user, key = service.authenticate("ana", passphrase)    # key: the unsealed organisation key
    service.queue()                                        # cases by risk, derived data only
    service.open_case(user.id, key, case_id)               # decrypted, audited as a read
    service.ask(user.id, key, report_id, "Which city?")    # the reporter sees it with the code

Reporter-side calls take the receipt code; analyst-side calls take the acting user's id (for the
audit log) and, when they decrypt, the organisation key unsealed at sign-in. Every read, change,
export and purge writes an audit row in the same transaction as the change it records.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any

from pyrage import x25519
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from vigila.core.errors import InputError, VigilaError
from vigila.reports.attachments import CleanAttachment, clean_attachments
from vigila.reports.triage import triage
from vigila.security import audit, crypto
from vigila.security.keys import ensure_secret
from vigila.security.passwords import check_passphrase_strength, hash_password, verify_password
from vigila.security.pseudonyms import Pseudonymizer, short
from vigila.security.sessions import LoginLimiter
from vigila.settings import Settings
from vigila.store.db import Store
from vigila.store.models import (
    REPORT_STATUSES,
    USER_ROLES,
    Attachment,
    Case,
    CaseNote,
    Message,
    Report,
    ReportEntity,
    User,
)

# Crockford base32: no I, L, O or U, so a code read aloud or copied by hand survives.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_CHARS = 16  # 16 × 5 bits = 80 bits of entropy
_LOOKALIKES = str.maketrans("OIL", "011")
# Reports sharing one of these link into one case; URLs are pseudonymised but too often shared
# by unrelated reports (a job site, a social network) to link on.
LINK_KINDS = ("phone", "email", "handle", "crypto_address")
OPEN_STATUSES = tuple(s for s in REPORT_STATUSES if s != "closed")
MAX_TEXT = 20_000
MAX_MESSAGE = 5_000


class LookupLimited(VigilaError):
    """Too many wrong receipt codes recently; try again later."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"too many attempts; try again in {retry_after} seconds")
        self.retry_after = retry_after


class NotFound(InputError):
    """No such case, report, attachment or user (or it was purged)."""


@dataclass(frozen=True)
class ReportContent:
    """What a reporter tells us; all of it is encrypted, only country/city are also kept in clear."""

    what_happened: str
    where: str = ""
    when: str = ""
    people: str = ""
    contact: str = ""
    country: str | None = None
    city: str | None = None
    language: str = "en"

    def text(self) -> str:
        """The free text the detectors read."""
        return "\n".join(p for p in (self.what_happened, self.where, self.people) if p.strip())


@dataclass(frozen=True)
class Receipt:
    """The result of a submission; `code` must be shown to the reporter once and then forgotten."""

    code: str
    report_id: int
    case_id: int


@dataclass(frozen=True)
class ThreadMessage:
    """One message of a report's thread."""

    author: str
    text: str
    on: date


@dataclass(frozen=True)
class FollowUp:
    """What the holder of a receipt code sees: the day of the report, its status and the thread."""

    submitted_on: date
    status: str
    messages: list[ThreadMessage]


@dataclass(frozen=True)
class EntityRef:
    """An entity as kind + keyed hash; `value` only once the report was decrypted."""

    kind: str
    hmac: str
    value: str | None = None

    @property
    def label(self) -> str:
        """Short pseudonym for screens ("ph-3f2a9c")."""
        return short(self.kind, self.hmac)


@dataclass(frozen=True)
class AttachmentInfo:
    """An attachment's id, type and size; the name only once decrypted."""

    id: int
    media_type: str
    size: int
    name: str | None = None


@dataclass
class ReportSummary:
    """A report as the queue shows it (derived data), or opened (`content` decrypted)."""

    id: int
    case_id: int | None
    submitted_on: date
    language: str
    country: str | None
    city: str | None
    risk: float
    level: str
    tactics: list[str]
    status: str
    entities: list[EntityRef]
    attachments: list[AttachmentInfo] = field(default_factory=list)
    content: dict[str, Any] | None = None
    messages: list[ThreadMessage] = field(default_factory=list)


@dataclass(frozen=True)
class NoteInfo:
    """A decrypted case note."""

    author: str | None
    text: str
    at: datetime


@dataclass
class CaseSummary:
    """A case: workflow state, its reports, and what they share."""

    id: int
    status: str
    assigned_to: int | None
    created_at: datetime
    closed_at: datetime | None
    risk: float
    tactics: list[str]
    reports: list[ReportSummary]
    shared: list[EntityRef]
    notes: list[NoteInfo] = field(default_factory=list)


@dataclass(frozen=True)
class PurgeResult:
    """What a purge removed."""

    cases: int
    reports: int


def new_receipt_code() -> str:
    """A fresh 80-bit code, grouped for reading: XXXX-XXXX-XXXX-XXXX."""
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(_CODE_CHARS))
    return "-".join(raw[i : i + 4] for i in range(0, _CODE_CHARS, 4))


def normalise_code(code: str) -> str | None:
    """The canonical form of a typed code (case, spaces, dashes and look-alikes forgiven), or None."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.translate(_LOOKALIKES)
    if len(cleaned) != _CODE_CHARS or any(ch not in _ALPHABET for ch in cleaned):
        return None
    return cleaned


def _clip(value: str | None, limit: int) -> str:
    return (value or "").strip()[:limit]


def _today() -> date:
    return datetime.now(UTC).date()


class ReportService:
    """Submissions, follow-up, triage and purge over one store and one data directory."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self.pseudonyms = Pseudonymizer.from_data_dir(settings.data_dir)
        self._receipt_key = ensure_secret(settings.data_dir, "receipts")
        self._totp_key = ensure_secret(settings.data_dir, "totp")
        # Wrong codes: 10 per client and 300 overall per 15 minutes; clients are salted hashes in memory.
        self.lookup_limiter = LoginLimiter(per_user=300, per_client=10)

    # --- keys -----------------------------------------------------------------------------------

    def _public_key(self) -> x25519.Recipient:
        return crypto.load_public_key(self.settings.data_dir)

    def _receipt_hmac(self, normalised: str) -> str:
        return hmac.new(self._receipt_key, normalised.encode(), hashlib.sha256).hexdigest()

    def _code_key(self, normalised: str) -> bytes:
        return crypto.derive_key(normalised.encode(), self._receipt_key, b"vigila.thread-key.v1")

    # --- reporter side --------------------------------------------------------------------------

    def submit(self, content: ReportContent, attachments: Sequence[tuple[str, bytes]] = ()) -> Receipt:
        """Triage, encrypt and store a report; link it to a case sharing an entity; return the receipt."""
        what = _clip(content.what_happened, MAX_TEXT)
        if len(what) < 3:
            raise InputError("please describe what happened")
        country = (content.country or "").strip().upper() or None
        if country is not None and (len(country) != 2 or not country.isalpha()):
            raise InputError("country must be a two-letter code such as ES")
        files: list[CleanAttachment] = clean_attachments(list(attachments), self.settings.max_upload_bytes)
        recipient = self._public_key()
        # Everything slow (detectors, encryption) happens before the write lock is taken.
        found = triage(content.text(), lang=content.language, region=country or self.settings.default_region)
        entities = sorted({(e.type, e.normalized) for e in found.entities})
        hmacs = sorted({(kind, self.pseudonyms.hmac(kind, value)) for kind, value in entities})
        plain = {
            "what_happened": what,
            "where": _clip(content.where, 2000),
            "when": _clip(content.when, 100),
            "people": _clip(content.people, MAX_TEXT),
            "contact": _clip(content.contact, 500),
            "country": country,
            "city": _clip(content.city, 100) or None,
            "language": content.language,
            "entities": [{"kind": k, "value": v} for k, v in entities],
            "signals": [s.to_dict() for s in found.signals],
            "detectors": found.detectors,
        }
        code = new_receipt_code()
        normalised = normalise_code(code)
        assert normalised is not None
        thread_key = secrets.token_bytes(32)
        sealed = [(f.media_type, len(f.data), crypto.seal(f.name.encode(), recipient),
                   crypto.seal(f.data, recipient)) for f in files]
        report = Report(
            receipt_hmac=self._receipt_hmac(normalised),
            submitted_on=_today(),
            language=_clip(content.language, 8) or "en",
            country=country,
            city=plain["city"],
            content=crypto.seal(json.dumps(plain, ensure_ascii=False).encode(), recipient),
            thread_key_org=crypto.seal(thread_key, recipient),
            thread_key_code=crypto.aead_seal(self._code_key(normalised), thread_key, b"thread-key"),
            risk=found.risk,
            level=found.level,
            tactics=found.tactics,
            status="new",
        )
        with audit.serialized(self.store) as s:
            case = self._case_for(s, [h for k, h in hmacs if k in LINK_KINDS])
            report.case_id = case.id
            report.status = case.status
            s.add(report)
            s.flush()
            s.add_all(ReportEntity(report_id=report.id, kind=k, hmac=h) for k, h in hmacs)
            s.add_all(Attachment(report_id=report.id, media_type=t, size=n, name=name, content=data)
                      for t, n, name, data in sealed)
            audit.append(s, "reporter", "report.submit", "report", report.id,
                         {"case": case.id, "attachments": len(sealed), "entities": len(hmacs)}, day_only=True)
            return Receipt(code, report.id, case.id)

    def _case_for(self, s: Session, link_hmacs: list[str]) -> Case:
        """The open case a new report joins (merging cases it bridges), or a new case."""
        case_ids: set[int] = set()
        if link_hmacs:
            rows = s.execute(
                select(Case.id).join(Report, Report.case_id == Case.id)
                .join(ReportEntity, ReportEntity.report_id == Report.id)
                .where(ReportEntity.hmac.in_(link_hmacs), Case.status.in_(OPEN_STATUSES))
            )
            case_ids = {r[0] for r in rows}
        if not case_ids:
            case = Case(status="new", created_at=datetime.now(UTC))
            s.add(case)
            s.flush()
            return case
        target_id, *others = sorted(case_ids)
        target = s.get(Case, target_id)
        assert target is not None
        for other in others:
            self._move_reports(s, other, target)
            audit.append(s, "system", "case.auto_merge", "case", target.id, {"from": other})
        return target

    def _move_reports(self, s: Session, other_id: int, target: Case) -> None:
        s.execute(update(Report).where(Report.case_id == other_id).values(case_id=target.id))
        s.execute(update(CaseNote).where(CaseNote.case_id == other_id).values(case_id=target.id))
        s.execute(update(Case).where(Case.id == other_id).values(
            merged_into=target.id, status="closed", closed_at=datetime.now(UTC)))

    def _by_code(self, s: Session, code: str, client: str | None) -> Report:
        wait = self.lookup_limiter.retry_after("*", client)
        if wait:
            raise LookupLimited(wait)
        normalised = normalise_code(code)
        report = None
        if normalised is not None:
            report = s.scalar(select(Report).where(Report.receipt_hmac == self._receipt_hmac(normalised)))
        if report is None:
            self.lookup_limiter.failure("*", client)
            raise NotFound("no report has this code; check it and try again")
        return report

    def _thread(self, s: Session, report: Report, thread_key: bytes) -> list[ThreadMessage]:
        out = []
        for m in s.scalars(select(Message).where(Message.report_id == report.id).order_by(Message.id)):
            text = crypto.aead_open(thread_key, m.body, f"msg:{report.id}".encode())
            if text is None:
                raise VigilaError(f"message {m.id} of report {report.id} cannot be decrypted")
            out.append(ThreadMessage(m.author, text.decode(), m.created_on))
        return out

    def _code_thread_key(self, report: Report, code: str) -> bytes:
        normalised = normalise_code(code)
        key = crypto.aead_open(self._code_key(normalised or ""), report.thread_key_code, b"thread-key")
        if key is None:
            raise VigilaError("this report's messages cannot be opened with this code")
        return key

    def lookup(self, code: str, client: str | None = None) -> FollowUp:
        """The report's status and thread for the holder of `code` (rate-limited, audited by day)."""
        with audit.serialized(self.store) as s:
            report = self._by_code(s, code, client)
            messages = self._thread(s, report, self._code_thread_key(report, code))
            audit.append(s, "reporter", "report.follow_up", "report", report.id, day_only=True)
            return FollowUp(report.submitted_on, report.status, messages)

    def reply(self, code: str, text: str, client: str | None = None) -> FollowUp:
        """Add the reporter's answer to the thread; returns the updated thread."""
        body = _clip(text, MAX_MESSAGE)
        if not body:
            raise InputError("the answer is empty")
        with audit.serialized(self.store) as s:
            report = self._by_code(s, code, client)
            key = self._code_thread_key(report, code)
            s.add(Message(report_id=report.id, author="reporter", created_on=_today(),
                          body=crypto.aead_seal(key, body.encode(), f"msg:{report.id}".encode())))
            s.flush()
            audit.append(s, "reporter", "report.reply", "report", report.id, day_only=True)
            return FollowUp(report.submitted_on, report.status, self._thread(s, report, key))

    # --- users and keys -------------------------------------------------------------------------

    def create_user(
        self, username: str, passphrase: str, role: str, unlocked_by: tuple[str, str] | None = None
    ) -> User:
        """Add a user holding a sealed copy of the org key; the first admin creates the key pair.

        Later users need an admin's username and passphrase (`unlocked_by`) to unseal the key
        and seal a copy for them; viewers get a copy too, since reading needs it.
        """
        username = username.strip()
        if not username or len(username) > 64 or not username.replace("_", "").replace(".", "").isalnum():
            raise InputError("username: use 1-64 letters, digits, '.' or '_'")
        if role not in USER_ROLES:
            raise InputError(f"role must be one of {', '.join(USER_ROLES)}")
        check_passphrase_strength(passphrase)
        data_dir = self.settings.data_dir
        with self.store.session() as s:
            if s.scalar(select(User.id).where(User.username == username)) is not None:
                raise InputError(f"user {username} already exists")
            has_users = s.scalar(select(func.count(User.id))) or 0
        if not crypto.has_public_key(data_dir):
            if has_users:
                raise VigilaError("users exist but the organisation public key is missing from the data dir")
            if role != "admin":
                raise InputError("the first user must be an admin (it creates the organisation key)")
            identity = crypto.generate_identity()
            crypto.write_public_key(data_dir, identity)
            actor = "system"
        else:
            if unlocked_by is None:
                raise InputError("an admin must unlock the organisation key to add a user")
            found = self.authenticate(*unlocked_by)
            if found is None or found[0].role != "admin":
                raise InputError("admin sign-in failed: wrong username or passphrase, or not an admin")
            actor, identity = str(found[0].id), found[1]
        user = User(username=username, password_hash=hash_password(passphrase), role=role,
                    key_wrap=crypto.wrap_identity(identity, passphrase), created_at=datetime.now(UTC),
                    disabled=False)
        with audit.serialized(self.store) as s:
            s.add(user)
            s.flush()
            audit.append(s, actor, "user.create", "user", user.id, {"role": role})
        return user

    def authenticate(self, username: str, passphrase: str) -> tuple[User, x25519.Identity] | None:
        """The user and their unsealed org key, or None (unknown, disabled or wrong passphrase)."""
        with self.store.session() as s:
            user = s.scalar(select(User).where(User.username == username.strip()))
        if user is None or user.disabled:
            # Same cost as a real check, so timing does not tell which usernames exist.
            verify_password(_dummy_hash(), passphrase)
            return None
        if not verify_password(user.password_hash, passphrase) or user.key_wrap is None:
            return None
        identity = crypto.unwrap_identity(user.key_wrap, passphrase)
        if identity is None:
            return None
        return user, identity

    def record_sign_in(self, user_id: int, ok: bool) -> None:
        """Audit a sign-in attempt of a known user."""
        with audit.serialized(self.store) as s:
            audit.append(s, user_id, "user.sign_in" if ok else "user.sign_in_failed", "user", user_id)

    def users(self) -> list[User]:
        """Active users, by name."""
        with self.store.session() as s:
            return list(s.scalars(select(User).where(User.disabled.is_(False)).order_by(User.username)))

    def totp_secret(self, user_id: int) -> str | None:
        """The user's TOTP secret, or None when two-step sign-in is off."""
        with self.store.session() as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFound(f"there is no user #{user_id}")
            sealed = user.totp_secret
        if sealed is None:
            return None
        opened = crypto.aead_open(self._totp_key, sealed, f"totp:{user_id}".encode())
        if opened is None:
            raise VigilaError(f"the TOTP secret of user #{user_id} cannot be decrypted")
        return opened.decode()

    def set_totp(self, user_id: int, secret: str | None) -> None:
        """Turn two-step sign-in on (with `secret`) or off."""
        sealed = None if secret is None else crypto.aead_seal(self._totp_key, secret.encode(),
                                                                f"totp:{user_id}".encode())
        with audit.serialized(self.store) as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFound(f"there is no user #{user_id}")
            user.totp_secret = sealed
            audit.append(s, user_id, "user.totp_on" if secret else "user.totp_off", "user", user_id)

    # --- analyst side ---------------------------------------------------------------------------

    def _entities(self, s: Session, report_ids: list[int]) -> dict[int, list[EntityRef]]:
        out: dict[int, list[EntityRef]] = {rid: [] for rid in report_ids}
        if report_ids:
            rows = s.execute(select(ReportEntity.report_id, ReportEntity.kind, ReportEntity.hmac)
                             .where(ReportEntity.report_id.in_(report_ids)).order_by(ReportEntity.id))
            for rid, kind, digest in rows:
                out[rid].append(EntityRef(kind, digest))
        return out

    def _summaries(self, s: Session, reports: list[Report]) -> list[ReportSummary]:
        ents = self._entities(s, [r.id for r in reports])
        atts: dict[int, list[AttachmentInfo]] = {r.id: [] for r in reports}
        if reports:
            cols = select(Attachment.report_id, Attachment.id, Attachment.media_type, Attachment.size)
            rows = s.execute(cols.where(Attachment.report_id.in_(list(atts))).order_by(Attachment.id))
            for rid, aid, mt, size in rows:
                atts[rid].append(AttachmentInfo(aid, mt, size))
        return [ReportSummary(r.id, r.case_id, r.submitted_on, r.language, r.country, r.city, r.risk, r.level,
                              list(r.tactics or []), r.status, ents[r.id], atts[r.id]) for r in reports]

    def _case_summary(self, s: Session, case: Case, reports: list[Report]) -> CaseSummary:
        summaries = self._summaries(s, reports)
        tactics: list[str] = []
        seen: dict[str, set[int]] = {}
        for r in summaries:
            tactics += [t for t in r.tactics if t not in tactics]
            for e in r.entities:
                seen.setdefault(e.hmac, set()).add(r.id)
        kinds = {e.hmac: e.kind for r in summaries for e in r.entities}
        shared = [EntityRef(kinds[h], h) for h, ids in seen.items() if len(ids) > 1]
        return CaseSummary(case.id, case.status, case.assigned_to, case.created_at, case.closed_at,
                           max((r.risk for r in summaries), default=0.0), tactics, summaries, shared)

    def queue(self, status: str | None = None, assigned_to: int | None = None) -> list[CaseSummary]:
        """Cases with reports, highest risk first, derived data only (nothing decrypted, not audited)."""
        if status is not None and status not in REPORT_STATUSES:
            raise InputError(f"status must be one of {', '.join(REPORT_STATUSES)}")
        with self.store.session() as s:
            query = select(Case).where(Case.merged_into.is_(None))
            if status is not None:
                query = query.where(Case.status == status)
            if assigned_to is not None:
                query = query.where(Case.assigned_to == assigned_to)
            cases = list(s.scalars(query))
            by_case: dict[int, list[Report]] = {c.id: [] for c in cases}
            if cases:
                members = select(Report).where(Report.case_id.in_(list(by_case))).order_by(Report.id)
                for r in s.scalars(members):
                    by_case[r.case_id or 0].append(r)
            out = [self._case_summary(s, c, by_case[c.id]) for c in cases if by_case[c.id]]
        out.sort(key=lambda c: (-c.risk, c.id))
        return out

    def _get_case(self, s: Session, case_id: int) -> Case:
        case = s.get(Case, case_id)
        if case is None or case.merged_into is not None:
            raise NotFound(f"there is no case #{case_id}")
        return case

    def _get_report(self, s: Session, report_id: int) -> Report:
        report = s.get(Report, report_id)
        if report is None:
            raise NotFound(f"there is no report #{report_id}")
        return report

    def _open_report(self, s: Session, summary: ReportSummary, report: Report, key: x25519.Identity) -> None:
        content = json.loads(crypto.unseal(report.content, key))
        summary.content = content
        found = content.get("entities", [])
        values = {self.pseudonyms.hmac(e["kind"], e["value"]): e["value"] for e in found}
        summary.entities = [EntityRef(e.kind, e.hmac, values.get(e.hmac)) for e in summary.entities]
        thread_key = crypto.unseal(report.thread_key_org, key)
        summary.messages = self._thread(s, report, thread_key)
        names = {a.id: a.name for a in s.scalars(select(Attachment).where(Attachment.report_id == report.id))}
        summary.attachments = [
            AttachmentInfo(a.id, a.media_type, a.size, crypto.unseal(names[a.id], key).decode())
            for a in summary.attachments
        ]

    def open_case(self, actor: int, key: x25519.Identity, case_id: int, purpose: str = "read") -> CaseSummary:
        """A case with every report, thread and note decrypted; audited as `case.<purpose>`."""
        with audit.serialized(self.store) as s:
            case = self._get_case(s, case_id)
            reports = list(s.scalars(select(Report).where(Report.case_id == case_id).order_by(Report.id)))
            summary = self._case_summary(s, case, reports)
            for item, report in zip(summary.reports, reports, strict=True):
                self._open_report(s, item, report, key)
            summary.shared = [next(e for r in summary.reports for e in r.entities if e.hmac == sh.hmac)
                              for sh in summary.shared]
            authors = {u.id: u.username for u in s.scalars(select(User))}
            notes = s.scalars(select(CaseNote).where(CaseNote.case_id == case_id).order_by(CaseNote.id))
            summary.notes = [
                NoteInfo(authors.get(n.author_id or 0), crypto.unseal(n.body, key).decode(), n.created_at)
                for n in notes
            ]
            audit.append(s, actor, f"case.{purpose}", "case", case_id, {"reports": [r.id for r in reports]})
            return summary

    def read_report(self, actor: int, key: x25519.Identity, report_id: int) -> ReportSummary:
        """One report decrypted (audited as `report.read`)."""
        with audit.serialized(self.store) as s:
            report = self._get_report(s, report_id)
            summary = self._summaries(s, [report])[0]
            self._open_report(s, summary, report, key)
            audit.append(s, actor, "report.read", "report", report_id)
            return summary

    def attachment(self, actor: int, key: x25519.Identity, report_id: int, attachment_id: int
                   ) -> tuple[str, str, bytes]:
        """(file name, media type, bytes) of an attachment, decrypted (audited)."""
        with audit.serialized(self.store) as s:
            att = s.get(Attachment, attachment_id)
            if att is None or att.report_id != report_id:
                raise NotFound(f"report #{report_id} has no attachment #{attachment_id}")
            result = (crypto.unseal(att.name, key).decode(), att.media_type, crypto.unseal(att.content, key))
            audit.append(s, actor, "attachment.read", "attachment", attachment_id, {"report": report_id})
            return result

    def ask(self, actor: int, key: x25519.Identity, report_id: int, text: str) -> int:
        """Post a question the reporter will see with their code; returns the report's case id."""
        body = _clip(text, MAX_MESSAGE)
        if not body:
            raise InputError("the question is empty")
        with audit.serialized(self.store) as s:
            report = self._get_report(s, report_id)
            thread_key = crypto.unseal(report.thread_key_org, key)
            s.add(Message(report_id=report_id, author="analyst", created_on=_today(),
                          body=crypto.aead_seal(thread_key, body.encode(), f"msg:{report_id}".encode())))
            audit.append(s, actor, "report.ask", "report", report_id)
            return report.case_id or 0

    def set_status(self, actor: int, case_id: int, status: str) -> None:
        """Move a case (and its reports) along the workflow; closing starts the retention clock."""
        if status not in REPORT_STATUSES:
            raise InputError(f"status must be one of {', '.join(REPORT_STATUSES)}")
        with audit.serialized(self.store) as s:
            case = self._get_case(s, case_id)
            before = case.status
            closed_at = datetime.now(UTC) if status == "closed" else None
            case.status, case.closed_at = status, closed_at
            members = update(Report).where(Report.case_id == case_id)
            s.execute(members.values(status=status, closed_at=closed_at))
            audit.append(s, actor, "case.status", "case", case_id, {"from": before, "to": status})

    def assign(self, actor: int, case_id: int, user_id: int | None) -> None:
        """Assign a case (and its reports) to a user, or to nobody."""
        with audit.serialized(self.store) as s:
            case = self._get_case(s, case_id)
            if user_id is not None:
                user = s.get(User, user_id)
                if user is None or user.disabled:
                    raise NotFound(f"there is no active user #{user_id}")
            case.assigned_to = user_id
            s.execute(update(Report).where(Report.case_id == case_id).values(assigned_to=user_id))
            audit.append(s, actor, "case.assign", "case", case_id, {"to": user_id})

    def add_note(self, actor: int, case_id: int, text: str) -> None:
        """Add a note, encrypted to the org key (writing needs no unsealed key)."""
        body = _clip(text, MAX_TEXT)
        if not body:
            raise InputError("the note is empty")
        sealed = crypto.seal(body.encode(), self._public_key())
        with audit.serialized(self.store) as s:
            self._get_case(s, case_id)
            s.add(CaseNote(case_id=case_id, author_id=actor, body=sealed, created_at=datetime.now(UTC)))
            audit.append(s, actor, "case.note", "case", case_id)

    def merge(self, actor: int, into_case: int, other_case: int) -> None:
        """Move every report and note of `other_case` into `into_case`."""
        if into_case == other_case:
            raise InputError("a case cannot be merged into itself")
        with audit.serialized(self.store) as s:
            target = self._get_case(s, into_case)
            self._get_case(s, other_case)
            self._move_reports(s, other_case, target)
            s.execute(update(Report).where(Report.case_id == into_case).values(status=target.status))
            audit.append(s, actor, "case.merge", "case", into_case, {"from": other_case})

    def split(self, actor: int, report_id: int) -> int:
        """Move one report into a new case of its own (keeping its status); returns the new case id."""
        with audit.serialized(self.store) as s:
            report = self._get_report(s, report_id)
            old = report.case_id
            case = Case(status=report.status, assigned_to=report.assigned_to, created_at=datetime.now(UTC),
                        closed_at=report.closed_at)
            s.add(case)
            s.flush()
            report.case_id = case.id
            audit.append(s, actor, "case.split", "case", case.id, {"report": report_id, "from": old})
            return case.id

    def export_case(self, actor: int, key: x25519.Identity, case_id: int) -> dict[str, Any]:
        """The case as a JSON-ready dict with decrypted contents (audited as `case.export`)."""
        case = self.open_case(actor, key, case_id, purpose="export")
        return {
            "case": case.id,
            "status": case.status,
            "risk": round(case.risk, 4),
            "tactics": case.tactics,
            "shared_entities": [_entity_json(e) for e in case.shared],
            "notes": [{"author": n.author, "at": n.at.isoformat(), "text": n.text} for n in case.notes],
            "reports": [
                {
                    "id": r.id,
                    "submitted_on": r.submitted_on.isoformat(),
                    "language": r.language,
                    "country": r.country,
                    "city": r.city,
                    "risk": round(r.risk, 4),
                    "level": r.level,
                    "tactics": r.tactics,
                    "content": r.content,
                    "entities": [_entity_json(e) for e in r.entities],
                    "attachments": [{"id": a.id, "name": a.name, "media_type": a.media_type, "size": a.size}
                                    for a in r.attachments],
                    "messages": [
                        {"author": m.author, "on": m.on.isoformat(), "text": m.text} for m in r.messages
                    ],
                }
                for r in case.reports
            ],
        }

    def purge(self, older_than_days: int | None = None, actor: str = "system") -> PurgeResult:
        """Delete closed cases (reports, attachments, threads, notes) closed longer ago than the limit."""
        days = self.settings.report_retention_days if older_than_days is None else older_than_days
        if days < 0:
            raise InputError("--older-than must be zero or more days")
        cutoff = datetime.now(UTC) - timedelta(days=days)
        with audit.serialized(self.store) as s:
            expired = select(Case.id).where(Case.status == "closed", Case.closed_at <= cutoff)
            case_ids = list(s.scalars(expired))
            report_ids = list(s.scalars(select(Report.id).where(Report.case_id.in_(case_ids))))
            if report_ids:
                # Explicit deletes: do not rely on ON DELETE CASCADE being enforced by every backend.
                for model in (ReportEntity, Attachment, Message):
                    s.execute(delete(model).where(model.report_id.in_(report_ids)))
                s.execute(delete(Report).where(Report.id.in_(report_ids)))
            if case_ids:
                s.execute(delete(CaseNote).where(CaseNote.case_id.in_(case_ids)))
                s.execute(update(Case).where(Case.merged_into.in_(case_ids)).values(merged_into=None))
                s.execute(delete(Case).where(Case.id.in_(case_ids)))
            audit.append(s, actor, "purge", "retention", None,
                         {"older_than_days": days, "cases": len(case_ids), "reports": len(report_ids)})
        return PurgeResult(len(case_ids), len(report_ids))


def _entity_json(e: EntityRef) -> dict[str, str | None]:
    return {"kind": e.kind, "pseudonym": e.label, "value": e.value}


@cache
def _dummy_hash() -> str:
    return hash_password("vigila-timing-equaliser")
