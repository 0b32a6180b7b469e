"""The reports service on SQLite and PostgreSQL: submit, follow up, link, triage, purge, audit."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from PIL import Image
from report_helpers import ADMIN_PASSPHRASE, STORY, Org, content
from sqlalchemy import select, text, update

from vigila.core.errors import InputError, VigilaError
from vigila.reports.service import LookupLimited, NotFound, normalise_code
from vigila.security import audit
from vigila.store.models import Attachment, AuditEntry, Case, Message, Report, ReportEntity


def test_submit_lookup_and_reply(org: Org) -> None:
    svc = org.service
    receipt = svc.submit(content())
    assert normalise_code(receipt.code) and len(normalise_code(receipt.code) or "") == 16
    follow = svc.lookup(receipt.code.lower().replace("-", " "))
    assert follow.messages == [] and follow.status == "new"
    assert follow.submitted_on == datetime.now(UTC).date()
    question = "Which city were you taken to?"
    assert svc.ask(org.admin_id, org.key, receipt.report_id, question) == receipt.case_id
    follow = svc.lookup(receipt.code)
    assert [(m.author, m.text) for m in follow.messages] == [("analyst", "Which city were you taken to?")]
    follow = svc.reply(receipt.code, "Valencia, in March")
    assert [m.author for m in follow.messages] == ["analyst", "reporter"]
    opened = svc.read_report(org.admin_id, org.key, receipt.report_id)
    assert opened.content and opened.content["what_happened"] == STORY
    assert [m.text for m in opened.messages] == ["Which city were you taken to?", "Valencia, in March"]
    assert any(e.kind == "phone" and e.value == "+34612345678" for e in opened.entities)


def test_wrong_codes_are_refused_then_rate_limited(org: Org) -> None:
    svc = org.service
    svc.submit(content())
    with pytest.raises(NotFound):
        svc.lookup("AAAA-BBBB-CCCC-DDDD", client="10.0.0.1")
    with pytest.raises(NotFound):
        svc.lookup("not a code", client="10.0.0.1")
    for _ in range(8):
        with pytest.raises(NotFound):
            svc.lookup("AAAA-BBBB-CCCC-DDDD", client="10.0.0.1")
    with pytest.raises(LookupLimited):
        svc.lookup("AAAA-BBBB-CCCC-DDDD", client="10.0.0.1")


def test_stored_rows_hold_no_plaintext(org: Org) -> None:
    svc = org.service
    svc.submit(content(contact="maria.lopez@example.org"), [("chat.txt", b"Maria: they took my passport")])
    with svc.store.engine.connect() as conn:
        dump = b""
        for table in ("reports", "report_entities", "attachments", "messages", "cases", "audit_log"):
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                dump += repr(tuple(row)).encode()
    for secret in (b"waitress", b"passport", b"612 345 678", b"34612345678", b"maria", b"chat.txt"):
        assert secret not in dump.lower(), secret


def test_reports_sharing_a_phone_link_into_one_case(org: Org) -> None:
    svc = org.service
    a = svc.submit(content(people="his number: +34 612 345 678"))
    b = svc.submit(content(people="unrelated story, no numbers"))
    c = svc.submit(content(people="WhatsApp 0034 612-345-678 again"))
    assert a.case_id == c.case_id != b.case_id
    queue = svc.queue()
    linked = next(q for q in queue if q.id == a.case_id)
    assert [r.id for r in linked.reports] == [a.report_id, c.report_id]
    assert [e.kind for e in linked.shared] == ["phone"]
    assert linked.shared[0].value is None  # nothing decrypted in the queue


def test_a_report_bridging_two_cases_merges_them(org: Org) -> None:
    svc = org.service
    a = svc.submit(content(people="+34 612 345 678"))
    b = svc.submit(content(people="write to recruiter@jobs-abroad.com"))
    c = svc.submit(content(people="+34 612 345 678 and recruiter@jobs-abroad.com"))
    assert a.case_id != b.case_id and c.case_id == min(a.case_id, b.case_id)
    assert {r.id for r in next(q for q in svc.queue() if q.id == c.case_id).reports} == {
        a.report_id, b.report_id, c.report_id}


def test_workflow_merge_split_notes_export_are_audited(org: Org) -> None:
    svc = org.service
    a = svc.submit(content(people="first"))
    b = svc.submit(content(people="second"))
    svc.set_status(org.admin_id, a.case_id, "triaged")
    svc.assign(org.admin_id, a.case_id, org.admin_id)
    svc.add_note(org.admin_id, a.case_id, "Looks like the Madrid ring")
    svc.merge(org.admin_id, a.case_id, b.case_id)
    assert [c.id for c in svc.queue()] == [a.case_id]
    new_case = svc.split(org.admin_id, b.report_id)
    assert {c.id for c in svc.queue()} == {a.case_id, new_case}
    exported = svc.export_case(org.admin_id, org.key, a.case_id)
    assert exported["notes"][0]["text"] == "Looks like the Madrid ring"
    assert exported["reports"][0]["content"]["what_happened"] == STORY
    json.dumps(exported)
    with svc.store.session() as s:
        actions = [e.action for e in audit.entries(s)]
    for action in ("report.submit", "case.status", "case.assign", "case.note", "case.merge", "case.split",
                   "case.export", "user.create"):
        assert action in actions
    assert audit.verify(svc.store).ok
    with pytest.raises(InputError):
        svc.set_status(org.admin_id, a.case_id, "done")
    with pytest.raises(NotFound):
        svc.open_case(org.admin_id, org.key, b.case_id)  # merged away


def test_reporter_audit_rows_keep_only_the_day(org: Org) -> None:
    receipt = org.service.submit(content())
    org.service.lookup(receipt.code)
    with org.service.store.session() as s:
        rows = [e for e in audit.entries(s) if e.actor == "reporter"]
    assert len(rows) == 2 and all(r.at.endswith("T00:00:00Z") for r in rows)


def test_purge_removes_closed_cases_past_retention(org: Org) -> None:
    svc = org.service
    old = svc.submit(content(people="old"), [("a.txt", b"hello")])
    recent = svc.submit(content(people="recent"))
    still_open = svc.submit(content(people="open"))
    svc.ask(org.admin_id, org.key, old.report_id, "question")
    svc.set_status(org.admin_id, old.case_id, "closed")
    svc.set_status(org.admin_id, recent.case_id, "closed")
    with svc.store.session() as s:
        s.execute(update(Case).where(Case.id == old.case_id)
                  .values(closed_at=datetime.now(UTC) - timedelta(days=40)))
    result = svc.purge(older_than_days=30)
    assert (result.cases, result.reports) == (1, 1)
    with svc.store.session() as s:
        assert s.get(Report, old.report_id) is None and s.get(Report, recent.report_id) is not None
        assert s.get(Report, still_open.report_id) is not None
        for model in (ReportEntity, Attachment, Message):
            assert not list(s.scalars(select(model).where(model.report_id == old.report_id)))
        purge = s.scalars(select(AuditEntry).where(AuditEntry.action == "purge")).one()
        assert json.loads(purge.details) == {"cases": 1, "older_than_days": 30, "reports": 1}
    with pytest.raises(NotFound):
        svc.lookup(old.code)
    assert audit.verify(svc.store).ok


def test_users_keys_and_wrong_passphrases(org: Org) -> None:
    svc = org.service
    with pytest.raises(InputError):
        svc.create_user("ana", "analyst passphrase", "analyst")  # no admin unlocked the key
    with pytest.raises(InputError):
        svc.create_user("ana", "analyst passphrase", "analyst", unlocked_by=("ada", "wrong passphrase!"))
    svc.create_user("ana", "analyst passphrase", "analyst", unlocked_by=("ada", ADMIN_PASSPHRASE))
    receipt = svc.submit(content())
    signed = svc.authenticate("ana", "analyst passphrase")
    assert signed is not None
    assert svc.read_report(signed[0].id, signed[1], receipt.report_id).content is not None
    assert svc.authenticate("ana", "analyst passphrasE") is None
    assert svc.authenticate("nobody", "analyst passphrase") is None
    with pytest.raises(InputError):
        svc.create_user("bob", "short", "analyst", unlocked_by=("ada", ADMIN_PASSPHRASE))
    svc.set_totp(org.admin_id, "JBSWY3DPEHPK3PXP")
    assert svc.totp_secret(org.admin_id) == "JBSWY3DPEHPK3PXP"
    svc.set_totp(org.admin_id, None)
    assert svc.totp_secret(org.admin_id) is None


def _jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (32, 24), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "SpyCam Inc"  # Make
    exif[0x8825] = {1: "N", 2: (40.0, 25.0, 0.0), 3: "W", 4: (3.0, 42.0, 0.0)}  # GPS IFD
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_image_exif_and_gps_are_stripped(org: Org) -> None:
    raw = _jpeg_with_gps()
    assert Image.open(io.BytesIO(raw)).getexif().get_ifd(0x8825)  # the fixture really has GPS
    receipt = org.service.submit(content(), [("IMG_0001.jpg", raw)])
    opened = org.service.read_report(org.admin_id, org.key, receipt.report_id)
    name, media_type, data = org.service.attachment(org.admin_id, org.key, receipt.report_id,
                                                    opened.attachments[0].id)
    assert (name, media_type) == ("IMG_0001.jpg", "image/jpeg")
    cleaned = Image.open(io.BytesIO(data))
    assert cleaned.size == (32, 24)
    assert not cleaned.getexif() and b"SpyCam" not in data and b"GPS" not in data


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("x.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", "not a file type we accept"),
        ("big.txt", b"a" * (201 * 1024), "too large"),
        ("fake.jpg", b"\xff\xd8\xff\xe0 not really a jpeg", "damaged"),
        ("chat.json", b"{not json", "not valid JSON"),
        ("empty.pdf", b"", "empty"),
    ],
)
def test_bad_attachments_are_refused_clearly(org: Org, name: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        org.service.submit(content(), [(name, data)])
    with org.service.store.session() as s:
        assert s.scalar(select(Report.id)) is None  # nothing half-stored


def test_submission_needs_the_org_key(report_settings: object, tmp_path: object) -> None:
    from vigila.reports.service import ReportService
    from vigila.settings import Settings
    from vigila.store.db import Store, upgrade_schema

    assert isinstance(report_settings, Settings)
    upgrade_schema(report_settings)
    store = Store.from_settings(report_settings)
    try:
        with pytest.raises(VigilaError, match="no organisation key"):
            ReportService(store, report_settings).submit(content())
    finally:
        store.dispose()


def test_submitted_on_is_a_day(org: Org) -> None:
    receipt = org.service.submit(content())
    with org.service.store.session() as s:
        report = s.get(Report, receipt.report_id)
        assert report is not None and type(report.submitted_on) is date
