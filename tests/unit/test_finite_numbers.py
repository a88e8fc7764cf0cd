"""Numbers are finite and inside the range their meaning implies (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from portal.core.errors import DataError
from portal.types import load_dataset

PROVIDER = """providers:
  - id: a
    name: N
    kind: Verband
    land: Hessen
    geo: {{lat: {lat}, lon: {lon}}}
    source: {{title: Q, url: "https://example.org/"}}
    checked: "2026-01-15"
"""
FACT = """facts:
  - id: anteil
    value: {value}
    unit: {unit}
    label: L
    source: {{title: Q, url: "https://example.org/"}}
    checked: "2026-01-15"
"""
SERIES = """title: T
label: L
unit: Personen
description: D
chart: {{id: reihe, title: C}}
points:
  - {{date: "2020-12-31", value: 1}}
  - {{date: "2021-12-31", value: {value}}}
source: {{title: Q, url: "https://example.org/"}}
checked: "2026-01-15"
"""


def problems(tmp_path: Path, name: str, text: str):
    path = tmp_path / "data" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_dataset(tmp_path)
    return caught.value.problems


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", ".NaN"])
def test_a_fact_that_is_no_number_is_refused(value, tmp_path):
    [problem] = problems(tmp_path, "facts.yaml", FACT.format(value=value, unit="Prozent"))
    assert (problem.file, problem.line, problem.field) == ("data/facts.yaml", 3, "facts[0].value")
    assert "keine Zahl, mit der sich rechnen lässt" in problem.message


@pytest.mark.parametrize("value, words", [(120, "höchstens 100"), (-5, "mindestens 0")])
def test_a_share_lies_between_0_and_100(value, words, tmp_path):
    [problem] = problems(tmp_path, "facts.yaml", FACT.format(value=value, unit="Prozent"))
    assert problem.field == "facts[0].value" and words in problem.message


@pytest.mark.parametrize("value", [".nan", ".inf"])
def test_a_statistics_point_that_is_no_number_is_refused(value, tmp_path):
    found = problems(tmp_path, "statistics/reihe-a.yaml", SERIES.format(value=value))
    assert [(problem.line, problem.field) for problem in found] == [(8, "points[1].value")]


@pytest.mark.parametrize("lat, lon, field", [(".nan", 8.5, "lat"), (50.1, ".inf", "lon"), (40.0, 8.5, "lat"), (50.1, 20.0, "lon")])
def test_coordinates_are_finite_and_inside_germany(lat, lon, field, tmp_path):
    [problem] = problems(tmp_path, "providers.yaml", PROVIDER.format(lat=lat, lon=lon))
    assert (problem.line, problem.field) == (6, f"providers[0].geo.{field}")
