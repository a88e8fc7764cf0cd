"""Related programmes (SGB II) are not Budget-für-Arbeit practice: their figures stand apart and say so."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from portal.types import load_dataset
from portal.types.statistics import RELATED_NOTE, RELATED_PROGRAMME, chart, load_statistics

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
RELATED_HEADING = re.compile(r"^## Verwandte Programme \(SGB II\)\s*$", re.M)
CHART = re.compile(r"<!-- portal:chart id=([a-z0-9-]+) -->")


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(ROOT)


def test_every_series_names_its_programme(dataset):
    programmes = {series.id: series.programme for series in dataset.statistics.values()}
    assert programmes["budget-fuer-arbeit-deutschland"] == "Budget für Arbeit"
    assert {programme for name, programme in programmes.items() if name.startswith("stata-")} == {RELATED_PROGRAMME}


@pytest.mark.parametrize("page", sorted(CONTENT.rglob("*.md")), ids=lambda path: path.relative_to(CONTENT).as_posix())
def test_related_charts_stand_apart_under_their_heading(page, dataset):
    text = page.read_text(encoding="utf-8")
    charts = {series.chart_id: series.programme for series in dataset.statistics.values()}
    heading = RELATED_HEADING.search(text)
    for match in CHART.finditer(text):
        related = charts[match.group(1)] == RELATED_PROGRAMME
        after = heading is not None and match.start() > heading.start()
        # The related section runs to the next "## " heading.
        if after:
            next_section = re.search(r"^## ", text[heading.end():], re.M)
            after = next_section is None or match.start() < heading.end() + next_section.start()
        assert related == after, f"{page.name}: Diagramm {match.group(1)} steht {'außerhalb' if related else 'innerhalb'} von „Verwandte Programme (SGB II)“"


def test_the_figures_page_says_how_they_differ():
    text = (CONTENT / "zahlen.md").read_text(encoding="utf-8")
    section = text[RELATED_HEADING.search(text).end():]
    first_paragraph = section.strip().split("\n\n")[0]
    assert "kein Budget für Arbeit" in first_paragraph and "langzeitarbeitslose Menschen" in first_paragraph
    assert "nicht für Menschen mit\nAnspruch auf Werkstattleistungen" in first_paragraph


def test_a_related_chart_carries_the_note_and_a_budget_chart_does_not(dataset):
    assert RELATED_NOTE in chart(dataset, "stata-stendal-profilings")
    assert "kein Budget für Arbeit" not in chart(dataset, "budget-fuer-arbeit-deutschland")


def test_series_of_one_chart_must_share_the_programme(tmp_path):
    folder = tmp_path / "data" / "statistics"
    folder.mkdir(parents=True)
    # Profilings and participants share one chart (chart.id stata-stendal-profilings).
    for name in ("stata-stendal-profilings.yaml", "stata-stendal-teilnehmende.yaml"):
        shutil.copy2(ROOT / "data" / "statistics" / name, folder / name)
    text = (folder / "stata-stendal-teilnehmende.yaml").read_text(encoding="utf-8")
    (folder / "stata-stendal-teilnehmende.yaml").write_text(text.replace(f"programme: {RELATED_PROGRAMME}", "programme: Budget für Arbeit"), encoding="utf-8")
    problems: list = []
    load_statistics(tmp_path, problems)
    assert any(problem.field == "programme" and "passt nicht zum Diagramm" in problem.message for problem in problems), problems
