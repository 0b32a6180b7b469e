"""The server-drawn world map: every country decodes, codes map, shades follow counts."""

from __future__ import annotations

import re

from vigila.web.analyst.worldmap import HEIGHT, PALETTE, WIDTH, choropleth_svg, countries, legend


def test_outlines_decode_with_iso_codes() -> None:
    found = {c.code: c for c in countries()}
    assert len(countries()) == 176  # 177 in world-atlas minus Antarctica
    for code in ("ES", "RO", "PT", "FR", "BR", "NG", "RU", "FJ", "XK", "US"):
        assert code in found, code
    assert found["ES"].name == "Spain"


def test_points_stay_inside_the_canvas_except_wrapped_copies() -> None:
    spain = next(c for c in countries() if c.code == "ES")
    xs = [float(x) for x in re.findall(r"[ML](-?[\d.]+),", spain.path)]
    ys = [float(y) for y in re.findall(r",(-?[\d.]+)", spain.path)]
    # Spain sits a little left of the middle and in the upper third.
    assert 0.40 * WIDTH < min(xs) < max(xs) < 0.52 * WIDTH
    assert 0.1 * HEIGHT < min(ys) < max(ys) < 0.35 * HEIGHT


def test_antimeridian_countries_are_drawn_twice() -> None:
    russia = next(c for c in countries() if c.code == "RU")
    spain = next(c for c in countries() if c.code == "ES")
    assert russia.path.count("M") > 1 and spain.path.count("M") == 1


def test_shades_follow_counts_and_titles_are_escaped() -> None:
    svg = choropleth_svg({"ES": 9, "RO": 1}, 'Reports <by> "country"', label="{name} — {count}")
    es = re.search(r'fill="(#\w+)"[^>]*data-code="ES" data-count="9"', svg)
    ro = re.search(r'fill="(#\w+)"[^>]*data-code="RO" data-count="1"', svg)
    fr = re.search(r'fill="(#\w+)"[^>]*data-code="FR" data-count="0"', svg)
    assert es and ro and fr
    assert es.group(1) == PALETTE[-1] and fr.group(1) == PALETTE[0]
    assert ro.group(1) not in (PALETTE[0], PALETTE[-1])
    assert "Reports &lt;by&gt; &quot;country&quot;" in svg and "<title>Spain — 9</title>" in svg


def test_legend_ranges_cover_all_counts() -> None:
    rows = legend({"ES": 10, "RO": 1})
    assert rows[0] == (PALETTE[0], "0")
    assert rows[-1][1].endswith("10") and rows[1][1].startswith("1")
    assert legend({}) == [(PALETTE[0], "0")]
