"""Load the number series in ``data/statistics/`` for charts, with every problem in German.

One file per series, the file name is the series id. Series that share a
``chart.id`` are drawn on one chart; they must then count the same thing
(one unit) under one title, or the y axis would lie.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from portal.core.errors import Problem
from portal.core.model import Directive, RecordType
from portal.exports.charts import figure_html
from portal.core.load import YamlDocument, read_folder
from portal.core.schemas import SCHEMA_DIR
from portal.core.validate import validate_document

STATISTICS_FOLDER = Path("data") / "statistics"
SCHEMA_NAME = "statistics.schema.json"
# "1.679": three digits after the point look like a German thousands separator. ("12.500"
# cannot be caught: YAML has already read it as 12.5.)
THOUSANDS_DOT = re.compile(r"^\d{1,3}\.\d{3}$")
RELATED_PROGRAMME = "Verwandtes Programm (SGB II)"
RELATED_NOTE = (
    "Verwandtes Programm (SGB II), kein Budget für Arbeit: Diese Zahlen stammen aus einem Programm für "
    "langzeitarbeitslose Menschen in der Grundsicherung für Arbeitsuchende, nicht aus dem Budget für Arbeit nach § 61 SGB IX."
)


@dataclass(frozen=True)
class Point:
    """One value at one reference date."""

    date: date
    value: int | float


@dataclass(frozen=True)
class Series:
    """One validated number series; ``chart_id`` groups series drawn together."""

    id: str
    title: str
    label: str
    unit: str
    description: str
    points: tuple[Point, ...]
    source: dict[str, Any]
    checked: str
    chart_id: str
    chart_title: str
    file: str
    programme: str | None = None  # "Verwandtes Programm (SGB II)": shown apart, labelled as no Budget für Arbeit


def load_statistics(root: Path, problems: list[Problem]) -> dict[str, Series]:
    """Read and check every series below ``root/data/statistics``; append problems, never raise.

    Only series without any problem are returned, so that a chart is never
    drawn from half-checked numbers.
    """
    root = Path(root)
    folder = root / STATISTICS_FOLDER
    schema = root / "schemas" / SCHEMA_NAME
    if not schema.is_file():
        schema = SCHEMA_DIR / SCHEMA_NAME
    if not folder.is_dir():
        return {}
    series: dict[str, Series] = {}
    clean: list[YamlDocument] = []
    for document in read_folder(root, STATISTICS_FOLDER, problems, "budget-fuer-arbeit-deutschland.yaml"):
        found = validate_document(document, schema) + _check_points(document)
        problems += found
        if not found and not document.problems:
            clean.append(document)
    chart_problems = _check_charts(clean)
    problems += chart_problems
    spoiled = {problem.file for problem in chart_problems}
    for document in clean:
        if document.display not in spoiled:
            item = _series(document)
            series[item.id] = item
    return series


def group_charts(series: dict[str, Series]) -> dict[str, list[Series]]:
    """Series by chart id, both in a stable order (chart id, then series id)."""
    charts: dict[str, list[Series]] = {}
    for item in sorted(series.values(), key=lambda s: (s.chart_id, s.id)):
        charts.setdefault(item.chart_id, []).append(item)
    return charts


# Helpers


def _parse_date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _check_points(document: YamlDocument) -> list[Problem]:
    """Dates strictly ascending (a repeated or out-of-order date is almost always a typo); no thousands dot."""
    found: list[Problem] = []
    points = document.data.get("points")
    if not isinstance(points, list):
        return found
    first_line: dict[date, int] = {}
    previous: tuple[date, int] | None = None
    for index, point in enumerate(points):
        if not isinstance(point, dict):
            continue
        value = point.get("value")
        if isinstance(value, float) and THOUSANDS_DOT.match(repr(value)):
            # YAML reads the German "1.679" as the decimal number 1,679; nobody counts 1,679 people.
            whole = repr(value).replace(".", "")
            found.append(
                Problem(
                    document.display,
                    document.line(("points", index, "value")),
                    f"points[{index}].value",
                    f"{value} wird als Dezimalzahl gelesen (mit Komma: {repr(value).replace('.', ',')})",
                    f"Schreiben Sie Zahlen ohne Tausenderpunkt: {whole.lstrip('0') or '0'}. Ist wirklich ein Dezimalwert gemeint, schreiben Sie ihn mit höchstens zwei Nachkommastellen.",
                )
            )
        day = _parse_date(point.get("date"))
        if day is None:
            continue
        line = document.line(("points", index, "date"))
        where = f"points[{index}].date"
        if day in first_line:
            found.append(
                Problem(
                    document.display,
                    line,
                    where,
                    f"Das Datum {day.isoformat()} kommt doppelt vor (zuerst in Zeile {first_line[day]})",
                    "Je Stichtag gibt es nur einen Wert; löschen Sie einen der beiden Punkte.",
                )
            )
            continue
        if previous is not None and day < previous[0]:
            found.append(
                Problem(
                    document.display,
                    line,
                    where,
                    f"Das Datum {day.isoformat()} liegt vor dem Datum des Punkts davor ({previous[0].isoformat()}, Zeile {previous[1]})",
                    "Ordnen Sie die Punkte nach dem Datum, das älteste zuerst.",
                )
            )
        first_line[day] = line
        previous = (day, line)
    return found


def _check_charts(documents: list[YamlDocument]) -> list[Problem]:
    """Series on one chart share one unit and one title; the first file (by name) sets both."""
    found: list[Problem] = []
    first: dict[str, YamlDocument] = {}
    alone = {document.path.stem for document in documents if not isinstance(document.data.get("chart"), dict)}
    for document in documents:
        chart = document.data.get("chart")
        if not isinstance(chart, dict):
            continue
        chart_id = chart["id"]
        if chart_id in alone:
            # A series without ``chart`` is its own chart, named by its id; sharing that name would merge them unchecked.
            found.append(
                Problem(
                    document.display,
                    document.line(("chart", "id")),
                    "chart.id",
                    f"Die Kennung „{chart_id}“ ist schon der Name der Reihe data/statistics/{chart_id}.yaml, die allein steht",
                    "Wählen Sie eine andere chart.id oder tragen Sie dieselbe chart-Angabe auch in jene Reihe ein.",
                )
            )
            continue
        if chart_id not in first:
            first[chart_id] = document
            continue
        leader = first[chart_id]
        unit, expected = document.data["unit"], leader.data["unit"]
        if unit != expected:
            found.append(
                Problem(
                    document.display,
                    document.line(("unit",)),
                    "unit",
                    f"Die Einheit „{unit}“ passt nicht zum Diagramm „{chart_id}“: {leader.display} zählt dort „{expected}“",
                    "Ein Diagramm hat eine Einheit. Geben Sie der Reihe eine eigene chart.id oder lassen Sie chart weg.",
                )
            )
        programme, expected_programme = document.data.get("programme"), leader.data.get("programme")
        if programme != expected_programme:
            found.append(
                Problem(
                    document.display,
                    document.line(("programme",)) if programme else document.line(("unit",)),
                    "programme",
                    f"Das Programm „{programme or 'ohne Angabe'}“ passt nicht zum Diagramm „{chart_id}“: {leader.display} gehört zu „{expected_programme or 'ohne Angabe'}“",
                    "Ein Diagramm zeigt Zahlen eines Programms. Geben Sie der Reihe eine eigene chart.id oder dasselbe programme.",
                )
            )
        title, expected_title = chart["title"], leader.data["chart"]["title"]
        if title != expected_title:
            found.append(
                Problem(
                    document.display,
                    document.line(("chart", "title")),
                    "chart.title",
                    f"Der Titel des Diagramms „{chart_id}“ weicht von {leader.display} ab („{expected_title}“)",
                    "Schreiben Sie in allen Reihen dieses Diagramms denselben Titel.",
                )
            )
    return found


def _series(document: YamlDocument) -> Series:
    data = document.data
    chart = data.get("chart") or {}
    series_id = document.path.stem
    return Series(
        id=series_id,
        title=data["title"],
        label=data.get("label", data["title"]),
        unit=data["unit"],
        description=data["description"],
        points=tuple(Point(date.fromisoformat(point["date"]), point["value"]) for point in data["points"]),
        source=dict(data["source"]),
        checked=data["checked"],
        chart_id=chart.get("id", series_id),
        chart_title=chart.get("title", data["title"]),
        file=document.display,
        programme=data.get("programme"),
    )


def chart(dataset, id: str) -> str:  # noqa: A002 - the directive's argument is called id
    """One chart with its table and reading, by chart id; a related programme's chart says that it is no Budget für Arbeit."""
    series = group_charts(dataset.statistics)[id]
    html = figure_html(series, f"chart-{id}")
    if series[0].programme == RELATED_PROGRAMME:
        return f'<div class="portal-related-chart">\n<p class="portal-notice portal-related-note">{RELATED_NOTE}</p>\n{html}\n</div>'
    return html


def chart_ids(dataset) -> tuple[str, ...]:
    return tuple(group_charts(dataset.statistics))


TYPE = RecordType(
    name="statistics",
    counted_as=("Zahlenreihe", "Zahlenreihen"),
    source=STATISTICS_FOLDER.as_posix() + "/",
    schema=SCHEMA_NAME,
    example="budget-fuer-arbeit-deutschland.yaml",
    load=lambda root, schemas, problems: load_statistics(root, problems),
    directives={"chart": Directive({"id": lambda ctx: chart_ids(ctx.dataset)}, lambda ctx, page, **args: chart(ctx.dataset, **args))},
)
