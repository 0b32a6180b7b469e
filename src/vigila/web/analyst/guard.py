"""Who may see what on the analyst pages: session cookie, roles, CSRF, and friendly refusals."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from fastapi import Depends, Request
from fastapi.routing import APIRoute
from itsdangerous import BadSignature, Signer
from starlette.responses import RedirectResponse, Response

from vigila.core.errors import VigilaError
from vigila.security.keys import ensure_secret
from vigila.security.sessions import AnalystSession, LoginLimiter, SessionStore, tokens_match
from vigila.settings import Settings
from vigila.web.analyst.views import AnalystBackend, NotFound
from vigila.web.reports_state import once_per_app, reports_service
from vigila.web.templating import render

SESSION_COOKIE = "vigila_analyst"
LOGIN_CSRF_COOKIE = "vigila_login_csrf"
COOKIE_PATH = "/analyst"


@dataclass
class AnalystState:
    """Per-app analyst machinery, created on first use."""

    settings: Settings
    backend: AnalystBackend
    sessions: SessionStore
    limiter: LoginLimiter
    login_signer: Signer


def analyst_state(request: Request) -> AnalystState:
    """The app's analyst state (backend, sessions, limiter), built once per app."""

    def build() -> AnalystState:
        settings: Settings = request.app.state.settings
        secret = ensure_secret(settings.data_dir, "analyst-session")
        return AnalystState(
            settings=settings,
            backend=getattr(request.app.state, "analyst_backend", None) or _default_backend(request),
            sessions=SessionStore(secret),
            limiter=LoginLimiter(),
            login_signer=Signer(secret, salt="vigila.analyst.login-csrf"),
        )

    return once_per_app(request, "analyst", build)


def _default_backend(request: Request) -> AnalystBackend:
    # The same ReportService (store, engine, schema upgrade) as the reporter pages of this app.
    from vigila.web.analyst.backend import ReportsBackend

    return ReportsBackend.from_service(reports_service(request))


class Refusal(Exception):
    """Stop a request with a page (or a redirect) instead of a stack trace."""

    def __init__(self, status: int, message: str, location: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.location = location


class AnalystRoute(APIRoute):
    """Route class turning `Refusal` and `VigilaError` into clear pages, never a 500."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        """Wrap the normal handler with the refusal page."""
        handler = super().get_route_handler()

        async def guarded(request: Request) -> Response:
            try:
                return await handler(request)
            except Refusal as refusal:
                if refusal.location:
                    return RedirectResponse(refusal.location, status_code=303)
                return refusal_page(request, refusal.status, refusal.message)
            except NotFound as exc:
                return refusal_page(request, 404, str(exc))
            except VigilaError as exc:
                return refusal_page(request, 400, str(exc))

        return guarded


def refusal_page(request: Request, status: int, message: str) -> Response:
    """A small page explaining why the request was refused."""
    session = getattr(request.state, "analyst_session", None)
    response = render(request, "analyst/refused.html", {"message": message, "status": status,
                                                        "session": session}, status_code=status)
    if status == 429:
        response.headers["Retry-After"] = str(getattr(request.state, "retry_after", 60))
    return response


def is_https(request: Request) -> bool:
    """Whether the browser reached us over HTTPS (cookies are then marked Secure)."""
    return request.url.scheme == "https"


def set_session_cookie(request: Request, response: Response, value: str) -> None:
    """Send the session cookie: HttpOnly, SameSite=Strict, Secure over HTTPS, limited to /analyst."""
    response.set_cookie(SESSION_COOKIE, value, path=COOKIE_PATH, httponly=True, samesite="strict",
                        secure=is_https(request))


def clear_session_cookie(request: Request, response: Response) -> None:
    """Tell the browser to forget the session cookie."""
    response.delete_cookie(SESSION_COOKIE, path=COOKIE_PATH, httponly=True, samesite="strict",
                           secure=is_https(request))


def new_login_csrf() -> str:
    """A fresh double-submit token for the sign-in form (there is no session yet to bind it to)."""
    return secrets.token_urlsafe(32)


def set_login_csrf_cookie(request: Request, response: Response, token: str) -> None:
    """Send the sign-in form's token as a signed cookie for the double-submit check."""
    signed = analyst_state(request).login_signer.sign(token).decode()
    response.set_cookie(LOGIN_CSRF_COOKIE, signed, path=COOKIE_PATH, httponly=True, samesite="strict",
                        secure=is_https(request), max_age=3600)


def login_csrf_ok(request: Request, given: str | None) -> bool:
    """Whether the sign-in form's token matches its signed cookie."""
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE)
    if not cookie:
        return False
    try:
        expected = analyst_state(request).login_signer.unsign(cookie).decode()
    except (BadSignature, UnicodeDecodeError):
        return False
    return tokens_match(expected, given)


def current_session(request: Request) -> AnalystSession | None:
    """The signed-in analyst, if any."""
    session = analyst_state(request).sessions.get(request.cookies.get(SESSION_COOKIE))
    request.state.analyst_session = session
    return session


def _login_location(request: Request) -> str:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return f"{COOKIE_PATH}/login?next={quote(target, safe='')}"


def require(permission: str) -> Callable[..., Any]:
    """Dependency: a signed-in session whose role grants `permission`; POSTs must carry its CSRF token."""

    async def dependency(request: Request) -> AnalystSession:
        session = current_session(request)
        if session is None:
            if request.method == "GET":
                raise Refusal(303, "Please sign in.", location=_login_location(request))
            raise Refusal(401, "Your session has ended. Please sign in again.")
        if request.method not in ("GET", "HEAD"):
            form = await request.form()
            given = form.get("csrf")
            if not tokens_match(session.csrf, given if isinstance(given, str) else None):
                raise Refusal(403, "This form has expired or did not come from this site. Reload the page "
                                   "and try again.")
        if not session.can(permission):
            raise Refusal(403, "Your role does not allow this.")
        return session

    return dependency


Reader = Depends(require("read"))
Writer = Depends(require("write"))
Exporter = Depends(require("export"))
Admin = Depends(require("admin"))
