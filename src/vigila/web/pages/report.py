"""Public report pages: the anonymous form, the one-time receipt, and follow-up by code.

No account and no JavaScript. Nothing about the request (address, user agent, exact time) is
stored or logged; the receipt code travels only in POST bodies, never in a URL, and pages that
show it are marked no-store.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse

from vigila.core.errors import InputError, VigilaError
from vigila.reports.attachments import ALLOWED, MAX_ATTACHMENTS
from vigila.reports.service import LookupLimited, NotFound, ReportContent
from vigila.security.crypto import NoOrganisationKey
from vigila.web.reports_state import client_key, reports_service
from vigila.web.templating import render, request_language

router = APIRouter(include_in_schema=False)

NOT_READY = "This service is not ready to receive reports yet. Please use a helpline."


def _private(response: HTMLResponse) -> HTMLResponse:
    response.headers["Cache-Control"] = "no-store"
    return response


def _form(request: Request, values: dict[str, str], error: str | None = None, status: int = 200
          ) -> HTMLResponse:
    max_mb = request.app.state.settings.max_upload_bytes // (1024 * 1024)
    ctx: dict[str, Any] = {"values": values, "error": error, "max_files": MAX_ATTACHMENTS, "allowed": ALLOWED,
                           "max_mb": max_mb}
    return _private(render(request, "report/form.html", ctx, status_code=status))


async def _read_files(request: Request, files: list[UploadFile]) -> list[tuple[str, bytes]]:
    limit = request.app.state.settings.max_upload_bytes
    out = []
    for f in files:
        if not f.filename:
            continue  # an empty file input still sends a part
        # One byte over the limit is enough to refuse; never read an unbounded upload into memory.
        out.append((f.filename, await f.read(limit + 1)))
    return out


@router.get("/report", response_class=HTMLResponse, name="report_form")
def report_form(request: Request) -> HTMLResponse:
    """The empty report form."""
    return _form(request, {})


@router.post("/report", response_class=HTMLResponse, name="report_submit")
async def report_submit(
    request: Request,
    what_happened: Annotated[str, Form()] = "",
    where: Annotated[str, Form()] = "",
    when: Annotated[str, Form()] = "",
    people: Annotated[str, Form()] = "",
    contact: Annotated[str, Form()] = "",
    country: Annotated[str, Form()] = "",
    city: Annotated[str, Form()] = "",
    files: Annotated[list[UploadFile] | None, File()] = None,
) -> HTMLResponse:
    """Store the report and show its receipt code once."""
    values = {"what_happened": what_happened, "where": where, "when": when, "people": people,
              "contact": contact, "country": country, "city": city}
    service = reports_service(request)
    content = ReportContent(**values, language=request_language(request))
    try:
        receipt = service.submit(content, await _read_files(request, files or []))
    except NoOrganisationKey:
        return _form(request, values, NOT_READY, 503)
    except InputError as exc:
        return _form(request, values, str(exc), 400)
    return _private(render(request, "report/receipt.html", {"code": receipt.code}))


@router.get("/report/follow-up", response_class=HTMLResponse, name="report_follow_up")
def follow_up_form(request: Request) -> HTMLResponse:
    """Ask for the receipt code."""
    return _follow_page(request)


def _follow_page(request: Request, status: int = 200, **ctx: Any) -> HTMLResponse:
    context = {"thread": None, "code": "", "error": None, **ctx}
    return _private(render(request, "report/follow_up.html", context, status_code=status))


def _thread_page(request: Request, code: str, action: Any) -> HTMLResponse:
    try:
        thread = action()
    except LookupLimited as exc:
        return _follow_page(request, 429, error="limited", retry=exc.retry_after)
    except NotFound:
        return _follow_page(request, 404, error="unknown")
    except VigilaError as exc:
        return _follow_page(request, 400, code=code, error=str(exc))
    return _follow_page(request, thread=thread, code=code)


@router.post("/report/follow-up", response_class=HTMLResponse, name="report_follow_up_open")
def follow_up_open(request: Request, code: Annotated[str, Form()] = "") -> HTMLResponse:
    """Show the status and the analysts' questions for a code."""
    service = reports_service(request)
    return _thread_page(request, code, lambda: service.lookup(code, client_key(request)))


@router.post("/report/follow-up/reply", response_class=HTMLResponse, name="report_follow_up_reply")
def follow_up_reply(
    request: Request, code: Annotated[str, Form()] = "", text: Annotated[str, Form()] = ""
) -> HTMLResponse:
    """Add the reporter's answer and show the thread again."""
    service = reports_service(request)
    return _thread_page(request, code, lambda: service.reply(code, text, client_key(request)))
