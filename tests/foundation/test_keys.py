"""Secret keys are created once, private to the owner, and refused when exposed or damaged."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigila.core.errors import VigilaError
from vigila.security.keys import ensure_secret


def test_created_once_with_0600(tmp_path: Path) -> None:
    a = ensure_secret(tmp_path, "session")
    b = ensure_secret(tmp_path, "session")
    assert a == b and len(a) == 32
    assert (tmp_path / "keys" / "session.key").stat().st_mode & 0o777 == 0o600
    assert ensure_secret(tmp_path, "other") != a


def test_exposed_key_is_refused(tmp_path: Path) -> None:
    ensure_secret(tmp_path, "session")
    (tmp_path / "keys" / "session.key").chmod(0o644)
    with pytest.raises(VigilaError, match="readable by others"):
        ensure_secret(tmp_path, "session")


def test_damaged_key_is_refused(tmp_path: Path) -> None:
    ensure_secret(tmp_path, "session")
    (tmp_path / "keys" / "session.key").write_bytes(b"short")
    with pytest.raises(VigilaError, match="damaged"):
        ensure_secret(tmp_path, "session")
