"""Jinja2 set-up shared by all pages: translations, language switcher, helpers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.templating import Jinja2Templates
from starlette.requests import Request
from starlette.responses import HTMLResponse

from vigila import __version__
from vigila.i18n import available_languages, gettext, language_name

TEMPLATES_DIR = Path(__file__).parent / "templates"
templates = Jinja2Templates(directory=str(TEMPLATES_DIR))


def request_language(request: Request) -> str:
    """The language resolved by LanguageMiddleware."""
    return getattr(request.state, "lang", "en")


def render(
    request: Request, template: str, context: dict[str, Any] | None = None, status_code: int = 200
) -> HTMLResponse:
    """Render a page in the request's language."""
    lang = request_language(request)
    ctx: dict[str, Any] = {
        "lang": lang,
        "_": gettext(lang),
        "languages": [(code, language_name(code)) for code in available_languages()],
        "version": __version__,
        "path": request.url.path,
    }
    ctx.update(context or {})
    return templates.TemplateResponse(request, template, ctx, status_code=status_code)
