"""The registry: user recognizers, overlaps, bad arguments."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

import vigila
from vigila.core.errors import InputError
from vigila.core.types import Entity
from vigila.recognizers import (
    Document,
    Recognizer,
    RecognizerRegistry,
    default_registry,
    register,
    unregister,
)
from vigila.recognizers.builtin import builtin_recognizers


class CaseNumber(Recognizer):
    name = "case_number"
    entity_types = ("case_number",)
    priority = 55

    def analyze(self, doc: Document) -> Iterator[Entity]:
        for m in re.finditer(r"\bCASE-(\d{9})\b", doc.text):
            yield self.entity("case_number", doc, m.start(), m.end(), m.group(1), 0.9)


def test_user_recognizer_wins_its_overlap() -> None:
    text = "see CASE-612345678 now"
    assert [e.type for e in vigila.extract(text)] == ["phone"]
    register(CaseNumber())
    try:
        [entity] = vigila.extract(text)
        assert (entity.type, entity.normalized, entity.recognizer) == (
            "case_number",
            "612345678",
            "case_number",
        )
        assert entity.value == "CASE-612345678"
    finally:
        unregister("case_number")
    assert "case_number" not in [r.name for r in default_registry().recognizers]


def test_private_registry() -> None:
    registry = RecognizerRegistry([r for r in builtin_recognizers() if r.name == "email"])
    entities = registry.analyze("lola@gmail.com 612345678")
    assert [e.type for e in entities] == ["email"]


def test_register_rejects_non_recognizers() -> None:
    with pytest.raises(TypeError):
        default_registry().register(object())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"region": "SPAIN"}, "region"), ({"lang": "de"}, "language"), ({"region": "1"}, "region")],
)
def test_bad_arguments_are_input_errors(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(InputError, match=message):
        vigila.extract("hola", **kwargs)


def test_non_string_is_an_input_error() -> None:
    with pytest.raises(InputError):
        vigila.extract(b"bytes")  # type: ignore[arg-type]


def test_every_entity_names_its_recognizer_and_confidence() -> None:
    text = "lola at gmail dot com, 612 345 678, snap: lola_22, 200 rosas, 19yo, Madrid, 12/05/2024"
    entities = vigila.extract(text)
    assert {e.type for e in entities} == {"email", "phone", "handle", "money", "age", "location", "date"}
    for e in entities:
        assert e.recognizer and 0 < e.confidence <= 1
