"""Liveness and version."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from vigila import __version__

router = APIRouter(tags=["health"])


class Health(BaseModel):
    """Liveness answer."""

    status: str
    version: str


@router.get("/health", response_model=Health)
def healthz() -> Health:
    """Answer 200 while the process is up."""
    return Health(status="ok", version=__version__)
