"""Fixtures: the web app with the analyst routes on an in-memory backend, and signed-in clients."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from analyst_fakes import FakeBackend
from analyst_helpers import analyst_app, sign_in
from fastapi.testclient import TestClient

from vigila.settings import Settings


@pytest.fixture
def fake() -> FakeBackend:
    backend = FakeBackend()
    backend.add("ada", "correct horse battery", "admin")
    backend.add("ana", "analyst passphrase", "analyst")
    backend.add("vic", "viewer passphrase", "viewer")
    return backend


@pytest.fixture
def client(settings: Settings, fake: FakeBackend) -> TestClient:
    return TestClient(analyst_app(settings, fake), base_url="http://testserver")


@pytest.fixture
def signed_in(client: TestClient) -> Callable[[str], TestClient]:
    passphrases = {"ada": "correct horse battery", "ana": "analyst passphrase", "vic": "viewer passphrase"}

    def _sign(username: str) -> TestClient:
        return sign_in(client, username, passphrases[username])

    return _sign
