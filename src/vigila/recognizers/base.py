"""The recognizer contract: one class per kind of identifier, each explaining what it matched."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from vigila.core.types import Entity
from vigila.text.normalize import NormalizedText

# A digit not preceded by a word character (written digit-first so the scanner can skip to digits).
_NUMBER_START = re.compile(r"\d(?<!\w\d)")

ENTITY_TYPES: tuple[str, ...] = (
    "phone",
    "email",
    "url",
    "handle",
    "crypto_address",
    "money",
    "age",
    "location",
    "date",
)


@dataclass(frozen=True, slots=True)
class Document:
    """What a recognizer sees: the normalised text, its language and default region (None: unknown)."""

    normalized: NormalizedText
    lang: str | None
    region: str | None
    # Per-text work shared by recognizers, computed on first use.
    _shared: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The normalised text that spans refer to."""
        return self.normalized.text

    def number_starts(self) -> list[int]:
        """Offsets of the digits that open a number: not right after a letter, digit or underscore."""
        starts: list[int] | None = self._shared.get("number_starts")
        if starts is None:
            starts = self._shared["number_starts"] = [m.start() for m in _NUMBER_START.finditer(self.text)]
        return starts

    def before(self, start: int, width: int = 30) -> str:
        """Lower-cased normalised text just before `start` (for context words)."""
        return self.text[max(0, start - width) : start].lower()

    def after(self, end: int, width: int = 30) -> str:
        """Lower-cased normalised text just after `end` (for context words)."""
        return self.text[end : end + width].lower()


class Recognizer(ABC):
    """Finds one or more entity types in a `Document`; spans refer to the NORMALISED text.

    `priority` settles overlaps between recognizers: the higher one keeps the span.
    """

    name: str = "recognizer"
    entity_types: tuple[str, ...] = ()
    priority: int = 50

    @abstractmethod
    def analyze(self, doc: Document) -> Iterable[Entity]:
        """Yield entities whose start/end are offsets in `doc.text`."""

    def entity(
        self,
        type_: str,
        doc: Document,
        start: int,
        end: int,
        normalized: str,
        confidence: float,
        **attributes: Any,
    ) -> Entity:
        """Build an entity for a normalised span, naming this recognizer."""
        return Entity(
            type=type_,
            value=doc.text[start:end],
            normalized=normalized,
            start=start,
            end=end,
            recognizer=self.name,
            confidence=round(min(1.0, max(0.0, confidence)), 3),
            attributes=attributes,
        )


def words_pattern(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first, as whole words.

    It opens with a look-ahead for the words' possible first characters: that restates what the
    alternation needs anyway, but lets the scanner reject most positions on one test; the words
    follow as a trie (`trie_pattern`).
    """
    unique = sorted(set(words), key=len, reverse=True)
    if not unique or "" in unique:
        alternation = "|".join(re.escape(w) for w in unique)
        return rf"(?<!\w)(?:{alternation})(?!\w)"
    firsts = "".join(sorted({re.escape(w[0]) for w in unique}))
    return rf"(?=[{firsts}])(?<!\w)(?:{trie_pattern(unique)})(?!\w)"


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of `words` (non-empty), shaped as a trie: longer words tried first.

    The scanner follows one branch per character instead of trying every word in turn; where several
    words match at one place (each a prefix of the next), the longest is tried first and shorter ones
    on backtracking, the order of a longest-first alternation.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def matches_from(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose matches can only start at `starts` (ascending).

    Trying a few known starts costs far less than letting the scanner try every position; look-behinds
    still see the text before each start. The pattern must not match the empty string.
    """
    end = 0
    for start in starts:
        if start >= end:
            m = pattern.match(text, start)
            if m is not None:
                end = m.end()
                yield m


def has_word(text: str, pattern: re.Pattern[str]) -> bool:
    """Whether a compiled context-word pattern occurs in `text`."""
    return pattern.search(text) is not None
