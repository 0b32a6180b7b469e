"""Middleware: language choice and security headers (strict CSP: nothing loads from elsewhere)."""

from __future__ import annotations

from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import Response

from vigila.i18n import available_languages, negotiate

LANG_COOKIE = "vigila_lang"

CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


class LanguageMiddleware(BaseHTTPMiddleware):
    """Set `request.state.lang` from ?lang=, then the cookie, then Accept-Language."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        """Resolve the language and remember an explicit choice in a cookie."""
        chosen = request.query_params.get("lang")
        if chosen not in available_languages():
            chosen = None
        cookie = request.cookies.get(LANG_COOKIE)
        lang = chosen or (cookie if cookie in available_languages() else None)
        request.state.lang = lang or negotiate(request.headers.get("accept-language"))
        response = await call_next(request)
        if chosen:
            response.set_cookie(LANG_COOKIE, chosen, max_age=365 * 86400, httponly=True, samesite="lax")
        return response


class SecurityHeadersMiddleware(BaseHTTPMiddleware):
    """Headers that keep pages private and self-contained."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        """Add CSP, no-referrer and friends to every response."""
        response = await call_next(request)
        if request.url.path.startswith("/docs"):
            # Swagger UI is the one page that needs inline scripts; it is not a public page.
            response.headers.setdefault("Referrer-Policy", "no-referrer")
            return response
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Permissions-Policy", "geolocation=(), camera=(), microphone=()")
        return response
