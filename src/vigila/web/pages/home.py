"""The home page: what Vigila does, and the doors to each tool."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from starlette.routing import NoMatchFound

from vigila.web.templating import render

router = APIRouter(include_in_schema=False)

# (route name, title msgid, blurb msgid); a door shows as "coming soon" until its page exists.
DOORS: list[tuple[str, str, str]] = [
    ("check_message", "Check a message or conversation",
     "Paste a chat or upload an export. See the warning signs and why they were raised."),
    ("check_job", "Check a job offer",
     "Is this offer what it seems? See the red flags in the ad itself."),
    ("report_form", "Report anonymously",
     "Tell us what you saw. You get a code to follow up; we never ask who you are."),
    ("helplines", "Helplines",
     "Free, confidential help in your country and language."),
    ("analyst_login", "Analyst sign-in",
     "For NGO, hotline and police analysts: case triage, links and maps."),
]


@router.get("/", response_class=HTMLResponse, name="home")
def home(request: Request) -> HTMLResponse:
    """Render the home page."""
    doors = []
    for name, title, blurb in DOORS:
        try:
            url: str | None = str(request.url_for(name).path)
        except NoMatchFound:
            url = None
        doors.append({"url": url, "title": title, "blurb": blurb})
    return render(request, "home.html", {"doors": doors})
