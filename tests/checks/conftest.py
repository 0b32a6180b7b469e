"""A test client on a fresh app (nothing the checks do needs a database)."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from vigila.settings import Settings
from vigila.web.app import create_app


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    return create_app(Settings(data_dir=tmp_path_factory.mktemp("data")))


@pytest.fixture
def client(app: FastAPI) -> TestClient:
    # A new client per test: a language chosen with ?lang= in one test must not leak into the next.
    return TestClient(app)
