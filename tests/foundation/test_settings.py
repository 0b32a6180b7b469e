"""Settings are read from VIGILA_* variables and validated with clear messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigila.core.errors import VigilaError
from vigila.settings import load_settings


def test_defaults_use_sqlite_in_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("VIGILA_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("VIGILA_DATABASE_URL", raising=False)
    s = load_settings()
    assert s.db_url == f"sqlite:///{(tmp_path / 'vigila.db').resolve()}"


def test_region_is_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIGILA_DEFAULT_REGION", "Spain")
    with pytest.raises(VigilaError, match="VIGILA_DEFAULT_REGION"):
        load_settings()


def test_region_is_upper_cased(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIGILA_DEFAULT_REGION", "mx")
    assert load_settings().default_region == "MX"
