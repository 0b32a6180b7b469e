"""Analyst sign-in state kept in server memory: sessions, CSRF tokens and login rate limits.

Sessions live only in this process on purpose. Each one holds the organisation's private key,
unlocked with the analyst's passphrase at sign-in; keeping it in memory (never on disk, never in
the cookie) means a copy of the database or the disk reveals no report, at the price that a
restart signs everyone out and that the app must run as one worker process.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from itsdangerous import BadSignature, Signer

ROLES = ("admin", "analyst", "viewer")
# What each role may do; routes ask for a permission, never for a role name.
PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": frozenset({"read", "write", "export", "admin"}),
    "analyst": frozenset({"read", "write", "export"}),
    "viewer": frozenset({"read"}),
}


def role_allows(role: str, permission: str) -> bool:
    """Whether `role` grants `permission` (unknown roles grant nothing)."""
    return permission in PERMISSIONS.get(role, frozenset())


@dataclass
class AnalystSession:
    """One signed-in analyst; `secret_key` is the unlocked organisation key, held only here."""

    sid: str
    user_id: int
    username: str
    role: str
    csrf: str
    created: float
    last_seen: float
    secret_key: object | None = None
    # A TOTP secret shown on the enrolment page, saved only once the analyst confirms a code.
    pending_totp_secret: str | None = None

    def can(self, permission: str) -> bool:
        """Whether this session's role grants `permission`."""
        return role_allows(self.role, permission)


class SessionStore:
    """Sessions by random id; the cookie carries the id signed with a server secret."""

    def __init__(
        self,
        secret: bytes,
        idle_seconds: float = 30 * 60,
        absolute_seconds: float = 12 * 3600,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._signer = Signer(secret, salt="vigila.analyst.session")
        self.idle_seconds = idle_seconds
        self.absolute_seconds = absolute_seconds
        self._clock = clock
        self._sessions: dict[str, AnalystSession] = {}
        self._lock = threading.Lock()

    def create(
        self, user_id: int, username: str, role: str, secret_key: object | None
    ) -> tuple[AnalystSession, str]:
        """Start a session and return it with the cookie value to send."""
        now = self._clock()
        session = AnalystSession(
            sid=secrets.token_urlsafe(32),
            user_id=user_id,
            username=username,
            role=role,
            csrf=secrets.token_urlsafe(32),
            created=now,
            last_seen=now,
            secret_key=secret_key,
        )
        with self._lock:
            self._prune(now)
            self._sessions[session.sid] = session
        return session, self._signer.sign(session.sid).decode()

    def get(self, cookie: str | None) -> AnalystSession | None:
        """The live session for a cookie, refreshing its idle timer; None if forged or expired."""
        if not cookie:
            return None
        try:
            sid = self._signer.unsign(cookie).decode()
        except (BadSignature, UnicodeDecodeError):
            return None
        now = self._clock()
        with self._lock:
            session = self._sessions.get(sid)
            if session is None:
                return None
            if self._expired(session, now):
                del self._sessions[sid]
                return None
            session.last_seen = now
            return session

    def drop(self, session: AnalystSession) -> None:
        """End one session and forget its unlocked key."""
        with self._lock:
            self._sessions.pop(session.sid, None)
        session.secret_key = None

    def drop_user(self, user_id: int) -> int:
        """End every session of a user (role change, deactivation); returns how many ended."""
        with self._lock:
            gone = [s for s in self._sessions.values() if s.user_id == user_id]
            for s in gone:
                del self._sessions[s.sid]
                s.secret_key = None
        return len(gone)

    def __len__(self) -> int:
        return len(self._sessions)

    def _expired(self, session: AnalystSession, now: float) -> bool:
        return now - session.last_seen > self.idle_seconds or now - session.created > self.absolute_seconds

    def _prune(self, now: float) -> None:
        for sid in [sid for sid, s in self._sessions.items() if self._expired(s, now)]:
            self._sessions.pop(sid).secret_key = None


def tokens_match(expected: str | None, given: str | None) -> bool:
    """Constant-time comparison of CSRF tokens; missing tokens never match."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


class LoginLimiter:
    """Failed sign-ins per username and per client in a sliding window, in memory only.

    Client addresses are reduced to a keyed hash with a per-process salt, so not even this
    process's memory holds a list of IP addresses, and nothing is ever written to disk.
    """

    def __init__(
        self,
        per_user: int = 5,
        per_client: int = 20,
        window_seconds: float = 15 * 60,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 100_000,
    ) -> None:
        self.per_user = per_user
        self.per_client = per_client
        self.window = window_seconds
        self._clock = clock
        self._max_keys = max_keys
        self._salt = secrets.token_bytes(16)
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _keys(self, username: str, client: str | None) -> list[tuple[str, int]]:
        keys = [("u:" + username.strip().casefold(), self.per_user)]
        if client:
            digest = hmac.new(self._salt, client.encode(), hashlib.sha256).hexdigest()[:32]
            keys.append(("c:" + digest, self.per_client))
        return keys

    def retry_after(self, username: str, client: str | None) -> int:
        """Seconds until another attempt is allowed; 0 when one is allowed now."""
        now = self._clock()
        wait = 0.0
        with self._lock:
            for key, limit in self._keys(username, client):
                hits = self._recent(key, now)
                if len(hits) >= limit:
                    wait = max(wait, hits[0] + self.window - now)
        return int(wait) + 1 if wait > 0 else 0

    def failure(self, username: str, client: str | None) -> None:
        """Count one failed attempt."""
        now = self._clock()
        with self._lock:
            if len(self._failures) >= self._max_keys:
                for key in list(self._failures):
                    self._recent(key, now)
            for key, _limit in self._keys(username, client):
                self._failures.setdefault(key, deque()).append(now)

    def success(self, username: str) -> None:
        """Forget the username's failures after a good sign-in (the client count stays)."""
        with self._lock:
            self._failures.pop("u:" + username.strip().casefold(), None)

    def _recent(self, key: str, now: float) -> deque[float]:
        hits = self._failures.get(key)
        if hits is None:
            return deque()
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if not hits:
            del self._failures[key]
        return hits
