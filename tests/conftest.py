"""Shared fixtures: settings in a temporary data dir, and a store on SQLite and on real PostgreSQL."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from vigila.settings import Settings

PG_ADMIN_URL = os.environ.get("VIGILA_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
_pg_used: list[str] = []


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings pointing at an empty data directory."""
    return Settings(data_dir=tmp_path / "data")


def _postgres_available() -> str | None:
    try:
        engine = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
        return None
    except Exception as exc:
        return str(exc).splitlines()[0]


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test run, dropped at the end."""
    problem = _postgres_available()
    if problem:
        if os.environ.get("VIGILA_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL required but unreachable at {PG_ADMIN_URL}: {problem}")
        pytest.skip(f"PostgreSQL unreachable at {PG_ADMIN_URL}: {problem}")
    name = f"vigila_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    _pg_used.append(url)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated-from-scratch database URL on each backend the store supports."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    base: str = request.getfixturevalue("postgres_url")
    # Each test gets its own schema-free database state: drop all tables afterwards.
    yield base
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say plainly whether the store tests talked to a real PostgreSQL server."""
    passed = [r for r in terminalreporter.stats.get("passed", []) if "postgresql" in r.nodeid]
    if _pg_used:
        terminalreporter.write_line(
            f"PostgreSQL: {len(passed)} store tests passed against the real server "
            f"({make_url(_pg_used[0]).render_as_string(hide_password=True)})"
        )
    else:
        terminalreporter.write_line("PostgreSQL: no store test ran against PostgreSQL in this run")


CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]


@contextmanager
def _serve(app: Any) -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    config = uvicorn.Config(app, host="127.0.0.1", port=port, access_log=False, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture(scope="session")
def serve_app() -> Callable[[Any], AbstractContextManager[str]]:
    """`with serve_app(app) as url:` runs the ASGI app with uvicorn on a free 127.0.0.1 port."""
    return _serve


@pytest.fixture(scope="session")
def launch_chromium() -> Callable[[Any], Any]:
    """`launch_chromium(playwright)` starts Debian's headless Chromium; CI fails when it is missing."""
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        message = "chromium missing: apt-get install chromium (make test installs it as root)"
        if os.environ.get("VIGILA_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)

    def launch(playwright: Any) -> Any:
        return playwright.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_ARGS)

    return launch
