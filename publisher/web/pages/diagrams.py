"""Pictures drawn on the server as SVG: no script, nothing fetched, readable without colour."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple
from xml.sax.saxutils import escape, quoteattr

from ...core.uris import href
from .i18n import translator
from .overview import Item, Link, Overview, Theme

Point = tuple[float, float]

ROW = 22
WIDTH = 960


class Bar(NamedTuple):
    label: str
    iri: str
    achievements: int
    depth: int  # 0 for a top theme, 1 for a sub-theme


def theme_bars(themes: list[Theme], lang: str) -> str:
    """Achievements per theme, top themes with their sub-themes indented."""
    rows: list[Bar] = []
    for theme in themes:
        total = theme.count + sum(child.count for child in theme.children)
        rows.append(Bar(theme.item.label(lang), theme.item.iri, total, 0))
        rows += [Bar(c.item.label(lang), c.item.iri, c.count, 1) for c in theme.children]
    widest = max((row.achievements for row in rows), default=1) or 1
    height = ROW * len(rows) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'role="img" aria-labelledby="bars-title" class="diagram">',
        f'<title id="bars-title">{escape(translator(lang)["per_theme"])}</title>',
    ]
    for index, (label, iri, count, depth) in enumerate(rows):
        y = index * ROW + 4
        bar = 420 * count / widest
        weight = "700" if depth == 0 else "400"
        parts.append(
            f'<a href={quoteattr(href(iri))}><text x="{10 + 18 * depth}" y="{y + 15}" '
            f'font-weight="{weight}">{escape(label)}</text></a>'
            f'<rect x="470" y="{y + 3}" width="{bar:.1f}" height="{ROW - 8}" class="bar{depth}"/>'
            f'<text x="{476 + bar:.1f}" y="{y + 15}">{count}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def connections(overview: Overview, lang: str) -> str:
    """Who (countries, regions) and what (instruments) connect to which themes, through the
    achievements: a line per pair, thicker for more achievements."""
    used = {link.who for link in overview.links}
    items = {
        "left": [
            i for group in ("countries", "regions") for i in overview.groups[group] if i.iri in used
        ],
        "middle": [t.item for t in overview.themes],
        "right": [i for i in overview.groups["instruments"] if i.iri in used],
    }
    height = ROW * max(len(items["left"]), len(items["right"]), len(items["middle"]) * 3) + 20
    columns = {
        name: _positions(column, height, x)
        for (name, column), x in zip(items.items(), (230, WIDTH / 2, WIDTH - 230), strict=True)
    }
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'role="img" aria-labelledby="links-title" class="diagram">',
        f'<title id="links-title">{escape(translator(lang)["links_title"])}</title>',
        *_lines(overview.links, columns),
        *_names(items, columns, lang),
        "</svg>",
    ]
    return "".join(parts)


def _lines(links: list[Link], columns: dict[str, dict[str, Point]]) -> list[str]:
    middle = columns["middle"]
    lines = []
    for who, theme, count in links:
        start = columns["left"].get(who) or columns["right"].get(who)
        if theme not in middle or start is None:
            continue
        (x1, y1), (x2, y2) = start, middle[theme]
        bend = (x1 + x2) / 2
        width = 1 + 1.5 * math.log(count)
        lines.append(
            f'<path d="M{x1:.0f},{y1:.0f} C{bend:.0f},{y1:.0f} {bend:.0f},{y2:.0f} '
            f'{x2:.0f},{y2:.0f}" class="link" stroke-width="{width:.1f}">'
            f"<title>{count}</title></path>"
        )
    return lines


def _names(
    items: dict[str, list[Item]], columns: dict[str, dict[str, Point]], lang: str
) -> list[str]:
    names = []
    for name, anchor in (("left", "end"), ("middle", "middle"), ("right", "start")):
        for item in items[name]:
            x, y = columns[name][item.iri]
            dx = {"end": -8, "middle": 0, "start": 8}[anchor]
            names.append(
                f'<circle cx="{x:.0f}" cy="{y:.0f}" r="4" class="node"/>'
                f'<a href={quoteattr(href(item.iri))}><text x="{x + dx:.0f}" '
                f'y="{y - 8 if anchor == "middle" else y + 4:.0f}" '
                f'text-anchor="{anchor}" class="{name}">{escape(_short(item.label(lang)))}'
                f"</text></a>"
            )
    return names


def _positions(items: Sequence[Item], height: float, x: float) -> dict[str, Point]:
    step = (height - 20) / max(len(items), 1)
    return {item.iri: (x, 10 + step * (index + 0.5)) for index, item in enumerate(items)}


def _short(label: str, limit: int = 38) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
