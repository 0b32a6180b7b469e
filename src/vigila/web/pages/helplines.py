"""The helplines page: every bundled line by country, names in the reader's language."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from vigila.resources.helplines import helplines_in
from vigila.web.checks import request_country
from vigila.web.pages.checks import country_choices
from vigila.web.templating import render, request_language

router = APIRouter(include_in_schema=False)


@router.get("/helplines", response_class=HTMLResponse, name="helplines")
def helplines(request: Request) -> HTMLResponse:
    """List helplines grouped by country; the visitor's own country first when the browser tells it."""
    lang = request_language(request)
    mine = request_country(request, request.query_params.get("country"))
    groups = [
        {"code": code, "name": name, "lines": [h.to_dict() | {"tel": h.tel} for h in helplines_in(code)]}
        for code, name in country_choices(lang)
    ]
    groups.sort(key=lambda g: g["code"] != mine)  # stable: the rest stay in alphabetical order
    europe = [h.to_dict() | {"tel": h.tel} for h in helplines_in("EU")]
    fallback = [h.to_dict() | {"tel": h.tel} for h in helplines_in("INT")]
    return render(request, "checks/helplines.html",
                  {"groups": groups, "europe": europe, "fallback": fallback, "mine": mine})
