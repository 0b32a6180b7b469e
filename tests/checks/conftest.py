"""A test client on a fresh app (nothing the checks do needs a database)."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from vigila.core.types import Assessment, Level, Signal
from vigila.settings import Settings
from vigila.web.app import create_app


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    return create_app(Settings(data_dir=tmp_path_factory.mktemp("data")))


@pytest.fixture
def client(app: FastAPI) -> TestClient:
    # A new client per test: a language chosen with ?lang= in one test must not leak into the next.
    return TestClient(app)


CUES = {"billete": ("travel_paid", 0.4), "pasaporte": ("document_request", 0.5),
        "no se lo digas": ("secrecy", 0.3)}


class ScriptedMonitor:
    """Adds a cue's weight each time it appears in a message from someone other than the user."""

    def __init__(self, lang: str | None = None) -> None:
        self.lang = lang
        self.risk = 0.0
        self.index = -1

    def observe(self, message: dict[str, Any]) -> Assessment:
        self.index += 1
        signals = []
        text = message["text"]
        if message["sender"] != "user":
            for cue, (tactic, weight) in CUES.items():
                at = text.lower().find(cue)
                if at >= 0:
                    span = text[at : at + len(cue)]
                    signals.append(Signal(tactic, weight, at, at + len(cue), span, self.index))
                    self.risk = min(1.0, self.risk + weight)
        return Assessment(self.risk, Level.from_risk(self.risk), signals, explanation=f"risk {self.risk:.1f}",
                          category="recruitment" if self.risk else None, lang="es")


@pytest.fixture
def scripted_monitor(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Face tests read a scripted monitor so their expectations are exact, whatever the model learns."""
    module = types.ModuleType("vigila.detectors.conversation")
    module.ConversationMonitor = ScriptedMonitor  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "vigila.detectors.conversation", module)
    yield
