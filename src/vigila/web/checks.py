"""What the check API and pages share: country from the request, the local helpline, advice texts."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field, field_validator
from starlette.requests import Request

from vigila.i18n import available_languages
from vigila.resources.helplines import helpline_for

_REGION = re.compile(r"^[a-z]{2,3}[-_]([A-Za-z]{2})\b")

# msgids; translated in checks.po. Shown with every result: a warning must come with a way out.
ADVICE_CONVERSATION = [
    "Do not send photos, documents or money, and do not travel until you have checked.",
    "Do not delete the conversation: it may be evidence. Take screenshots.",
    "Talk to someone you trust, and call the helpline: it is free and confidential.",
    "If you are in danger now, call the emergency number (112 in Europe, 911 in the Americas).",
]
ADVICE_JOB = [
    "Never pay a fee to get a job, and never let anyone keep your passport.",
    "Check the company: a street address, a website, a contract you can read before you travel.",
    "Ask for the contract in your language and show it to someone you trust.",
    "Call the helpline if you have doubts: it is free and confidential.",
]
LEVEL_HEADLINES = {
    "alert": "Warning: strong signs of recruitment for exploitation.",
    "warn": "Be careful: several warning signs.",
    "watch": "A few things to watch.",
    "none": "No warning signs found.",
}


def supported_lang(lang: str | None) -> str | None:
    """The language code if Vigila speaks it; ValueError otherwise (the API turns it into a 422)."""
    if lang is None or lang == "":
        return None
    code = lang.replace("_", "-").split("-")[0].lower()
    if code not in available_languages():
        raise ValueError(f"unsupported language {lang!r}: use one of {', '.join(available_languages())}")
    return code


class CheckLocale(BaseModel):
    """The language and country fields every check request accepts."""

    lang: str | None = Field(None, max_length=16, description="en, es, pt, fr or ro, else detected.")
    country: str | None = Field(None, pattern=r"^[A-Za-z]{2}$", description="ISO 3166 code (helpline).")

    @field_validator("lang")
    @classmethod
    def _lang(cls, value: str | None) -> str | None:
        return supported_lang(value)


def request_country(request: Request, explicit: str | None) -> str | None:
    """The person's country: what they chose, else the region of their browser language (es-MX → MX)."""
    if explicit and re.fullmatch(r"[A-Za-z]{2}", explicit.strip()):
        return explicit.strip().upper()
    for part in (request.headers.get("accept-language") or "").split(","):
        m = _REGION.match(part.strip())
        if m:
            return m.group(1).upper()
    return None


def helpline_payload(country: str | None, lang: str | None) -> dict[str, Any]:
    """The helpline for a result, JSON-ready."""
    h = helpline_for(country, lang)
    return {**h.to_dict(), "tel": h.tel}
