"""The case queue and case pages: triage, assignment, notes, questions, merge/split, export."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Form, Request
from starlette.responses import RedirectResponse, Response

from vigila.core.errors import InputError
from vigila.security.sessions import AnalystSession
from vigila.web.analyst.guard import AnalystRoute, Exporter, Reader, Writer, analyst_state
from vigila.web.analyst.views import OPEN_STATUSES, STATUSES
from vigila.web.templating import render

router = APIRouter(prefix="/analyst", include_in_schema=False, route_class=AnalystRoute)

# Pages with decrypted content must never be kept by a browser or proxy cache.
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _back_to_case(case_id: int, anchor: str = "") -> RedirectResponse:
    return RedirectResponse(f"/analyst/cases/{case_id}{anchor}", status_code=303)


@router.get("/", name="analyst_queue")
def queue(request: Request, status: str = "", mine: str = "", session: AnalystSession = Reader) -> Response:
    """Cases sorted by risk, with tactics and entity pseudonyms; nothing decrypted here."""
    if status not in ("", "all", *STATUSES):
        raise InputError("unknown status")
    backend = analyst_state(request).backend
    cases = backend.queue(session, status or None, mine == "1")
    ctx = {"session": session, "cases": cases, "statuses": STATUSES, "status": status, "mine": mine == "1",
           "open_statuses": OPEN_STATUSES}
    return render(request, "analyst/queue.html", ctx)


@router.get("/cases/{case_id}", name="analyst_case")
def case_page(request: Request, case_id: int, session: AnalystSession = Reader) -> Response:
    """One case with its reports decrypted for reading (the read is audited)."""
    backend = analyst_state(request).backend
    case = backend.open_case(session, case_id)
    ctx = {"session": session, "case": case, "statuses": STATUSES, "users": backend.users(), "now": _now()}
    response = render(request, "analyst/case.html", ctx)
    response.headers.update(NO_STORE)
    return response


@router.post("/cases/{case_id}/status")
def change_status(
    request: Request, case_id: int, status: Annotated[str, Form(max_length=20)],
    session: AnalystSession = Writer,
) -> Response:
    """Move a case to another workflow status."""
    if status not in STATUSES:
        raise InputError("unknown status")
    analyst_state(request).backend.set_status(session, case_id, status)
    return _back_to_case(case_id)


@router.post("/cases/{case_id}/assign")
def assign(
    request: Request, case_id: int, assignee: Annotated[str, Form(max_length=12)] = "",
    session: AnalystSession = Writer,
) -> Response:
    """Assign a case to a user (empty: to nobody)."""
    if assignee and not assignee.isdigit():
        raise InputError("choose a user from the list")
    analyst_state(request).backend.assign(session, case_id, int(assignee) if assignee else None)
    return _back_to_case(case_id)


@router.post("/cases/{case_id}/notes")
def add_note(
    request: Request, case_id: int, text: Annotated[str, Form(max_length=8000)],
    session: AnalystSession = Writer,
) -> Response:
    """Add a note to a case."""
    if not text.strip():
        raise InputError("a note cannot be empty")
    analyst_state(request).backend.add_note(session, case_id, text.strip())
    return _back_to_case(case_id, "#notes")


@router.post("/cases/{case_id}/merge")
def merge(
    request: Request, case_id: int, other: Annotated[str, Form(max_length=12)],
    session: AnalystSession = Writer,
) -> Response:
    """Merge another case into this one."""
    digits = other.strip().lstrip("#")
    if not digits.isdigit():
        raise InputError("give the other case's number, for example 12")
    if int(digits) == case_id:
        raise InputError("a case cannot be merged into itself")
    analyst_state(request).backend.merge(session, case_id, int(digits))
    return _back_to_case(case_id)


@router.post("/reports/{report_id}/split")
def split(request: Request, report_id: int, session: AnalystSession = Writer) -> Response:
    """Move one report out into a new case of its own."""
    new_case = analyst_state(request).backend.split(session, report_id)
    return _back_to_case(new_case)


@router.post("/reports/{report_id}/question")
def ask(
    request: Request, report_id: int, text: Annotated[str, Form(max_length=4000)],
    session: AnalystSession = Writer,
) -> Response:
    """Send a question to the reporter; they read it with their receipt code."""
    if not text.strip():
        raise InputError("a question cannot be empty")
    case_id = analyst_state(request).backend.ask(session, report_id, text.strip())
    return _back_to_case(case_id, f"#report-{report_id}")


@router.get("/cases/{case_id}/export.json")
def export_json(request: Request, case_id: int, session: AnalystSession = Exporter) -> Response:
    """Download the case as JSON with decrypted contents (the export is audited)."""
    data = analyst_state(request).backend.export_case(session, case_id)
    body = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    headers = {**NO_STORE, "Content-Disposition": f'attachment; filename="vigila-case-{case_id}.json"'}
    return Response(body, media_type="application/json", headers=headers)


@router.get("/cases/{case_id}/print")
def printable(request: Request, case_id: int, session: AnalystSession = Exporter) -> Response:
    """A printable page of the case; the browser's print dialog makes the PDF (audited as an export)."""
    case = analyst_state(request).backend.open_case(session, case_id, for_export=True)
    response = render(request, "analyst/print.html", {"session": session, "case": case, "now": _now()})
    response.headers.update(NO_STORE)
    return response


@router.get("/reports/{report_id}/attachments/{attachment_id}")
def attachment(
    request: Request, report_id: int, attachment_id: int, session: AnalystSession = Reader
) -> Response:
    """Download one decrypted attachment; never rendered inline, so a hostile file cannot run here."""
    name, media_type, data = analyst_state(request).backend.attachment(session, report_id, attachment_id)
    safe_name = "".join(c for c in name if c.isalnum() or c in "._-")[:100] or "attachment"
    headers = {**NO_STORE, "Content-Disposition": f'attachment; filename="{safe_name}"',
               "Content-Security-Policy": "sandbox; default-src 'none'"}
    return Response(data, media_type=media_type, headers=headers)
