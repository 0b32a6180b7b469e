"""Helpers for recognizer tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import vigila

Finder = Callable[..., list[str]]


def _found(text: str, type_: str, **kwargs: str) -> list[str]:
    return [e.normalized for e in vigila.extract(text, **kwargs) if e.type == type_]


@pytest.fixture
def found() -> Finder:
    """Normalised values of one entity type that `vigila.extract` finds in a text."""
    return _found
