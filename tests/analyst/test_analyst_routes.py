"""Analyst routes over HTTP: sign-in, roles, CSRF, rate limits, cookies, pages and refusals."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pyotp
from analyst_fakes import FakeBackend
from analyst_helpers import analyst_app, form_csrf, sign_in
from fastapi.testclient import TestClient

from vigila.settings import Settings

PAGES = ["/analyst/", "/analyst/dashboard", "/analyst/account", "/analyst/cases/1",
         "/analyst/cases/1/export.json", "/analyst/cases/1/print"]


def test_pages_need_sign_in(client: TestClient) -> None:
    for path in PAGES:
        r = client.get(path, follow_redirects=False)
        assert r.status_code == 303, path
        assert r.headers["location"].startswith("/analyst/login?next="), path


def test_posts_without_session_are_refused_with_a_page(client: TestClient) -> None:
    r = client.post("/analyst/cases/1/status", data={"status": "closed", "csrf": "x"})
    assert r.status_code == 401
    assert "sign in again" in r.text and "Traceback" not in r.text


def test_sign_in_sets_a_safe_cookie_and_lands_on_next(client: TestClient) -> None:
    page = client.get("/analyst/login?next=/analyst/dashboard")
    r = client.post("/analyst/login", data={"username": "ana", "passphrase": "analyst passphrase",
                                            "csrf": form_csrf(page.text), "next": "/analyst/dashboard"},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/analyst/dashboard"
    cookie = next(c for c in r.headers.get_list("set-cookie") if c.startswith("vigila_analyst="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/analyst" in cookie
    assert "Secure" not in cookie  # plain HTTP in this test
    assert client.get("/analyst/").status_code == 200


def test_secure_cookie_over_https(settings: Settings, fake: FakeBackend) -> None:
    client = TestClient(analyst_app(settings, fake), base_url="https://testserver")
    page = client.get("/analyst/login")
    assert "Secure" in page.headers["set-cookie"]
    r = client.post("/analyst/login", data={"username": "ana", "passphrase": "analyst passphrase",
                                            "csrf": form_csrf(page.text)}, follow_redirects=False)
    cookie = next(c for c in r.headers.get_list("set-cookie") if c.startswith("vigila_analyst="))
    assert "Secure" in cookie


def test_open_redirect_is_refused(client: TestClient) -> None:
    page = client.get("/analyst/login")
    r = client.post("/analyst/login", data={"username": "ana", "passphrase": "analyst passphrase",
                                            "csrf": form_csrf(page.text), "next": "//evil.example/"},
                    follow_redirects=False)
    assert r.headers["location"] == "/analyst/"


def test_wrong_passphrase_says_nothing_more(client: TestClient) -> None:
    page = client.get("/analyst/login")
    r = client.post("/analyst/login", data={"username": "ana", "passphrase": "nope",
                                            "csrf": form_csrf(page.text)})
    unknown = client.post("/analyst/login", data={"username": "nobody", "passphrase": "nope",
                                                  "csrf": form_csrf(r.text)})
    assert r.status_code == unknown.status_code == 401
    message = "Wrong username, passphrase or code."
    assert message in r.text and message in unknown.text
    assert "vigila_analyst=" not in r.headers.get("set-cookie", "")


def test_login_without_csrf_token_is_refused(client: TestClient) -> None:
    client.get("/analyst/login")
    r = client.post("/analyst/login", data={"username": "ana", "passphrase": "analyst passphrase",
                                            "csrf": "forged"}, follow_redirects=False)
    assert r.status_code == 403
    fresh = TestClient(client.app)
    r = fresh.post("/analyst/login", data={"username": "ana", "passphrase": "analyst passphrase",
                                           "csrf": "x"}, follow_redirects=False)
    assert r.status_code == 403


def test_rate_limit_per_username(client: TestClient) -> None:
    page = client.get("/analyst/login")
    for _ in range(5):
        page = client.post("/analyst/login", data={"username": "ana", "passphrase": "bad",
                                                   "csrf": form_csrf(page.text)})
        assert page.status_code == 401
    page = client.get("/analyst/login")
    r = client.post("/analyst/login", data={"username": "ANA", "passphrase": "analyst passphrase",
                                            "csrf": form_csrf(page.text)}, follow_redirects=False)
    assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
    assert "Too many failed sign-ins" in r.text
    # Another user from another client is not locked out by ana's failures.
    other = TestClient(client.app, client=("198.51.100.9", 5000))
    sign_in(other, "vic", "viewer passphrase")


def test_rate_limit_per_client(client: TestClient) -> None:
    page = client.get("/analyst/login")
    for i in range(20):
        page = client.post("/analyst/login", data={"username": f"guess{i}", "passphrase": "bad",
                                                   "csrf": form_csrf(page.text)})
    page = client.get("/analyst/login")
    r = client.post("/analyst/login", data={"username": "ana", "passphrase": "analyst passphrase",
                                            "csrf": form_csrf(page.text)}, follow_redirects=False)
    assert r.status_code == 429


def test_totp_enrolment_then_required(client: TestClient, fake: FakeBackend) -> None:
    sign_in(client, "ana", "analyst passphrase")
    page = client.get("/analyst/account")
    assert page.headers["cache-control"] == "no-store"
    secret = re.search(r'id="totp-secret">([A-Z2-7]+)<', page.text)
    assert secret and "otpauth://totp/Vigila:ana?secret=" in page.text
    bad = client.post("/analyst/account/totp", data={"code": "000000", "csrf": form_csrf(page.text)})
    assert bad.status_code == 400 and fake.users_by_name["ana"].totp is None
    ok = client.post("/analyst/account/totp", data={"code": pyotp.TOTP(secret.group(1)).now(),
                                                    "csrf": form_csrf(page.text)})
    assert ok.status_code == 200 and fake.users_by_name["ana"].totp == secret.group(1)
    client.post("/analyst/logout", data={"csrf": form_csrf(ok.text)})
    fresh = TestClient(client.app, client=("192.0.2.50", 1))
    page = fresh.get("/analyst/login")
    r = fresh.post("/analyst/login", data={"username": "ana", "passphrase": "analyst passphrase",
                                           "csrf": form_csrf(page.text)}, follow_redirects=False)
    assert r.status_code == 401
    sign_in(fresh, "ana", "analyst passphrase", code=pyotp.TOTP(secret.group(1)).now())


def test_logout_ends_the_session(signed_in: Callable[[str], TestClient]) -> None:
    client = signed_in("ana")
    page = client.get("/analyst/")
    r = client.post("/analyst/logout", data={"csrf": form_csrf(page.text)}, follow_redirects=False)
    assert r.status_code == 303
    assert client.get("/analyst/", follow_redirects=False).status_code == 303


def test_post_without_csrf_changes_nothing(signed_in: Callable[[str], TestClient], fake: FakeBackend) -> None:
    client = signed_in("ana")
    for token in ("", "wrong"):
        r = client.post("/analyst/cases/1/status", data={"status": "closed", "csrf": token})
        assert r.status_code == 403
    assert fake.status[1] == "new"


def test_analyst_triages_and_adds_a_note(signed_in: Callable[[str], TestClient], fake: FakeBackend) -> None:
    client = signed_in("ana")
    page = client.get("/analyst/cases/1")
    csrf = form_csrf(page.text)
    r = client.post("/analyst/cases/1/status", data={"status": "triaged", "csrf": csrf},
                    follow_redirects=False)
    assert r.status_code == 303 and fake.status[1] == "triaged"
    client.post("/analyst/cases/1/notes", data={"text": "called the hotline", "csrf": csrf})
    assert "called the hotline" in client.get("/analyst/cases/1").text
    assert client.post("/analyst/cases/1/status", data={"status": "bogus", "csrf": csrf}).status_code == 400
    assert client.post("/analyst/cases/1/notes", data={"text": "  ", "csrf": csrf}).status_code == 400
    assert client.post("/analyst/cases/1/merge", data={"other": "1", "csrf": csrf}).status_code == 400
    assert client.post("/analyst/cases/1/merge", data={"other": "x", "csrf": csrf}).status_code == 400
    assert client.post("/analyst/cases/1/merge", data={"other": "#9", "csrf": csrf}).status_code == 404


def test_viewer_reads_but_cannot_change_or_export(
    signed_in: Callable[[str], TestClient], fake: FakeBackend
) -> None:
    client = signed_in("vic")
    page = client.get("/analyst/cases/1")
    assert page.status_code == 200 and 'action="/analyst/cases/1/status"' not in page.text
    csrf = form_csrf(client.get("/analyst/").text)
    changes: list[tuple[str, dict[str, str]]] = [
        ("/analyst/cases/1/status", {"status": "closed"}), ("/analyst/cases/1/notes", {"text": "x"}),
        ("/analyst/cases/1/assign", {"assignee": "1"}), ("/analyst/reports/1/split", {}),
        ("/analyst/reports/1/question", {"text": "?"}), ("/analyst/cases/1/merge", {"other": "2"}),
    ]
    for path, data in changes:
        r = client.post(path, data={**data, "csrf": csrf})
        assert r.status_code == 403, path
    assert client.get("/analyst/cases/1/export.json").status_code == 403
    assert client.get("/analyst/cases/1/print").status_code == 403
    assert fake.status[1] == "new"


def test_queue_shows_pseudonyms_not_values(signed_in: Callable[[str], TestClient]) -> None:
    client = signed_in("ana")
    r = client.get("/analyst/")
    assert "ph-3f2a9c" in r.text and "+34600111222" not in r.text
    assert "fake_job" in r.text and "2 linked reports" in r.text
    assert client.get("/analyst/?status=bogus").status_code == 400


def test_case_page_decrypts_escapes_and_is_not_cached(signed_in: Callable[[str], TestClient]) -> None:
    client = signed_in("ana")
    r = client.get("/analyst/cases/1")
    assert "+34600111222" in r.text
    assert "&lt;b&gt;passport&lt;/b&gt;" in r.text and "<b>passport</b>" not in r.text
    assert r.headers["cache-control"] == "no-store"
    assert client.get("/analyst/cases/77").status_code == 404
    assert client.get("/analyst/cases/abc").status_code == 422


def test_exports(signed_in: Callable[[str], TestClient], fake: FakeBackend) -> None:
    client = signed_in("ana")
    r = client.get("/analyst/cases/1/export.json")
    assert r.status_code == 200 and json.loads(r.text)["reports"] == ["R-0001", "R-0002"]
    assert "attachment" in r.headers["content-disposition"]
    p = client.get("/analyst/cases/1/print")
    assert p.status_code == 200 and "@media print" not in p.text and "/static/analyst.css" in p.text
    assert ("export", 1) in fake.calls


def test_attachment_download_is_neutralised(signed_in: Callable[[str], TestClient]) -> None:
    client = signed_in("ana")
    r = client.get("/analyst/reports/1/attachments/1")
    assert r.headers["content-disposition"] == 'attachment; filename="....evilname.html"'
    assert "sandbox" in r.headers["content-security-policy"]
    assert client.get("/analyst/reports/1/attachments/2").status_code == 404


def test_dashboard_has_chart_data_map_and_entities(signed_in: Callable[[str], TestClient]) -> None:
    client = signed_in("vic")
    r = client.get("/analyst/dashboard")
    assert r.status_code == 200
    data = json.loads(re.search(r'id="timeline-data">(.*?)</script>', r.text, re.S).group(1))
    assert data["labels"] == ["2026-W45", "2026-W46", "2026-W47"]
    assert {s["label"] for s in data["series"]} == {"fake_job", "travel_paid"}
    assert 'data-code="ES" data-count="1"' in r.text and "<svg" in r.text
    assert "ph-3f2a9c" in r.text and "/static/vendor/chartjs/chart.umd.min.js" in r.text
    for ref in re.findall(r'(?:src|href)="([^"]+)"', r.text):
        assert ref.startswith(("/", "?", "#", "otpauth:")) or ref == "https://www.wikipedia.org/", ref


def test_refusal_pages_are_translated(signed_in: Callable[[str], TestClient]) -> None:
    client = signed_in("vic")
    csrf = form_csrf(client.get("/analyst/").text)
    r = client.post("/analyst/cases/1/status?lang=es", data={"status": "closed", "csrf": csrf})
    assert r.status_code == 403 and "Tu rol no permite esto." in r.text


def test_idle_session_expires(signed_in: Callable[[str], TestClient]) -> None:
    client = signed_in("ana")
    state = client.app.state.analyst
    for s in list(state.sessions._sessions.values()):
        s.last_seen -= state.sessions.idle_seconds + 1
    assert client.get("/analyst/", follow_redirects=False).status_code == 303
