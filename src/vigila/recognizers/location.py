"""Places: countries and cities from the offline gazetteer, with coordinates.

Only capitalised words are looked up ("Madrid", "MADRID", "Nueva York", "Río de Janeiro"). Place
names that are also common words or first names ("Como", "Nice", "Sofia", "Victoria") count only
after a place preposition ("en Sofia", "in Nice", "from Victoria").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from vigila.core.types import Entity
from vigila.recognizers.base import Document, Recognizer
from vigila.recognizers.gazetteer import gazetteer, key

_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
_CONNECTORS = frozenset(
    {"de", "del", "da", "do", "dos", "das", "la", "le", "les", "los", "las", "sur", "am", "upon", "di"}
)
_MAX_WORDS = 4
_PLACE_PREPOSITION = re.compile(
    r"(?:\b(?:en|in|em|no|na|à|a|au|aux|în|in|din|from|de|desde|to|para|pra|hacia|near|cerca de|"
    r"perto de|près de|lângă|langa|live in|vivo en|moro em|j'habite à|locuiesc în|trip to|viaje a)\s+)$",
    re.IGNORECASE,
)
_STREET = re.compile(
    r"(?<!\w)(?:avenida|av|rua|calle|c/|carrer|paseo|plaza|praça|rue|avenue|boulevard|bd|street|st|road|rd|"
    r"strada|str|bulevardul|bd-ul|calea|piața|piata)\.?\s+$",
    re.IGNORECASE,
)
# Place names that are also everyday words or first names in the five languages.
_AMBIGUOUS = frozenset(
    key(w)
    for w in [
        "como",
        "sale",
        "nice",
        "para",
        "bar",
        "mar",
        "real",
        "vale",
        "ver",
        "bom",
        "mais",
        "once",
        "will",
        "deal",
        "reading",
        "bath",
        "mobile",
        "split",
        "victoria",
        "sofia",
        "sofía",
        "mercedes",
        "florencia",
        "carolina",
        "dolores",
        "paz",
        "pilar",
        "guadalupe",
        "aurora",
        "mira",
        "nova",
        "linda",
        "bella",
        "angel",
        "santa",
        "central",
        "florida",
        "alexandria",
        "alejandria",
        "lola",
        "maria",
        "marina",
        "rosa",
        "luz",
        "esperanza",
        "concepcion",
        "concepción",
        "sur",
        "norte",
        "este",
        "oeste",
        "chat",
        "hola",
        "oferta",
        "trabajo",
        "bonita",
        "bella",
        "gata",
        "nina",
        "niña",
        "salt",
        "orange",
        "march",
        "may",
        "june",
        "ocean",
        "long",
        "ramos",
        "tanga",
        "rica",
        "fontana",
        "ilha",
        "venus",
        "eden",
        "lima",
        "cruz",
        "cruces",
        "david",
        "jesus",
        "san",
        "luis",
        "leon",
        "león",
        "victor",
        "natal",
        "asia",
        "africa",
        "america",
        "europa",
        "european",
        "porto",
        "vitoria",
        "vitória",
        "amor",
        "madre",
        "padre",
        "buena",
        "buenas",
        "vista",
        "monte",
        "valle",
        "campo",
        "playa",
        "puerto",
        "villa",
        "ciudad",
        "nueva",
        "nuevo",
        "new",
        "city",
        "miami",
        "sale",
        "fortuna",
        "esperanza",
        "gloria",
        "union",
        "unión",
        "libertad",
        "independencia",
        "progreso",
        "trinidad",
        "providence",
        "hope",
        "grace",
        "faith",
        "patience",
    ]
)


class LocationRecognizer(Recognizer):
    """Countries and cities with coordinates; `normalized` is the gazetteer's English name."""

    name = "location"
    entity_types = ("location",)
    priority = 20

    def analyze(self, doc: Document) -> Iterator[Entity]:
        """Yield places named in the text, longest name first."""
        text = doc.text
        words = list(_WORD.finditer(text))
        # Place names start with a capital: visit only those words, not every word of the text.
        capitals = [i for i, w in enumerate(words) if w.group()[0].isupper()]
        if not capitals:
            return
        places = gazetteer()
        resume = 0  # words before this belong to a place already found
        for i in capitals:
            if i < resume:
                continue
            first = words[i]
            hit = None
            for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
                last = words[i + n - 1]
                if not last.group()[0].isupper():
                    continue
                inner = words[i : i + n]
                if any(
                    not w.group()[0].isupper() and w.group().lower() not in _CONNECTORS for w in inner
                ) or _broken(text, inner):
                    continue
                k = key(text[first.start() : last.end()])
                place = places.get(k)
                if place is not None:
                    hit = (n, place, k)
                    break
            if hit is None:
                continue
            n, place, k = hit
            start, end = first.start(), words[i + n - 1].end()
            resume = i + n
            if _STREET.search(doc.before(start, 12)):
                continue  # "Avenida Paulista", "calle Mayor": a street named after a place
            after_preposition = bool(_PLACE_PREPOSITION.search(doc.before(start, 20)))
            if k in _AMBIGUOUS and not after_preposition:
                continue
            if len(k) <= 4 and text[start:end].isupper() and not after_preposition:
                continue  # "ROMA", "LIMA" in caps are often shouting, not places
            yield self.entity(
                "location",
                doc,
                start,
                end,
                place.name,
                0.8 if after_preposition else 0.65,
                kind=place.kind,
                country=place.country,
                latitude=place.latitude,
                longitude=place.longitude,
            )


def _broken(text: str, words: list[re.Match[str]]) -> bool:
    """Whether anything but single spaces separates the words (a place name does not span a comma)."""
    return any(text[a.end() : b.start()] not in (" ", "-") for a, b in itertools.pairwise(words))
