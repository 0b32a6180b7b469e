"""Public check pages: "Check a conversation" and "Check a job offer". Plain forms, no JavaScript.

Nothing pasted or uploaded is stored or logged: the text lives only in this request, and the answer
is sent with `Cache-Control: no-store` so the browser keeps no copy either.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from babel import Locale, UnknownLocaleError
from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse
from starlette.responses import Response
from starlette.routing import NoMatchFound

from vigila.core.errors import InputError, VigilaError
from vigila.resources.helplines import countries
from vigila.web.api.limits import MB, body_limited_route
from vigila.web.checks import (
    ADVICE_CONVERSATION,
    ADVICE_JOB,
    LEVEL_HEADLINES,
    helpline_payload,
    request_country,
)
from vigila.web.templating import render, request_language

MAX_FORM = 5 * MB
MAX_MESSAGES = 5000
TOO_LONG = "This chat is too long to check here (more than 5,000 messages). Use the command vigila chat scan."
UNAVAILABLE = "This check is not available right now. Please call the helpline below."


def _too_large(request: Request, limit: int) -> Response:
    template = "checks/job.html" if request.url.path.endswith("/job") else "checks/message.html"
    return _page(request, template, {"error": "The file or text is too large (the limit is 5 MB)."}, 413)


router = APIRouter(include_in_schema=False, route_class=body_limited_route(MAX_FORM, _too_large))


def country_choices(lang: str) -> list[tuple[str, str]]:
    """(code, name in the page's language) for every country with a helpline, sorted by name."""
    names: Mapping[str, str]
    try:
        names = Locale.parse(lang).territories
    except (UnknownLocaleError, ValueError):
        names = {}
    return sorted(((c, str(names.get(c, c))) for c in countries()), key=lambda p: p[1])


def _report_url(request: Request) -> str:
    try:
        return str(request.url_for("report_form").path)
    except NoMatchFound:
        return "/report"


def _page(request: Request, template: str, ctx: dict[str, Any], status: int = 200) -> HTMLResponse:
    lang = request_language(request)
    country = request_country(request, ctx.get("country"))
    base = {
        "countries": country_choices(lang),
        "country": country or "",
        "helpline": helpline_payload(country, lang),
        "report_url": _report_url(request),
        "headlines": LEVEL_HEADLINES,
    }
    response = render(request, template, {**base, **ctx}, status_code=status)
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/check/message", response_class=HTMLResponse, name="check_message")
def check_message(request: Request) -> HTMLResponse:
    """The empty "Check a conversation" form."""
    return _page(request, "checks/message.html", {})


@router.post("/check/message", response_class=HTMLResponse, name="check_message_result")
async def check_message_result(
    request: Request,
    text: str = Form(""),
    me: str = Form(""),
    country: str = Form(""),
    file: UploadFile | None = File(None),
) -> HTMLResponse:
    """Assess the pasted text or the uploaded export and show the result on the same page."""
    from vigila.detectors.conversation_report import assess_conversation
    from vigila.ingest.chat_exports import parse_export, protect, split_pasted

    lang = request_language(request)
    form = {"text": text, "me": me, "country": country}
    try:
        data = await file.read() if file is not None and file.filename else b""
        if data:
            convs = parse_export(data, file.filename or "") if file is not None else []
            if not convs:
                raise InputError("the export holds no chat")
            conv = max(convs, key=lambda c: len(c["messages"]))  # a full account export: the busiest chat
        elif text.strip():
            conv = {"id": "pasted", "messages": split_pasted(text)}
        else:
            raise InputError("Paste a conversation or choose an export file.")
        conv = protect(conv, me.strip() or None)
        if not any((m.get("text") or "").strip() for m in conv["messages"]):
            raise InputError("The conversation has no text to check.")
        if len(conv["messages"]) > MAX_MESSAGES:
            # About 600 messages/s with entity extraction: longer chats belong to the CLI, not a web request.
            raise InputError(TOO_LONG)
    except InputError as exc:
        return _page(request, "checks/message.html", {**form, "error": str(exc)}, 400)
    try:
        report = assess_conversation(conv["messages"], country=request_country(request, country))
    except (VigilaError, ImportError):
        return _page(request, "checks/message.html", {**form, "error": UNAVAILABLE}, 503)
    report["helpline"] = helpline_payload(request_country(request, country), report.get("lang") or lang)
    return _page(
        request,
        "checks/message.html",
        {**form, "result": report, "advice": ADVICE_CONVERSATION, "me_name": conv.get("me")},
    )


@router.get("/check/job", response_class=HTMLResponse, name="check_job")
def check_job(request: Request) -> HTMLResponse:
    """The empty "Check a job offer" form."""
    return _page(request, "checks/job.html", {})


@router.post("/check/job", response_class=HTMLResponse, name="check_job_result")
def check_job_result(
    request: Request,
    title: str = Form(""),
    description: str = Form(""),
    location: str = Form(""),
    salary_range: str = Form(""),
    country: str = Form(""),
) -> HTMLResponse:
    """Assess the pasted ad and show the verdict with its highlighted flags."""
    from vigila.web.api.job_offers import assess_job

    form = {"title": title, "description": description, "location": location,
            "salary_range": salary_range, "country": country}
    if not (title.strip() or description.strip()):
        return _page(request, "checks/job.html", {**form, "error": "Paste the job offer first."}, 400)
    ad = {k: v for k, v in form.items() if k != "country" and v.strip()}
    try:
        result = assess_job(ad, request_language(request))
    except VigilaError:
        return _page(request, "checks/job.html", {**form, "error": UNAVAILABLE}, 503)
    result["helpline"] = helpline_payload(request_country(request, country), request_language(request))
    return _page(request, "checks/job.html", {**form, "result": result, "advice": ADVICE_JOB})
