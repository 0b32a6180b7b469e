"""`vigila demo load` on a fresh store gives a demo analyst who can read linked demo reports."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from vigila.reports.service import ReportService
from vigila.settings import Settings
from vigila.store.db import Store


def test_demo_load_creates_analyst_and_linked_reports(tmp_path: Path) -> None:
    env = dict(os.environ, VIGILA_DATA_DIR=str(tmp_path))
    env.pop("VIGILA_DATABASE_URL", None)
    run = lambda *a: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "vigila", *a], capture_output=True, text=True, env=env, timeout=300
    )
    assert run("db", "upgrade").returncode == 0
    first = run("demo", "load")
    assert first.returncode == 0, first.stderr
    found = re.search(r"as (\S+) with passphrase (\S+)", first.stderr)
    assert found, first.stderr
    user, passphrase = found.groups()

    service = ReportService(Store(f"sqlite:///{tmp_path / 'vigila.db'}"), Settings(data_dir=tmp_path))
    signed_in = service.authenticate(user, passphrase)
    assert signed_in is not None
    cases = service.queue()
    assert sum(len(c.reports) for c in cases) == 3
    assert any(len(c.reports) == 2 for c in cases), "the two reports sharing a phone must share a case"

    again = run("demo", "load")
    assert again.returncode == 0 and "passphrase" not in again.stderr
    assert sum(len(c.reports) for c in service.queue()) == 3
