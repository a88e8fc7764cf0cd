"""Line charts as inline SVG, drawn at build time, with the numbers as a table beside them.

No JavaScript and no chart library: a figure is a few dozen SVG elements
computed here and written out by the templates ``chart.svg`` and
``chart-figure.html`` (autoescape on). Lines are told apart by marker shape,
dash pattern and a label at the end of each line, never by colour alone.
Every stroke and text uses ``currentColor`` so it has the page's text
contrast in light and dark schemes; the stylesheet may set
``--portal-chart-1`` … ``--portal-chart-4`` through the
``portal-chart__series--N`` classes.
"""

from __future__ import annotations

import math
import re
import textwrap
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Sequence

from markupsafe import Markup

from portal.rendering.render import date_de, render

if TYPE_CHECKING:  # only a type: portal.types.statistics draws its charts with this module
    from portal.types.statistics import Series

# The drawing area in viewBox units; the SVG scales to the column width.
WIDTH = 640
HEIGHT = 360
MARGIN_LEFT = 64
MARGIN_RIGHT = 168  # room for the label at the end of each line
MARGIN_TOP = 40
MARGIN_BOTTOM = 48
INNER_PAD = 20  # first and last point stay clear of the axis and of the line labels
LABEL_CHARS = 20  # line labels wrap after this many characters
LABEL_LINE_HEIGHT = 16
Y_TICKS = 4
MAX_X_LABELS = 8
X_LABEL_GAP = 76  # width of "23.10.2018" at font size 13, plus a gap
MARKERS = ("circle", "square", "triangle", "diamond")
DASHES = ("", "8 5", "2 4", "12 4 2 4")
MAX_SERIES = len(MARKERS)
FIGURE_ID = re.compile(r"^[a-z][a-z0-9-]*$")


@dataclass(frozen=True)
class _Label:
    x: float
    y: float
    text: str


def figure_html(series_list: Sequence[Series], figure_id: str) -> str:
    """One chart of up to four series of one unit: SVG, a plain-words reading, a data table and the sources."""
    series_list = list(series_list)
    if not series_list:
        raise ValueError("figure_html braucht mindestens eine Reihe")
    if len(series_list) > MAX_SERIES:
        raise ValueError(f"Ein Diagramm kann höchstens {MAX_SERIES} Linien unterscheiden, nicht {len(series_list)}")
    if not FIGURE_ID.match(figure_id):
        raise ValueError(f"Ungültige Kennung für ein Diagramm: {figure_id!r} (erlaubt: a–z, Ziffern, Bindestriche)")
    if len({series.unit for series in series_list}) > 1:
        raise ValueError("Alle Reihen eines Diagramms brauchen dieselbe Einheit")
    title = series_list[0].chart_title if len(series_list) > 1 else series_list[0].title
    reading = reading_text(series_list)
    svg = render(
        "statistics/chart.svg",
        id=figure_id,
        title=title,
        desc=description_text(series_list),
        width=WIDTH,
        height=HEIGHT,
        **_geometry(series_list),
    )
    table = render("statistics/chart-table.html", id=figure_id, title=title, **_table(series_list))
    html = render(
        "statistics/chart-figure.html",
        id=figure_id,
        title=title,
        svg=Markup(svg),
        table=Markup(table),
        reading=reading,
        sources=_sources(series_list),
        checked=min(series.checked for series in series_list),
    )
    # Python-Markdown ends a raw HTML block at a blank line; the fragment must stay one block.
    return "\n".join(line for line in html.splitlines() if line.strip()) + "\n"


def format_number(value: int | float) -> str:
    """German digits: 1679 → 1.679, 2.5 → 2,5."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def short_date(day: date) -> str:
    """Axis label: "Ende 2023" for a year's last day, else 21.02.2018."""
    if (day.month, day.day) == (12, 31):
        return f"Ende {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def description_text(series_list: Sequence[Series]) -> str:
    """The SVG's <desc>: kind of chart, time range, value range and each line's trend in words."""
    days = sorted({point.date for series in series_list for point in series.points})
    values = [point.value for series in series_list for point in series.points]
    unit = series_list[0].unit
    lines = "eine Linie" if len(series_list) == 1 else f"{len(series_list)} Linien"
    parts = [
        f"Liniendiagramm mit {lines}.",
        f"Zeitraum: {_period(days[0], days[-1])}.",
        f"Die Werte liegen zwischen {format_number(min(values))} und {format_number(max(values))} {unit}.",
    ]
    for series in series_list:
        parts.append(f"{series.label}: {_trend_phrase(series)}.")
    return " ".join(parts)


