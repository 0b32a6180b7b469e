"""Schemathesis over every public /api/v1 operation in the OpenAPI spec: no answer may be a 5xx."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import status_code_conformance

from vigila.security.crypto import generate_identity, write_public_key
from vigila.settings import Settings
from vigila.web.app import create_app

_DATA = Path(tempfile.mkdtemp(prefix="vigila-fuzz-"))


def _app() -> object:
    # A throw-away data dir: the fuzzer may create records through public endpoints. It holds an
    # organisation key, so POST /api/v1/reports stores reports instead of its documented 503.
    write_public_key(_DATA, generate_identity())
    return create_app(Settings(data_dir=_DATA))


schema = schemathesis.openapi.from_asgi("/openapi.json", _app()).include(path_regex=r"^/api/v1/")


@pytest.fixture(scope="module", autouse=True)
def _clean_data() -> Iterator[None]:
    yield
    shutil.rmtree(_DATA, ignore_errors=True)


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_public_api_never_answers_5xx(case: schemathesis.Case) -> None:
    response = case.call()
    assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.status_code}"
    case.validate_response(response, checks=[status_code_conformance])
