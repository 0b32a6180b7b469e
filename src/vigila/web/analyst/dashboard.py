"""The analyst dashboard: reports over time by tactic, a map by country, top linked entities."""

from __future__ import annotations

import json
from datetime import date, timedelta

from fastapi import APIRouter, Request
from starlette.responses import Response

from vigila.i18n import gettext
from vigila.security.sessions import AnalystSession
from vigila.web.analyst.guard import AnalystRoute, Reader, analyst_state
from vigila.web.analyst.views import DashboardData
from vigila.web.analyst.worldmap import choropleth_svg, legend
from vigila.web.templating import render, request_language

router = APIRouter(prefix="/analyst", include_in_schema=False, route_class=AnalystRoute)

MAX_WEEKS = 26
MAX_SERIES = 8


def _week_range(first: str, last: str) -> list[str]:
    # Fill empty weeks so the time axis is honest about gaps.
    start = date.fromisocalendar(int(first[:4]), int(first[6:]), 1)
    end = date.fromisocalendar(int(last[:4]), int(last[6:]), 1)
    weeks = []
    day = start
    while day <= end:
        year, week, _ = day.isocalendar()
        weeks.append(f"{year}-W{week:02d}")
        day += timedelta(days=7)
    return weeks[-MAX_WEEKS:]


def timeline(data: DashboardData, other_label: str) -> dict[str, object]:
    """Weekly counts per tactic for Chart.js: the busiest tactics, the rest summed as 'other'."""
    if not data.by_week_tactic:
        return {"labels": [], "series": []}
    weeks_seen = sorted({w for w, _ in data.by_week_tactic})
    labels = _week_range(weeks_seen[0], weeks_seen[-1])
    totals: dict[str, int] = {}
    for (_w, tactic), n in data.by_week_tactic.items():
        totals[tactic] = totals.get(tactic, 0) + n
    ranked = sorted(totals, key=lambda t: (-totals[t], t))
    shown, rest = ranked[:MAX_SERIES], set(ranked[MAX_SERIES:])
    series = [{"label": t, "counts": [data.by_week_tactic.get((w, t), 0) for w in labels]} for t in shown]
    if rest:
        series.append({"label": other_label, "counts": [
            sum(data.by_week_tactic.get((w, t), 0) for t in rest) for w in labels
        ]})
    return {"labels": labels, "series": series}


def _json_for_script(value: object) -> str:
    # Inside <script type="application/json"> HTML entities are not decoded, so escape what could
    # close the element instead of HTML-escaping.
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@router.get("/dashboard", name="analyst_dashboard")
def dashboard(request: Request, session: AnalystSession = Reader) -> Response:
    """Counts only: nothing on this page is decrypted."""
    _ = gettext(request_language(request))
    data = analyst_state(request).backend.dashboard(session)
    line = timeline(data, _("other"))
    line_payload = {**line, "x_title": _("Week"), "y_title": _("Reports")}
    by_country: dict[str, int] = {}
    for place in data.places:
        by_country[place.country] = by_country.get(place.country, 0) + place.count
    ctx = {
        "session": session,
        "totals": {"reports": data.reports, "cases": data.cases, "open": data.open_cases,
                   "linked": data.linked_cases},
        "timeline": line,
        "timeline_json": _json_for_script(line_payload),
        "map_svg": choropleth_svg(by_country, _("Reports by place"), label="{name}: {count}"),
        "legend": legend(by_country),
        "places": sorted(data.places, key=lambda p: (-p.count, p.country, p.city or "")),
        "unplaced": data.unplaced,
        "top_entities": data.top_entities,
    }
    return render(request, "analyst/dashboard.html", ctx)
