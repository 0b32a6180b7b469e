"""POST /api/v1/conversations/assess: the streaming monitor over a whole conversation. Nothing is stored."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator

from vigila.core.errors import InputError, VigilaError
from vigila.web.api.limits import MB, body_limited_route
from vigila.web.checks import CheckLocale, helpline_payload, request_country

MAX_BODY = 1 * MB
MAX_MESSAGES = 5000

router = APIRouter(tags=["checks"], route_class=body_limited_route(MAX_BODY))


class MessageIn(BaseModel):
    """One chat message; the sender called "user" is the person being protected."""

    model_config = ConfigDict(extra="ignore")
    sender: str = Field("other", max_length=200)
    text: str = Field(..., max_length=100_000)
    ts: str | None = Field(None, max_length=64)


class ConversationIn(CheckLocale):
    """Either `messages` or pasted `text` (split into messages); `me` names the protected person."""

    model_config = ConfigDict(
        extra="ignore",
        json_schema_extra={"examples": [{"messages": [
            {"sender": "other", "text": "Hola guapa, tengo trabajo de camarera en Madrid, te pago el viaje"},
            {"sender": "user", "text": "¿Y qué tengo que hacer?"}], "lang": "es", "country": "ES"}]},
    )
    messages: list[MessageIn] | None = Field(None, max_length=MAX_MESSAGES)
    text: str | None = Field(None, max_length=MAX_BODY)
    me: str | None = Field(None, max_length=200, description="Sender name of the protected person in `text`.")
    @model_validator(mode="after")
    def _one_source(self) -> ConversationIn:
        has_messages = bool(self.messages) and any(m.text.strip() for m in self.messages or [])
        has_text = bool(self.text and self.text.strip())
        if self.messages is not None and self.text is not None:
            raise ValueError("send either 'messages' or 'text', not both")
        if not (has_messages or has_text):
            raise ValueError("the conversation is empty")
        return self


class Helpline(BaseModel):
    """Where to call."""

    model_config = ConfigDict(extra="allow")
    country: str
    name: str
    phone: str
    url: str
    verified: bool


class ConversationAssessment(BaseModel):
    """Risk of the conversation, where the alert came, and why."""

    risk: float = Field(..., ge=0, le=1)
    level: str
    category: str | None
    lang: str | None
    alert_at: int | None = Field(..., description="Index of the first message at which the monitor alerted.")
    explanation: str
    timeline: list[dict[str, Any]]
    signals: list[dict[str, Any]]
    tactic_names: dict[str, str] = Field(..., description="Readable name of each tactic id in `signals`.")
    messages: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    helpline: Helpline


class Problem(BaseModel):
    """A clear one-line reason."""

    detail: Any


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "Malformed request."},
    413: {"model": Problem, "description": "Body larger than 1 MB."},
    422: {"description": "Invalid or empty conversation, or unsupported language."},
    503: {"model": Problem, "description": "The monitor's model is not installed."},
}


def conversation_messages(body: ConversationIn) -> list[dict[str, Any]]:
    """The messages to assess, with the protected person as sender 'user'."""
    from vigila.ingest.chat_exports import protect, split_pasted

    if body.messages is not None:
        msgs = [m.model_dump() for m in body.messages]
    else:
        msgs = split_pasted(body.text or "")
    conv = protect({"id": "api", "messages": msgs}, body.me) if body.me else {"messages": msgs}
    return list(conv["messages"])


@router.post(
    "/conversations/assess",
    response_model=ConversationAssessment,
    responses=ERRORS,
    summary="Assess a conversation for recruitment or grooming",
)
def assess(body: ConversationIn, request: Request) -> ConversationAssessment | JSONResponse:
    """Run the monitor message by message; return the risk timeline, the alert point and the helpline."""
    from vigila.detectors.conversation_report import assess_conversation

    try:
        messages = conversation_messages(body)
    except InputError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    try:
        report = assess_conversation(messages, lang=body.lang, country=body.country)
    except InputError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    except (VigilaError, ImportError) as exc:
        # The monitor's model or module is not installed: an operator problem, answered plainly.
        raise HTTPException(status_code=503, detail=f"the monitor is unavailable: {exc}") from None
    country = request_country(request, body.country)
    report["helpline"] = helpline_payload(country, report.get("lang") or body.lang)
    report.pop("peak_at", None)
    report.pop("final_risk", None)
    return ConversationAssessment.model_validate(report)