def reading_text(series_list: Sequence[Series]) -> str:
    """A plain-words reading: one sentence, or one per line when several lines share the chart."""
    if len(series_list) == 1:
        return _sentence(series_list[0], with_label=False)
    return " ".join(_sentence(series, with_label=True) for series in series_list)


# Helpers


def _period(start: date, end: date) -> str:
    if start == end:
        return _on(start)
    return f"{_from(start)} bis {_until(end)}"


def _on(day: date) -> str:
    return f"Ende {day.year}" if (day.month, day.day) == (12, 31) else f"am {date_de(day)}"


def _from(day: date) -> str:
    return f"von Ende {day.year}" if (day.month, day.day) == (12, 31) else f"vom {date_de(day)}"


def _until(day: date) -> str:
    return f"Ende {day.year}" if (day.month, day.day) == (12, 31) else f"zum {date_de(day)}"


def _direction(series: Series) -> str:
    first, last = series.points[0].value, series.points[-1].value
    return "stieg" if last > first else "sank" if last < first else "blieb"


def _steady(series: Series) -> bool:
    """True if every step goes the same way as the whole (no dip, no plateau)."""
    values = [point.value for point in series.points]
    steps = [b - a for a, b in zip(values, values[1:])]
    return len(steps) > 1 and (all(step > 0 for step in steps) or all(step < 0 for step in steps))


def _trend_phrase(series: Series) -> str:
    first, last = series.points[0], series.points[-1]
    if len(series.points) == 1:
        return f"{format_number(first.value)} {series.unit} {_on(first.date)}"
    direction = _direction(series)
    if direction == "blieb":
        return f"gleich bei {format_number(first.value)} {series.unit} {_period(first.date, last.date)}"
    verb = "gestiegen" if direction == "stieg" else "gesunken"
    steady = ", an jedem Stichtag " + ("höher" if direction == "stieg" else "niedriger") if _steady(series) else ""
    return f"{_period(first.date, last.date)} von {format_number(first.value)} auf {format_number(last.value)} {series.unit} {verb}{steady}"


def _sentence(series: Series, with_label: bool) -> str:
    first, last = series.points[0], series.points[-1]
    prefix = f"{series.label}: " if with_label else ""
    if len(series.points) == 1:
        return f"{prefix}{_on(first.date).capitalize()} waren es {format_number(first.value)} {series.unit}."
    period = _period(first.date, last.date)
    period = period[0].upper() + period[1:]
    direction = _direction(series)
    if direction == "blieb":
        return f"{prefix}{period} blieb die Zahl gleich bei {format_number(first.value)} {series.unit}."
    return f"{prefix}{period} {direction} die Zahl von {format_number(first.value)} auf {format_number(last.value)} {series.unit}."


def _nice_step(maximum: float) -> float:
    """A round tick step (1, 2, 2.5 or 5 times a power of ten) giving about Y_TICKS ticks."""
    if maximum <= 0:
        return 1
    raw = maximum / Y_TICKS
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def _round(value: float) -> float:
    return round(value, 1)


def _marker_path(shape: str, x: float, y: float, r: float = 5) -> str:
    if shape == "square":
        r *= 0.9
        return f"M{_round(x - r)} {_round(y - r)}H{_round(x + r)}V{_round(y + r)}H{_round(x - r)}Z"
    if shape == "triangle":
        r *= 1.2
        return f"M{_round(x)} {_round(y - r)}L{_round(x + r)} {_round(y + r * 0.8)}H{_round(x - r)}Z"
    if shape == "diamond":
        r *= 1.2
        return f"M{_round(x)} {_round(y - r)}L{_round(x + r)} {_round(y)}L{_round(x)} {_round(y + r)}L{_round(x - r)} {_round(y)}Z"
    # circle as a path keeps the template to one element type
    return f"M{_round(x - r)} {_round(y)}a{r} {r} 0 1 0 {2 * r} 0a{r} {r} 0 1 0 {-2 * r} 0Z"


