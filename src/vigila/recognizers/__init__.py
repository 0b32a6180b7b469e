"""Recognizers: find the identifiers traffickers hide in ads and chats, normalised and explained.

    >>> import vigila
    >>> [(e.type, e.normalized) for e in vigila.extract("escríbeme al seis uno dos 345 678")]
    [('phone', '+34612345678')]

Each entity carries its span in the ORIGINAL text, the recognizer that found it, a confidence and
`attributes` explaining the match (platform, currency, coordinates, context words seen).

Adding a recognizer: subclass `Recognizer`, yield entities with spans in `doc.text` (the normalised
text; the registry maps them back), and register an instance::

    import re
    from vigila.recognizers import Document, Recognizer, register

    class CaseNumberRecognizer(Recognizer):
        name = "case_number"
        entity_types = ("case_number",)
        priority = 55  # wins overlaps against phone (50)

        def analyze(self, doc: Document):
            for m in re.finditer(r"\\bCASE-\\d{6}\\b", doc.text):
                yield self.entity("case_number", doc, m.start(), m.end(), m.group(), 0.9)

    register(CaseNumberRecognizer())

`unregister("phone")` removes a built-in one; `RecognizerRegistry([...])` builds a private set.
"""

from __future__ import annotations

from vigila.core.types import Entity
from vigila.recognizers.base import ENTITY_TYPES, Document, Recognizer
from vigila.recognizers.registry import RecognizerRegistry, default_registry

__all__ = [
    "ENTITY_TYPES",
    "Document",
    "Recognizer",
    "RecognizerRegistry",
    "default_registry",
    "extract",
    "register",
    "unregister",
]


def extract(text: str, lang: str | None = None, region: str | None = None) -> list[Entity]:
    """Entities in `text`, with spans in the original text.

    `region` is the ISO country for phone numbers written without a country code; when None, the
    country of the text's language is tried (pt → PT then BR, fr → FR, ro → RO, en → GB then US),
    and ES otherwise.
    """
    return default_registry().analyze(text, lang=lang, region=region)


def register(recognizer: Recognizer) -> None:
    """Add a recognizer to the default registry used by `extract`."""
    default_registry().register(recognizer)


def unregister(name: str) -> None:
    """Remove a recognizer from the default registry by name."""
    default_registry().unregister(name)
