"""Session store, CSRF comparison and login limiter, with a fake clock."""

from __future__ import annotations

from vigila.security.sessions import LoginLimiter, SessionStore, role_allows, tokens_match


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_session_round_trip_and_forgery() -> None:
    store = SessionStore(b"k" * 32, clock=Clock())
    session, cookie = store.create(1, "ana", "analyst", secret_key="KEY")
    assert store.get(cookie) is session
    assert store.get(cookie + "x") is None
    assert store.get(session.sid) is None  # an unsigned id is not a cookie
    other = SessionStore(b"z" * 32)
    assert other.get(cookie) is None


def test_idle_and_absolute_timeouts() -> None:
    clock = Clock()
    store = SessionStore(b"k" * 32, idle_seconds=60, absolute_seconds=300, clock=clock)
    session, cookie = store.create(1, "ana", "analyst", secret_key="KEY")
    clock.t += 59
    assert store.get(cookie) is session
    clock.t += 61
    assert store.get(cookie) is None
    assert len(store) == 0
    session, cookie = store.create(1, "ana", "analyst", secret_key="KEY")
    for _ in range(6):
        clock.t += 55
        found = store.get(cookie)
    assert found is None


def test_drop_forgets_the_key() -> None:
    store = SessionStore(b"k" * 32)
    session, cookie = store.create(7, "ana", "admin", secret_key="KEY")
    other, other_cookie = store.create(8, "bo", "viewer", secret_key="KEY")
    assert session.csrf != other.csrf
    assert store.drop_user(7) == 1
    assert session.secret_key is None and store.get(cookie) is None
    store.drop(other)
    assert other.secret_key is None and store.get(other_cookie) is None


def test_roles() -> None:
    assert role_allows("viewer", "read") and not role_allows("viewer", "write")
    assert role_allows("analyst", "export") and not role_allows("analyst", "admin")
    assert not role_allows("root", "read")


def test_tokens_match() -> None:
    assert tokens_match("abc", "abc")
    assert not tokens_match("abc", "abd")
    assert not tokens_match("", "")
    assert not tokens_match(None, "abc")


def test_limiter_per_user_and_per_client() -> None:
    clock = Clock()
    lim = LoginLimiter(per_user=3, per_client=5, window_seconds=100, clock=clock)
    for _ in range(3):
        assert lim.retry_after("Ana", "10.0.0.1") == 0
        lim.failure("Ana", "10.0.0.1")
    assert lim.retry_after("ana", "10.0.0.9") > 0  # username counted case-insensitively
    assert lim.retry_after("bob", "10.0.0.1") == 0
    lim.failure("bob", "10.0.0.1")
    lim.failure("carl", "10.0.0.1")
    assert lim.retry_after("dora", "10.0.0.1") > 0  # the client hit its own limit
    assert lim.retry_after("dora", "10.0.0.2") == 0
    clock.t += 101
    assert lim.retry_after("ana", "10.0.0.1") == 0


def test_limiter_keeps_no_plain_addresses() -> None:
    lim = LoginLimiter()
    lim.failure("ana", "203.0.113.7")
    assert "203.0.113.7" not in repr(lim._failures)


def test_success_clears_username_only() -> None:
    lim = LoginLimiter(per_user=1, per_client=2)
    lim.failure("ana", "c")
    assert lim.retry_after("ana", None) > 0
    lim.success("ana")
    assert lim.retry_after("ana", None) == 0
    lim.failure("ana", "c")
    lim.success("ana")
    assert lim.retry_after("zed", "c") > 0
