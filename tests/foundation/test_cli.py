"""The CLI: version, one-line errors, db upgrade and demo load."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from vigila import __version__
from vigila.cli.main import run


def _vigila(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vigila", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_version_prints_version() -> None:
    result = _vigila("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"vigila {__version__}"


def test_bad_port_is_one_clear_line() -> None:
    result = _vigila("serve", "--port", "notanumber")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "--port" in lines[0] and "Traceback" not in result.stderr


def test_unknown_command_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["frobnicate"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "frobnicate" in err[0]


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    from typer.main import get_command

    from vigila.cli.main import app

    group = get_command(app)
    ctx = group.make_context("vigila", ["--help"], resilient_parsing=True)
    names = group.list_commands(ctx)  # type: ignore[attr-defined]
    assert {"serve", "db", "demo"} <= set(names)
    for name in names:
        assert run([name, "--help"]) == 0, name
        assert "Usage" in capsys.readouterr().out


def test_db_upgrade_and_demo_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    env = dict(os.environ, VIGILA_DATA_DIR=str(tmp_path / "d"))
    up = _vigila("db", "upgrade", env=env)
    assert up.returncode == 0, up.stderr
    assert (tmp_path / "d" / "vigila.db").exists()
    demo = _vigila("demo", "load", env=env)
    assert demo.returncode == 0 and "new records" in demo.stderr


def test_bad_configuration_is_one_clear_line(tmp_path: Path) -> None:
    import os

    env = dict(os.environ, VIGILA_DATABASE_URL="mysql://nope", VIGILA_DATA_DIR=str(tmp_path))
    result = _vigila("db", "upgrade", env=env)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("Error: invalid configuration: VIGILA_DATABASE_URL")
    assert "Traceback" not in result.stderr


def test_unreachable_database_is_one_clear_line(tmp_path: Path) -> None:
    import os

    env = dict(
        os.environ,
        VIGILA_DATABASE_URL="postgresql+psycopg://nobody@127.0.0.1:1/none",
        VIGILA_DATA_DIR=str(tmp_path),
    )
    result = _vigila("db", "upgrade", env=env)
    assert result.returncode == 1
    assert "cannot reach the database" in result.stderr and "Traceback" not in result.stderr
