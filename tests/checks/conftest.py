"""A test client on a fresh app (nothing the checks do needs a database)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from vigila.settings import Settings
from vigila.web.app import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    return TestClient(create_app(Settings(data_dir=tmp_path_factory.mktemp("data"))))
