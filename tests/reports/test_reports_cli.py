"""`vigila user add`, `vigila audit verify` (tampering → exit 1 and one clear line) and `vigila purge`."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from sqlalchemy import update

from vigila.cli.main import run
from vigila.settings import get_settings
from vigila.store.db import Store
from vigila.store.models import AuditEntry


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("VIGILA_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    yield tmp_path / "data"
    get_settings.cache_clear()


def _run(args: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return run(args)


def test_user_add_audit_verify_and_purge(env: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["user", "add", "ada", "--role", "admin", "--password-stdin"], "first admin phrase\n",
                monkeypatch) == 0
    assert (env / "keys" / "org.pub").exists()
    # The key exists now: a second user needs an admin to unlock it.
    assert _run(["user", "add", "ana", "--password-stdin"], "analyst passphrase\n", monkeypatch) == 1
    assert "--admin" in capsys.readouterr().err
    assert _run(["user", "add", "ana", "--admin", "ada", "--password-stdin"],
                "analyst passphrase\nwrong admin phrase\n", monkeypatch) == 1
    assert "admin sign-in failed" in capsys.readouterr().err
    assert _run(["user", "add", "ana", "--admin", "ada", "--password-stdin"],
                "analyst passphrase\nfirst admin phrase\n", monkeypatch) == 0
    capsys.readouterr()
    assert run(["audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert "intact: 2 rows" in out
    head = out.strip().rsplit(" ", 1)[-1]
    assert run(["purge", "--older-than", "30"]) == 0
    assert "purged 0 closed cases" in capsys.readouterr().out
    assert run(["audit", "verify", "--expect", head]) == 0
    store = Store(get_settings().db_url)
    with store.session() as s:
        s.execute(update(AuditEntry).where(AuditEntry.seq == 2).values(action="user.delete"))
    store.dispose()
    capsys.readouterr()
    assert run(["audit", "verify"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "audit log TAMPERED: row 2 was changed after it was written (hash mismatch)"
