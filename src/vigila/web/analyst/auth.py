"""Analyst sign-in and sign-out, and the account page with TOTP enrolment."""

from __future__ import annotations

from typing import Annotated

import pyotp
from fastapi import APIRouter, Form, Request
from starlette.responses import RedirectResponse, Response

from vigila.security.sessions import AnalystSession
from vigila.web.analyst.guard import (
    AnalystRoute,
    Reader,
    Refusal,
    analyst_state,
    clear_session_cookie,
    current_session,
    login_csrf_ok,
    new_login_csrf,
    set_login_csrf_cookie,
    set_session_cookie,
)
from vigila.web.templating import render

router = APIRouter(prefix="/analyst", include_in_schema=False, route_class=AnalystRoute)

BAD_SIGN_IN = "Wrong username, passphrase or code."
TOTP_ISSUER = "Vigila"


def _safe_next(target: str | None) -> str:
    # Only paths inside the analyst area, so the sign-in form cannot be used as an open redirect.
    if target and target.startswith("/analyst/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/analyst/"


def _login_page(request: Request, error: str | None = None, username: str = "", next_url: str = "",
                status_code: int = 200) -> Response:
    token = new_login_csrf()
    response = render(request, "analyst/login.html", {"error": error, "username": username, "csrf": token,
                                                      "next": next_url, "session": None},
                      status_code=status_code)
    set_login_csrf_cookie(request, response, token)
    return response


@router.get("/login", name="analyst_login")
def login_form(request: Request, next: str | None = None) -> Response:
    """The sign-in form (or the queue when already signed in)."""
    if current_session(request):
        return RedirectResponse(_safe_next(next), status_code=303)
    return _login_page(request, next_url=_safe_next(next))


@router.post("/login")
def login(
    request: Request,
    username: Annotated[str, Form(max_length=100)] = "",
    passphrase: Annotated[str, Form(max_length=1000)] = "",
    code: Annotated[str, Form(max_length=12)] = "",
    csrf: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    """Check the passphrase (and TOTP code), unlock the organisation key and start a session."""
    state = analyst_state(request)
    if not login_csrf_ok(request, csrf):
        return _login_page(request, "The sign-in form expired. Please try again.", username, next, 403)
    client = request.client.host if request.client else None
    wait = state.limiter.retry_after(username, client)
    if wait:
        request.state.retry_after = wait
        raise Refusal(429, "Too many failed sign-ins. Wait a few minutes and try again.")
    signed_in = state.backend.authenticate(username.strip(), passphrase, code.replace(" ", ""))
    if signed_in is None:
        state.limiter.failure(username, client)
        return _login_page(request, BAD_SIGN_IN, username, next, 401)
    state.limiter.success(username)
    _session, cookie = state.sessions.create(
        signed_in.user_id, signed_in.username, signed_in.role, signed_in.secret_key
    )
    response = RedirectResponse(_safe_next(next), status_code=303)
    set_session_cookie(request, response, cookie)
    return response


@router.post("/logout")
def logout(request: Request, session: AnalystSession = Reader) -> Response:
    """End the session and drop the unlocked key from memory."""
    analyst_state(request).sessions.drop(session)
    response = RedirectResponse("/analyst/login", status_code=303)
    clear_session_cookie(request, response)
    return response


def _account_page(request: Request, session: AnalystSession, message: str | None = None,
                  error: str | None = None, status_code: int = 200) -> Response:
    state = analyst_state(request)
    enabled = state.backend.totp_enabled(session.user_id)
    ctx: dict[str, object] = {"session": session, "totp_enabled": enabled, "message": message, "error": error}
    if not enabled:
        if session.pending_totp_secret is None:
            session.pending_totp_secret = pyotp.random_base32()
        ctx["pending_secret"] = session.pending_totp_secret
        ctx["otpauth_uri"] = pyotp.TOTP(session.pending_totp_secret).provisioning_uri(
            name=session.username, issuer_name=TOTP_ISSUER
        )
    response = render(request, "analyst/account.html", ctx, status_code=status_code)
    # The page shows a secret: keep it out of every cache.
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/account")
def account(request: Request, session: AnalystSession = Reader) -> Response:
    """The account page: who is signed in, and two-step sign-in set-up."""
    return _account_page(request, session)


@router.post("/account/totp")
def enable_totp(
    request: Request, code: Annotated[str, Form(max_length=12)] = "", session: AnalystSession = Reader
) -> Response:
    """Turn on TOTP once the analyst proves the app shows the right code."""
    secret = session.pending_totp_secret
    if not secret or not pyotp.TOTP(secret).verify(code.replace(" ", ""), valid_window=1):
        return _account_page(request, session, error="That code is not right. Check the clock of your "
                             "device and try the next code.", status_code=400)
    analyst_state(request).backend.set_totp(session, secret)
    session.pending_totp_secret = None
    return _account_page(request, session, message="Two-step sign-in is on.")


@router.post("/account/totp/disable")
def disable_totp(
    request: Request, code: Annotated[str, Form(max_length=12)] = "", session: AnalystSession = Reader
) -> Response:
    """Turn off TOTP; a current code is required so a borrowed session cannot do it."""
    backend = analyst_state(request).backend
    if not backend.check_totp(session.user_id, code.replace(" ", "")):
        return _account_page(request, session, error="That code is not right.", status_code=400)
    backend.set_totp(session, None)
    return _account_page(request, session, message="Two-step sign-in is off.")
