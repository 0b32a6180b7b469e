"""POST /api/v1/job-offers/assess: fraud probability and trafficking red flags of an ad. Nothing is stored."""

from __future__ import annotations

from functools import cache
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, ConfigDict, Field, model_validator

from vigila.core.errors import InputError, VigilaError
from vigila.detectors.conversation_report import segments
from vigila.web.api.limits import MB, body_limited_route
from vigila.web.checks import ADVICE_JOB, CheckLocale, helpline_payload, request_country

MAX_BODY = 1 * MB
TEXT_FIELDS = ("title", "company_profile", "description", "requirements", "benefits", "location",
               "salary_range", "employment_type", "department", "industry", "function")
FIELD_LABELS = {"title": "Job title", "description": "The offer", "company_profile": "Company",
                "requirements": "Requirements", "benefits": "Benefits", "location": "Place of work",
                "salary_range": "Salary"}

router = APIRouter(tags=["checks"], route_class=body_limited_route(MAX_BODY))


class JobOfferIn(CheckLocale):
    """The ad as pasted `text`, or its fields (EMSCAD names); at least one must hold words."""

    model_config = ConfigDict(
        extra="ignore",
        json_schema_extra={"examples": [{"title": "Azafata de imagen en Dubái",
                                         "description": "Sin experiencia. 4.000 € al mes. Billete pagado, "
                                         "se descuenta del sueldo. Solo chicas de 18 a 25 años. "
                                         "Contacto solo por WhatsApp.", "lang": "es"}]},
    )
    text: str | None = Field(None, max_length=MAX_BODY)
    title: str | None = Field(None, max_length=2000)
    description: str | None = Field(None, max_length=MAX_BODY)
    company_profile: str | None = Field(None, max_length=MAX_BODY)
    requirements: str | None = Field(None, max_length=MAX_BODY)
    benefits: str | None = Field(None, max_length=MAX_BODY)
    location: str | None = Field(None, max_length=500)
    salary_range: str | None = Field(None, max_length=200)
    employment_type: str | None = Field(None, max_length=200)
    telecommuting: bool | None = None
    has_company_logo: bool | None = None
    has_questions: bool | None = None
    @model_validator(mode="after")
    def _has_words(self) -> JobOfferIn:
        if not any((getattr(self, f) or "").strip() for f in ("text", *TEXT_FIELDS) if hasattr(self, f)):
            raise ValueError("the job offer is empty")
        return self


class JobOfferAssessment(BaseModel):
    """The assessor's verdict, the flags with their spans, advice and the helpline."""

    model_config = ConfigDict(extra="allow")
    fraud_probability: float = Field(..., ge=0, le=1)
    fraudulent: bool
    level: str
    trafficking_flags: list[Any]
    explanation: str
    fields_view: list[dict[str, Any]]
    flags_view: list[dict[str, Any]]
    advice: list[str]
    helpline: dict[str, Any]


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "Malformed request."},
    413: {"description": "Body larger than 1 MB."},
    422: {"description": "Empty offer, invalid field or unsupported language."},
    503: {"description": "The job-offer model is not installed or does not match this version."},
}


@cache
def _assessor() -> Any:
    from vigila.detectors.jobs import JobOfferAssessor

    return JobOfferAssessor.load()


def assess_job(ad: dict[str, Any], lang: str | None) -> dict[str, Any]:
    """Assess one ad and add what a page needs: per-field highlighted segments and readable flags."""
    from vigila.i18n import translate

    result: dict[str, Any] = _assessor().assess(ad).to_dict()
    flags: list[dict[str, Any]] = result["trafficking_flags"]
    fields_view = []
    for name in TEXT_FIELDS:
        value = ad.get(name)
        if not isinstance(value, str) or not value.strip():
            continue
        spans = [(f["start"], f["end"], f["tactic"]) for f in flags
                 if f.get("field") == name and 0 <= f["start"] < f["end"] <= len(value)]
        label = FIELD_LABELS.get(name, name)
        fields_view.append({"name": name, "label": label, "segments": segments(value, spans)})
    flags_view = [{"label": f.get("name") or f["tactic"].replace("_", " "), "text": f.get("text") or "",
                   "field": f.get("field")} for f in flags]
    result.update(fields_view=fields_view, flags_view=flags_view,
                  advice=[translate(a, lang) for a in ADVICE_JOB])
    return result


@router.post(
    "/job-offers/assess",
    response_model=JobOfferAssessment,
    responses=ERRORS,
    summary="Assess a job offer for fraud and trafficking red flags",
)
def assess(body: JobOfferIn, request: Request) -> JobOfferAssessment:
    """Score the ad, list its red flags with the exact words, and give advice and the local helpline."""
    from vigila.detectors.jobs import as_ad

    ad = dict(as_ad(body.model_dump(exclude_none=True, exclude={"country"})))
    lang = body.lang or getattr(request.state, "lang", None)
    try:
        result = assess_job(ad, lang)
    except InputError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    except VigilaError as exc:
        # A missing or stale model is the operator's problem, not the visitor's: say so plainly.
        raise HTTPException(status_code=503, detail=f"the job-offer checker is unavailable: {exc}") from None
    result["helpline"] = helpline_payload(request_country(request, body.country), lang)
    return JobOfferAssessment.model_validate(result)
