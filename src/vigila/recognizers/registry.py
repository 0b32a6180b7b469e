"""The registry: which recognizers run, and how their overlapping findings are settled."""

from __future__ import annotations

import threading

from vigila.core.errors import InputError
from vigila.core.types import Entity
from vigila.recognizers.base import Document, Recognizer
from vigila.text.language import LANGUAGES
from vigila.text.normalize import normalize


class RecognizerRegistry:
    """An ordered set of recognizers keyed by name; `analyze` runs them all on a text."""

    def __init__(self, recognizers: list[Recognizer] | None = None) -> None:
        self._recognizers: dict[str, Recognizer] = {}
        for recognizer in recognizers or []:
            self.register(recognizer)

    @property
    def recognizers(self) -> list[Recognizer]:
        """The registered recognizers, in registration order."""
        return list(self._recognizers.values())

    def register(self, recognizer: Recognizer) -> None:
        """Add a recognizer, replacing any with the same name."""
        if not isinstance(recognizer, Recognizer):
            raise TypeError("register() expects a vigila.recognizers.Recognizer instance")
        self._recognizers[recognizer.name] = recognizer

    def unregister(self, name: str) -> None:
        """Remove the recognizer called `name` (no error if absent)."""
        self._recognizers.pop(name, None)

    def analyze(self, text: str, lang: str | None = None, region: str | None = None) -> list[Entity]:
        """Entities in `text`, with spans and values in the ORIGINAL text, sorted by position."""
        if not isinstance(text, str):
            raise InputError(f"text must be a string, not {type(text).__name__}")
        if lang is not None and lang not in LANGUAGES:
            raise InputError(f"unsupported language {lang!r}; use one of {', '.join(LANGUAGES)}")
        region = _check_region(region)
        normalized = normalize(text)
        doc = Document(normalized, lang, region)
        found: list[tuple[int, Entity]] = []
        for recognizer in self._recognizers.values():
            found.extend((recognizer.priority, e) for e in recognizer.analyze(doc))
        kept = _resolve_overlaps(found)
        if normalized.text is text:
            return kept  # nothing was folded: normalised spans and values are the original's
        out = []
        for e in kept:
            start, end = normalized.to_original(e.start, e.end)
            # Built directly: dataclasses.replace inspects the fields on every call.
            kind, value, confidence = e.type, text[start:end], e.confidence
            out.append(Entity(kind, value, e.normalized, start, end, e.recognizer, confidence, e.attributes))
        return out


def _check_region(region: str | None) -> str | None:
    if region is None:
        return None
    if len(region) != 2 or not region.isalpha():
        raise InputError(f"region must be a two-letter ISO country code such as ES, not {region!r}")
    return region.upper()


def _resolve_overlaps(found: list[tuple[int, Entity]]) -> list[Entity]:
    """Keep, among overlapping entities, the higher-priority, then longer, then surer one."""
    ranked = sorted(found, key=lambda pe: (-pe[0], -(pe[1].end - pe[1].start), -pe[1].confidence))
    kept: list[Entity] = []
    for _, entity in ranked:
        if all(entity.end <= k.start or entity.start >= k.end for k in kept):
            kept.append(entity)
    kept.sort(key=lambda e: (e.start, e.end))
    return kept


_default: RecognizerRegistry | None = None
_lock = threading.Lock()


def default_registry() -> RecognizerRegistry:
    """The process-wide registry with the built-in recognizers, created on first use."""
    global _default
    with _lock:
        if _default is None:
            from vigila.recognizers.builtin import builtin_recognizers

            _default = RecognizerRegistry(builtin_recognizers())
        return _default
