"""`POST /api/v1/reports` and follow-up by code: the same anonymous reporting for the Telegram bot
and other clients. Nothing about the caller is stored; attachments travel as base64."""

from __future__ import annotations

import base64
import binascii
import datetime as dt

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, Field

from vigila.core.errors import InputError
from vigila.reports.attachments import MAX_ATTACHMENTS
from vigila.reports.service import LookupLimited, NotFound, ReportContent
from vigila.security.crypto import NoOrganisationKey
from vigila.web.reports_state import client_key, reports_service

router = APIRouter(tags=["reports"])


class Problem(BaseModel):
    """An error a client can show as it is."""

    detail: str


class AttachmentIn(BaseModel):
    """One file: its name and its bytes in base64."""

    name: str = Field(max_length=200)
    content_base64: str


class ReportIn(BaseModel):
    """An anonymous report; only `what_happened` is required."""

    what_happened: str = Field(min_length=1, max_length=20_000)
    where: str = Field(default="", max_length=2_000)
    when: str = Field(default="", max_length=100)
    people: str = Field(default="", max_length=20_000)
    contact: str = Field(default="", max_length=500)
    country: str | None = Field(default=None, max_length=2)
    city: str | None = Field(default=None, max_length=100)
    language: str = Field(default="en", max_length=8)
    attachments: list[AttachmentIn] = Field(default_factory=list, max_length=MAX_ATTACHMENTS)


class ReceiptOut(BaseModel):
    """The receipt code: show it to the reporter once; it cannot be recovered."""

    receipt_code: str


class CodeIn(BaseModel):
    """A receipt code."""

    code: str = Field(max_length=64)


class ReplyIn(BaseModel):
    """A reporter's answer."""

    code: str = Field(max_length=64)
    text: str = Field(min_length=1, max_length=5_000)


class MessageOut(BaseModel):
    """One message of the thread."""

    author: str
    text: str
    on: dt.date


class FollowUpOut(BaseModel):
    """Status and thread of a report."""

    submitted_on: dt.date
    status: str
    messages: list[MessageOut]


ERRORS: dict[int | str, dict[str, object]] = {
    400: {"model": Problem, "description": "Bad input, e.g. a refused attachment"},
    422: {"description": "Malformed request"},
}
LOOKUP_ERRORS: dict[int | str, dict[str, object]] = {
    **ERRORS,
    404: {"model": Problem, "description": "No report has this code"},
    429: {"model": Problem, "description": "Too many wrong codes; retry later"},
}


NOT_READY: dict[int | str, dict[str, object]] = {
    503: {"model": Problem, "description": "No organisation key configured yet"},
}


@router.post("/reports", status_code=201, response_model=ReceiptOut, responses={**ERRORS, **NOT_READY})
def submit_report(body: ReportIn, request: Request) -> ReceiptOut:
    """Submit a report anonymously; the response's code is the only way to follow it up."""
    files = []
    for a in body.attachments:
        try:
            files.append((a.name, base64.b64decode(a.content_base64, validate=True)))
        except (binascii.Error, ValueError):
            raise HTTPException(400, f"{a.name}: content_base64 is not valid base64") from None
    content = ReportContent(**body.model_dump(exclude={"attachments"}))
    try:
        receipt = reports_service(request).submit(content, files)
    except NoOrganisationKey:
        raise HTTPException(503, "this service is not ready to receive reports yet") from None
    except InputError as exc:
        raise HTTPException(400, str(exc)) from None
    return ReceiptOut(receipt_code=receipt.code)


def _thread(action: object) -> FollowUpOut:
    try:
        thread = action()  # type: ignore[operator]
    except LookupLimited as exc:
        raise HTTPException(429, str(exc), headers={"Retry-After": str(exc.retry_after)}) from None
    except NotFound as exc:
        raise HTTPException(404, str(exc)) from None
    except InputError as exc:
        raise HTTPException(400, str(exc)) from None
    return FollowUpOut(submitted_on=thread.submitted_on, status=thread.status,
                       messages=[MessageOut(author=m.author, text=m.text, on=m.on) for m in thread.messages])


@router.post("/reports/follow-up", response_model=FollowUpOut, responses=LOOKUP_ERRORS)
def follow_up(body: CodeIn, request: Request) -> FollowUpOut:
    """The status and the analysts' questions for a receipt code (POST keeps the code out of URLs)."""
    service = reports_service(request)
    return _thread(lambda: service.lookup(body.code, client_key(request)))


@router.post("/reports/reply", response_model=FollowUpOut, responses=LOOKUP_ERRORS)
def reply(body: ReplyIn, request: Request) -> FollowUpOut:
    """Answer the analysts with a receipt code."""
    service = reports_service(request)
    return _thread(lambda: service.reply(body.code, body.text, client_key(request)))
