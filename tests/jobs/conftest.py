"""Fixtures for the job-offer assessor tests: one loaded assessor and sample ads."""

from __future__ import annotations

from typing import Any

import pytest

from vigila import JobOfferAssessor

RISKY_ES: dict[str, Any] = {
    "id": "risky-es",
    "title": "Camareras para club en Suiza",
    "description": (
        "Buscamos chicas jóvenes de 18 a 24 años con buena presencia. No se necesita experiencia ni idiomas. "
        "Billete de avión pagado por la empresa, se descuenta del sueldo. Contacto solo por WhatsApp."
    ),
}
LEGIT_ES: dict[str, Any] = {
    "id": "legit-es",
    "title": "Modelos para catálogo – agencia registrada",
    "company_profile": "Agencia de modelos inscrita en el registro de agencias de colocación desde 2009.",
    "description": (
        "Buscamos hombres y mujeres de 20 a 40 años para un catálogo de ropa de trabajo. Nunca cobramos "
        "tasa de inscripción ni books. Contrato con la marca, tarifa según convenio, pago por transferencia. "
        "Casting en nuestra oficina de Bilbao, pide cita en la web."
    ),
}


@pytest.fixture(scope="session")
def assessor() -> JobOfferAssessor:
    """The bundled model, loaded once."""
    return JobOfferAssessor.load()


@pytest.fixture
def risky_es() -> dict[str, Any]:
    """A Spanish ad with several trafficking red flags."""
    return dict(RISKY_ES)


@pytest.fixture
def legit_es() -> dict[str, Any]:
    """A legitimate Spanish modelling-agency ad that shares vocabulary with risky ones."""
    return dict(LEGIT_ES)
