"""Demo analyst and fictitious reports, so a fresh `make run` shows the portal working end to end."""

from __future__ import annotations

import secrets

from sqlalchemy import func, select

from vigila.reports.service import ReportContent, ReportService
from vigila.store.models import User

# Fictitious, non-explicit reports; the first two share a phone so they link into one case.
DEMO_REPORTS: list[ReportContent] = [
    ReportContent(
        what_happened="Una agencia ofrece a chicas de mi barrio trabajo de camareras en Dubái, "
        "4000 euros al mes, les pagan el billete y luego lo descuentan del sueldo. Piden fotos y que no "
        "lo cuenten a la familia.",
        where="Madrid",
        people="Contacto por WhatsApp +34 612 345 678",
        country="ES",
        city="Madrid",
        language="es",
    ),
    ReportContent(
        what_happened="My cousin was offered hostess work abroad by the same recruiter. They said they would "
        "keep her passport 'for the visa' and she would repay the flight from her earnings.",
        people="The recruiter's number is +34 612 345 678, Telegram @elite_hostess_jobs", country="RO",
        language="en",
    ),
    ReportContent(
        what_happened="Un bărbat scrie fetelor de 14-15 ani într-un joc online, le trimite credite "
        "gratuite și le cere să vorbească pe altă aplicație și să nu spună părinților.",
        where="Iași", country="RO", city="Iași", language="ro",
    ),
]


def create_demo_analyst(service: ReportService) -> tuple[str, str] | None:
    """Create admin `demo` with a random passphrase when the store has no users; return the credentials."""
    with service.store.session() as s:
        if (s.scalar(select(func.count(User.id))) or 0) > 0:
            return None
    passphrase = secrets.token_urlsafe(15)
    service.create_user("demo", passphrase, "admin")
    return "demo", passphrase


def submit_demo_reports(service: ReportService) -> int:
    """Submit the fictitious demo reports; return how many."""
    for content in DEMO_REPORTS:
        service.submit(content)
    return len(DEMO_REPORTS)
