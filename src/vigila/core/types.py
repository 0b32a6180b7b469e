"""Plain value types passed between layers (see docs/architecture.md)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Level(StrEnum):
    """How loudly a person or analyst should be told about a risk."""

    NONE = "none"
    WATCH = "watch"
    WARN = "warn"
    ALERT = "alert"

    @property
    def rank(self) -> int:
        """Order of the level, 0 (none) to 3 (alert)."""
        return _LEVEL_RANK[self]

    # Levels order by loudness, not alphabetically: as a StrEnum, "watch" >= "warn" would be true.
    def _other_rank(self, other: object) -> int | None:
        if isinstance(other, str):
            try:
                return Level(other).rank
            except ValueError:
                raise TypeError(f"cannot order a Level against {other!r}") from None
        return None

    def __lt__(self, other: object) -> bool:
        rank = self._other_rank(other)
        return NotImplemented if rank is None else self.rank < rank

    def __le__(self, other: object) -> bool:
        rank = self._other_rank(other)
        return NotImplemented if rank is None else self.rank <= rank

    def __gt__(self, other: object) -> bool:
        rank = self._other_rank(other)
        return NotImplemented if rank is None else self.rank > rank

    def __ge__(self, other: object) -> bool:
        rank = self._other_rank(other)
        return NotImplemented if rank is None else self.rank >= rank

    @classmethod
    def from_risk(cls, risk: float, watch: float = 0.25, warn: float = 0.5, alert: float = 0.75) -> Level:
        """Map a risk in [0, 1] to a level with the given thresholds."""
        if risk >= alert:
            return cls.ALERT
        if risk >= warn:
            return cls.WARN
        if risk >= watch:
            return cls.WATCH
        return cls.NONE


_LEVEL_RANK = {Level.NONE: 0, Level.WATCH: 1, Level.WARN: 2, Level.ALERT: 3}


@dataclass(frozen=True, slots=True)
class Entity:
    """A normalised identifier found in text, with its span in the ORIGINAL text."""

    type: str
    value: str
    normalized: str
    start: int
    end: int
    recognizer: str
    confidence: float = 1.0
    attributes: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form; attributes only when present."""
        d = asdict(self)
        if not self.attributes:
            d.pop("attributes")
        return d


@dataclass(frozen=True, slots=True)
class Signal:
    """An indicator (tactic) observed in a concrete text span, with a weight."""

    tactic: str
    weight: float
    start: int
    end: int
    text: str
    message_index: int | None = None
    field: str | None = None
    source: str = "cue"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form without empty optional keys."""
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass(slots=True)
class Assessment:
    """Risk in [0, 1], its level, the signals behind it and a short explanation."""

    risk: float
    level: Level
    signals: list[Signal] = field(default_factory=list)
    explanation: str = ""
    category: str | None = None
    lang: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "risk": round(self.risk, 4),
            "level": self.level.value,
            "category": self.category,
            "lang": self.lang,
            "signals": [s.to_dict() for s in self.signals],
            "explanation": self.explanation,
        }
