"""Precision and recall of the recognizers on labelled snippets, per entity type."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from vigila.core.errors import InputError
from vigila.core.metrics import precision_recall_f1
from vigila.core.types import Entity
from vigila.recognizers.base import ENTITY_TYPES


@dataclass(slots=True)
class TypeScore:
    """Counts for one entity type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Share of reported entities that were right (1.0 when none reported)."""
        return precision_recall_f1(self.tp, self.fp, self.fn, empty=1.0)[0]

    @property
    def recall(self) -> float:
        """Share of labelled entities that were found (1.0 when none labelled)."""
        return precision_recall_f1(self.tp, self.fp, self.fn, empty=1.0)[1]


@dataclass(slots=True)
class Evaluation:
    """Scores per type plus the snippets that went wrong, for reading."""

    scores: dict[str, TypeScore] = field(default_factory=lambda: {t: TypeScore() for t in ENTITY_TYPES})
    errors: list[dict[str, Any]] = field(default_factory=list)
    snippets: int = 0


def evaluate(
    records: Iterable[dict[str, Any]],
    extract: Callable[[str, str | None, str | None], list[Entity]],
) -> Evaluation:
    """Compare `extract` with labels `{"text", "entities": [{"type", "normalized"}], "lang"?, "region"?}`.

    An entity counts as found when type and normalised value match (spans are not compared).
    """
    result = Evaluation()
    for record in records:
        try:
            text = record["text"]
            gold = Counter((e["type"], str(e["normalized"])) for e in record.get("entities", []))
        except (KeyError, TypeError) as exc:
            raise InputError(f"record {record.get('id', '?')}: missing field {exc}") from None
        got = Counter((e.type, e.normalized) for e in extract(text, record.get("lang"), record.get("region")))
        result.snippets += 1
        for (type_, _), n in (gold & got).items():
            result.scores.setdefault(type_, TypeScore()).tp += n
        for (type_, _), n in (got - gold).items():
            result.scores.setdefault(type_, TypeScore()).fp += n
        for (type_, _), n in (gold - got).items():
            result.scores.setdefault(type_, TypeScore()).fn += n
        if got != gold:
            result.errors.append(
                {
                    "id": record.get("id"),
                    "text": text,
                    "missed": sorted(gold - got),
                    "spurious": sorted(got - gold),
                }
            )
    return result
