"""A page's Stand comes from the facts it uses (the oldest check wins); stale facts are listed, never fatal."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from portal.build import Build
from portal.core.clock import BERLIN
from portal.core.errors import DataError
from portal.types.facts import Fact, apply_stand, facts_used, page_stand, stale_facts, staleness_lines

ROOT = Path(__file__).resolve().parents[2]
SOURCE = {"title": "§ 61 SGB IX", "url": "https://www.gesetze-im-internet.de/sgb_9_2018/__61.html"}
FACTS = {
    "neu": Fact("neu", 75, "Prozent", "L", SOURCE, "2026-11-30", line=8),
    "alt": Fact("alt", None, None, "L", SOURCE, "2025-06-01", "ein Satz", "Ein Satz.", line=17),
    "mittel": Fact("mittel", 2, "Jahre", "L", SOURCE, "2025-11-30", line=30),
}


def test_the_facts_a_page_uses_are_found_in_order_and_once():
    text = 'A <!-- portal:fact id=neu --> B <!-- portal:fact id="alt" form=leicht --> <!-- portal:fact id=neu --> <!-- portal:chart id=x -->'
    assert facts_used(text) == ["neu", "alt"]


def test_the_oldest_check_of_the_facts_used_is_the_stand():
    assert page_stand("<!-- portal:fact id=neu -->", {}, "x.md", FACTS) == date(2026, 11, 30)
    assert page_stand("<!-- portal:fact id=neu --> <!-- portal:fact id=alt -->", {}, "x.md", FACTS) == date(2025, 6, 1)
    # The page's own check date counts like a fact: the older of the two is shown.
    assert page_stand("<!-- portal:fact id=neu -->", {"checked": date(2026, 1, 2)}, "x.md", FACTS) == date(2026, 1, 2)
    assert page_stand("<!-- portal:fact id=alt -->", {"checked": "2026-01-02"}, "x.md", FACTS) == date(2025, 6, 1)
    assert page_stand("Kein Fakt.", {}, "x.md", FACTS) is None


def test_the_directive_is_replaced_by_the_stand_line_in_both_languages():
    page = "Der Zuschuss: bis zu <!-- portal:fact id=neu -->; <!-- portal:fact id=mittel -->.\n\n## Quellen\n\n- Q\n\n<!-- portal:stand -->\n"
    standard = apply_stand(page, {}, "geld.md", FACTS)
    assert '<p class="portal-source portal-stand">Stand: <time datetime="2025-11-30">30. November 2025</time>' in standard
    assert "(älteste Prüfung der Angaben auf dieser Seite)" in standard
    assert "portal:stand" not in standard and "<!-- portal:fact id=neu -->" in standard
    easy = apply_stand(page, {}, "leichte-sprache/geld.md", FACTS)
    assert 'Stand: <time datetime="2025-11-30">30. November 2025</time></p>' in easy


def test_a_page_that_uses_facts_without_the_directive_gets_the_line_at_its_end():
    markdown = apply_stand("Text <!-- portal:fact id=alt -->.\n", {}, "x.md", FACTS)
    assert markdown.rstrip().endswith("</p>") and "1. Juni 2025" in markdown.splitlines()[-1]
    assert apply_stand("Nur Text.\n", {}, "x.md", FACTS) == "Nur Text.\n"


def test_a_page_without_facts_takes_its_own_checked_date():
    markdown = apply_stand("# Datenschutz\n\n<!-- portal:stand -->\n", {"checked": "2026-11-23"}, "datenschutz.md", FACTS)
    assert 'Stand: <time datetime="2026-11-23">23. November 2026</time></p>' in markdown
    assert "Prüfung der Angaben" not in markdown  # no facts: no claim about facts


@pytest.mark.parametrize(
    ("markdown", "meta", "message"),
    [
        ("# Seite\n\n<!-- portal:stand -->\n", {}, "keine Angabe aus data/facts.yaml"),
        ("# Seite\n\n<!-- portal:stand -->\n", {"checked": "30.11.2026"}, "kein Datum in der Form JJJJ-MM-TT"),
        ("<!-- portal:fact id=neu -->\n\n<!-- portal:stand datum=heute -->\n", {}, "hat keine Argumente"),
    ],
)
def test_a_stand_that_cannot_be_derived_stops_with_a_german_message(markdown, meta, message):
    with pytest.raises(DataError) as caught:
        apply_stand(markdown, meta, "seite.md", FACTS)
    [problem] = caught.value.problems
    assert problem.file == "seite.md" and problem.field in ("portal:stand", "checked") and message in problem.message
    assert problem.hint


def test_facts_older_than_twelve_months_are_stale():
    # "mittel" was checked exactly twelve months before: not yet stale; one day later it is.
    assert [fact.id for fact in stale_facts(FACTS, date(2026, 11, 30))] == ["alt"]
    assert [fact.id for fact in stale_facts(FACTS, date(2026, 12, 1))] == ["alt", "mittel"]
    assert stale_facts(FACTS, date(2026, 5, 31)) == []
    # 29 February: twelve months earlier is 28 February.
    leap = {"x": Fact("x", 1, "Jahre", "L", SOURCE, "2027-02-28")}
    assert stale_facts(leap, date(2028, 2, 29)) == []
    assert [fact.id for fact in stale_facts(leap, date(2028, 3, 1))] == ["x"]


def test_the_staleness_lines_name_file_line_date_and_source():
    lines = staleness_lines(FACTS, datetime(2027, 1, 15, tzinfo=BERLIN))
    assert lines[0].startswith("HINWEIS: 2 Angaben in data/facts.yaml seit mehr als 12 Monaten nicht geprüft")
    assert lines[1] == f"  data/facts.yaml:17 alt: zuletzt geprüft am 1. Juni 2025 – Quelle: {SOURCE['url']}"
    assert lines[2].startswith("  data/facts.yaml:30 mittel: zuletzt geprüft am 30. November 2025")
    assert staleness_lines(FACTS, date(2026, 5, 31)) == []


def test_the_build_owner_lists_stale_real_facts_when_the_build_date_moves_forward():
    today = Build.load(ROOT, now=datetime(2026, 11, 30, 12, tzinfo=BERLIN))
    assert today.staleness() == []
    later = Build.load(ROOT, now=datetime(2028, 1, 1, 12, tzinfo=BERLIN))
    lines = later.staleness()
    assert len(lines) == len(later.dataset.facts) + 1
    assert any("lohnkostenzuschuss-hoechstanteil: zuletzt geprüft am 30. November 2026" in line for line in lines)
    # Every real fact carries the line where it starts in data/facts.yaml.
    text = (ROOT / "data" / "facts.yaml").read_text(encoding="utf-8").splitlines()
    for fact in later.dataset.facts.values():
        assert text[fact.line - 1].strip() == f"- id: {fact.id}"


def test_transform_page_puts_the_stand_of_a_real_page():
    owner = Build.load(ROOT, now=datetime(2026, 11, 30, 12, tzinfo=BERLIN))
    source = (ROOT / "content" / "geld-und-versicherung.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
    html = owner.transform_page(source, {"checked": "2026-11-30"}, "geld-und-versicherung.md")
    assert 'Stand: <time datetime="2026-11-30">30. November 2026</time>' in html
    assert "portal:" not in html
