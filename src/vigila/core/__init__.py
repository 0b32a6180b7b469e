"""Shared vocabulary of the analysis core: entities, signals, assessments, errors."""

from vigila.core.errors import InputError, VigilaError
from vigila.core.types import Assessment, Entity, Level, Signal

__all__ = ["Assessment", "Entity", "InputError", "Level", "Signal", "VigilaError"]
