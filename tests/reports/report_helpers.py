"""Helpers shared by the report tests (a module of its own: every test dir has a conftest)."""

from __future__ import annotations

from dataclasses import dataclass

from pyrage import x25519

from vigila.reports.service import ReportContent, ReportService
from vigila.settings import Settings

ADMIN_PASSPHRASE = "correct horse battery staple"
STORY = "They promised a waitress job in Madrid, paid my ticket and now keep my passport."


@dataclass
class Org:
    """A service with its first admin signed in."""

    service: ReportService
    settings: Settings
    admin_id: int
    key: x25519.Identity


def content(people: str = "call +34 612 345 678", **kw: str) -> ReportContent:
    """A typical report; keyword arguments replace fields."""
    fields = {"what_happened": STORY, "where": "a bar near the station", "when": "2026-11-01",
              "people": people, "contact": "", "country": "ES", "city": "Madrid", "language": "en"}
    return ReportContent(**{**fields, **kw})
