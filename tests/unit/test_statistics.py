"""Number series in data/statistics/: schema rules, cross checks and the real figures against their sources."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from portal.types.statistics import group_charts, load_statistics
from support import FIXTURES, ROOT

STATISTICS = FIXTURES / "statistics"
REAL_FILES = sorted((ROOT / "data" / "statistics").glob("*.yaml"))
SEED_DIR = ROOT / ".." / "shared" / "seeds"


@pytest.fixture(scope="module")
def broken():
    problems: list = []
    series = load_statistics(STATISTICS / "broken", problems)
    return series, problems


def problems_in(broken, name: str):
    return [problem for problem in broken[1] if problem.file == f"data/statistics/{name}"]


# Real data


def test_real_statistics_load_without_problems():
    problems: list = []
    series = load_statistics(ROOT, problems)
    assert problems == [], "\n".join(map(str, problems))
    assert {path.stem for path in REAL_FILES} == set(series)


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda path: path.name)
def test_real_file_starts_with_schema_line(path):
    assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../../schemas/statistics.schema.json\n")


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda path: path.name)
def test_real_file_names_its_source(path):
    series = load_statistics(ROOT, [])[path.stem]
    assert series.source.get("url", "").startswith("https://") or series.source.get("seed")


def test_budget_fuer_arbeit_matches_the_bagues_figures():
    # domain.md: BAGüS Kennzahlenvergleich Eingliederungshilfe, people with Budget für Arbeit at 31 December.
    series = load_statistics(ROOT, [])["budget-fuer-arbeit-deutschland"]
    assert [(point.date, point.value) for point in series.points] == [
        (date(2020, 12, 31), 1679),
        (date(2021, 12, 31), 2472),
        (date(2022, 12, 31), 2950),
        (date(2023, 12, 31), 3457),
    ]


def _seed_002() -> list[str]:
    found = sorted(SEED_DIR.glob("002_*.txt"))
    assert found, (
        f"Das Projektdokument 002_*.txt fehlt in {SEED_DIR.resolve()}. "
        "Die StaTA-Zahlen werden gegen dieses Dokument geprüft; legen Sie den Ordner shared/seeds neben das Repository."
    )
    return [line.strip().rstrip("|").strip() for line in found[0].read_text(encoding="utf-8").splitlines()]


def _seed_row(lines: list[str], label_start: str, count: int) -> list[str]:
    index = next(i for i, line in enumerate(lines) if line.startswith(label_start))
    return lines[index + 1 : index + 1 + count]


def _seed_date(text: str) -> date:
    day, month, year = text.split(".")
    return date(2000 + int(year), int(month), int(day))


@pytest.mark.parametrize(
    ("series_id", "label_start", "dates_after"),
    [
        ("stata-stendal-profilings", "Profilings in den Jobcentern", "Darstellung zur Entwicklung"),
        ("stata-stendal-teilnehmende", "davon Teilnehmer/innen", "Darstellung zur Entwicklung"),
        ("stata-stendal-folgegespraeche", "Folge-Profilings", "Darstellung zur Entwicklung"),
        ("stata-stendal-agh-besetzt", "besetzte Agh-Stellen", "von 113 zu besetzenden"),
        ("stata-stendal-agh-beendet", "vorzeitig beendete", "von 113 zu besetzenden"),
    ],
)
def test_stata_figures_match_seed_002(series_id, label_start, dates_after):
    lines = _seed_002()
    series = load_statistics(ROOT, [])[series_id]
    count = len(series.points)
    dates = _seed_row(lines, dates_after, count + 1)[1:]  # the line after the heading is "Stand bis"
    values = _seed_row(lines, label_start, count)
    assert [point.date for point in series.points] == [_seed_date(text) for text in dates]
    assert [point.value for point in series.points] == [int(text) for text in values]
    assert series.source["seed"] == sorted(SEED_DIR.glob("002_*.txt"))[0].name


def test_series_on_one_chart_are_grouped():
    charts = group_charts(load_statistics(ROOT, []))
    assert [item.id for item in charts["stata-stendal-profilings"]] == ["stata-stendal-profilings", "stata-stendal-teilnehmende"]


# Valid fixtures


def test_valid_fixtures_load_without_problems():
    problems: list = []
    series = load_statistics(STATISTICS / "valid", problems)
    assert problems == []
    assert sorted(series) == ["beispiel-blau", "beispiel-dezimal", "beispiel-gruen"]


def test_label_defaults_to_title():
    series = load_statistics(STATISTICS / "valid", [])["beispiel-blau"]
    assert series.label == series.title == "Beispielreihe Blau"


def test_series_without_chart_is_its_own_chart():
    series = load_statistics(STATISTICS / "valid", [])["beispiel-dezimal"]
    assert (series.chart_id, series.chart_title) == ("beispiel-dezimal", series.title)


def test_missing_folder_gives_no_series_and_no_problem(tmp_path):
    problems: list = []
    assert load_statistics(tmp_path, problems) == {}
    assert problems == []


# Broken fixtures: one rule each, German message with file, line and field


@pytest.mark.parametrize(
    ("name", "line", "field", "message"),
    [
        ("missing-unit.yaml", 2, "unit", "Pflichtfeld „unit“ fehlt"),
        ("unknown-unit.yaml", 3, "unit", "„Persone“ ist kein erlaubter Wert"),
        ("html-in-title.yaml", 2, "title", "spitze Klammern"),
        ("impossible-date.yaml", 8, "points[1].date", "kein gültiges Datum"),
        ("german-date.yaml", 8, "points[1].date", "kein Datum in der Form JJJJ-MM-TT"),
        ("value-as-text.yaml", 9, "points[1].value", "ist ein Text, erwartet wird eine Zahl"),
        ("negative-value.yaml", 9, "points[1].value", "„-12“"),
        ("http-source.yaml", 12, "source.url", "keine https-Adresse"),
        ("source-without-url.yaml", 10, "source.seed", "Pflichtfeld „seed“ fehlt"),
        ("bad-seed-name.yaml", 12, "source.seed", "kein Name eines Projektdokuments"),
        ("unknown-field.yaml", 13, "descripton", "Unbekanntes Feld „descripton“"),
        ("empty-points.yaml", 5, "points", "Die Liste ist leer"),
        ("chart-without-title.yaml", 5, "chart.title", "Pflichtfeld „title“ fehlt"),
    ],
)
def test_schema_rule_gives_german_message_with_line(broken, name, line, field, message):
    found = problems_in(broken, name)
    assert any((p.line, p.field) == (line, field) and message in p.message for p in found), "\n".join(map(str, found))


def test_unknown_unit_suggests_the_closest(broken):
    [problem] = problems_in(broken, "unknown-unit.yaml")
    assert "Meinten Sie „Personen“" in problem.hint


def test_unknown_field_suggests_the_closest(broken):
    [problem] = problems_in(broken, "unknown-field.yaml")
    assert "Meinten Sie „description“" in problem.hint


def test_source_without_url_explains_seed(broken):
    [problem] = problems_in(broken, "source-without-url.yaml")
    assert "Projektdokument" in problem.hint


def test_duplicate_date_is_reported_with_first_line(broken):
    [problem] = problems_in(broken, "duplicate-date.yaml")
    assert (problem.line, problem.field) == (8, "points[1].date")
    assert "doppelt" in problem.message and "Zeile 6" in problem.message


def test_dates_must_ascend(broken):
    [problem] = problems_in(broken, "dates-descending.yaml")
    assert (problem.line, problem.field) == (8, "points[1].date")
    assert "liegt vor dem Datum des Punkts davor" in problem.message


def test_thousands_dot_is_caught(broken):
    [problem] = problems_in(broken, "thousands-dot.yaml")
    assert (problem.line, problem.field) == (9, "points[1].value")
    assert "1679" in problem.hint


def test_duplicate_key_is_reported(broken):
    [problem] = problems_in(broken, "duplicate-key.yaml")
    assert (problem.line, problem.field) == (4, "unit")
    assert "steht doppelt" in problem.message


def test_one_unit_per_chart(broken):
    [problem] = problems_in(broken, "chart-unit-b.yaml")
    assert (problem.line, problem.field) == (3, "unit")
    assert "chart-unit-a.yaml" in problem.message and "„Personen“" in problem.message


def test_one_title_per_chart(broken):
    [problem] = problems_in(broken, "chart-title-b.yaml")
    assert (problem.line, problem.field) == (7, "chart.title")


def test_chart_id_must_not_name_a_lone_series(broken):
    [problem] = problems_in(broken, "chart-id-taken.yaml")
    assert (problem.line, problem.field) == (6, "chart.id")


def test_file_name_must_be_a_slug(broken):
    [problem] = problems_in(broken, "Falscher_Name.yaml")
    assert "Kleinbuchstaben" in problem.message


def test_file_must_end_in_yaml(broken):
    [problem] = problems_in(broken, "notiz.txt")
    assert ".yaml" in problem.message


def test_every_message_is_german_and_located(broken):
    for problem in broken[1]:
        assert problem.file.startswith("data/statistics/")
        assert re.search(r"[a-zäöüß]", problem.message)
        assert problem.hint


def test_only_clean_series_are_returned(broken):
    series, _ = broken
    assert sorted(series) == ["chart-alone", "chart-title-a", "chart-unit-a"]