def _geometry(series_list: list[Series]) -> dict:
    """Coordinates for the template: grid, axes, lines, markers and labels, all in viewBox units."""
    days = sorted({point.date for series in series_list for point in series.points})
    top = max(point.value for series in series_list for point in series.points)
    step = _nice_step(top)
    y_max = math.ceil(top / step) * step if top > 0 else step
    if top > y_max * 0.92:  # leave room for the value label above the highest point
        y_max += step
    left, right = MARGIN_LEFT, WIDTH - MARGIN_RIGHT
    upper, lower = MARGIN_TOP, HEIGHT - MARGIN_BOTTOM
    span = (days[-1] - days[0]).days
    first_x, last_x = left + INNER_PAD, right - INNER_PAD

    def x_of(day: date) -> float:
        if span == 0:
            return _round((left + right) / 2)
        return _round(first_x + (day - days[0]).days / span * (last_x - first_x))

    def y_of(value: float) -> float:
        return _round(lower - value / y_max * (lower - upper))

    y_ticks = []
    tick = 0.0
    while tick <= y_max + step / 1000:
        y_ticks.append({"y": y_of(tick), "label": format_number(tick if not float(tick).is_integer() else int(tick))})
        tick += step
    every = math.ceil(len(days) / MAX_X_LABELS)
    x_ticks = []
    for day in days[::every]:
        x = x_of(day)
        # Dates close together (23.10. and 1.12.) would overprint: drop to a second row.
        row = 1 if x_ticks and x_ticks[-1]["row"] == 0 and x - x_ticks[-1]["x"] < X_LABEL_GAP else 0
        x_ticks.append({"x": x, "label": short_date(day), "row": row, "y": lower + 22 + row * 16})

    # At each date the highest value is labelled above its point, the others below,
    # so that two lines' labels do not cover each other.
    highest: dict[date, float] = {}
    for series in series_list:
        for point in series.points:
            highest[point.date] = max(highest.get(point.date, point.value), point.value)
    lines = []
    for index, series in enumerate(series_list):
        shape = MARKERS[index]
        points = [(x_of(point.date), y_of(point.value), point) for point in series.points]
        values = [
            _Label(x, y - 11 if (point.value >= highest[point.date] or len(series_list) == 1) else y + 21, format_number(point.value))
            for x, y, point in points
        ]
        lines.append(
            {
                "number": index + 1,
                "label": series.label,
                "dash": DASHES[index],
                "shape": shape,
                "path": "M" + "L".join(f"{x} {y}" for x, y, _ in points),
                "markers": [_marker_path(shape, x, y) for x, y, _ in points],
                "value_labels": values,
                "end": (points[-1][0], points[-1][1]),
            }
        )
    _place_end_labels(lines, right + 8, upper, lower)
    return {
        "left": left,
        "right": right,
        "upper": upper,
        "lower": lower,
        "unit": series_list[0].unit,
        "y_ticks": y_ticks,
        "x_ticks": x_ticks,
        "lines": lines,
    }


def _place_end_labels(lines: list[dict], x: float, upper: float, lower: float) -> None:
    """Put each line's name beside its last point, pushed apart so that no two overlap."""
    for line in lines:
        line["label_lines"] = textwrap.wrap(line["label"], LABEL_CHARS) or [line["label"]]
    order = sorted(lines, key=lambda line: line["end"][1])
    cursor = upper
    for line in order:
        height = len(line["label_lines"]) * LABEL_LINE_HEIGHT
        y = max(line["end"][1] - height / 2 + 5, cursor)
        line["label_x"] = x
        line["label_y"] = _round(y + LABEL_LINE_HEIGHT / 2 + 5)
        cursor = y + height + 6
    # If the stack ran off the bottom, shift it up as a whole.
    overflow = cursor - 6 - (lower + 20)
    if overflow > 0:
        for line in lines:
            line["label_y"] = _round(line["label_y"] - overflow)


def _table(series_list: list[Series]) -> dict:
    days = sorted({point.date for series in series_list for point in series.points})
    by_series = [{point.date: point.value for point in series.points} for series in series_list]
    rows = [
        {
            "iso": day.isoformat(),
            "date": date_de(day),
            "cells": [format_number(values[day]) if day in values else None for values in by_series],
        }
        for day in days
    ]
    columns = [{"label": series.label, "unit": series.unit} for series in series_list]
    return {"columns": columns, "rows": rows}


def _sources(series_list: list[Series]) -> list[dict]:
    seen: list[dict] = []
    for series in series_list:
        source = {key: series.source.get(key) for key in ("title", "url", "note")}
        if source not in seen:
            seen.append(source)
    return seen
