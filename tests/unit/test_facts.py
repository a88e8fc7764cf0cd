"""Figures used in text come from data/facts.yaml."""

import re
from pathlib import Path

from portal.types import load_dataset
from portal.core.model import Context
from portal.rendering.directives import expand
from portal.core.errors import Problem
from portal.types.facts import Fact, fact_text, format_number, load_facts
from portal.core.schemas import SCHEMA_DIR

ROOT = Path(__file__).resolve().parents[2]


def test_german_number_format():
    assert format_number(3955) == "3.955"
    assert format_number(269815) == "269.815"
    assert format_number(0.5) == "0,5"


def test_units_as_signs_in_standard_and_words_in_leichte_sprache():
    fact = Fact("x", 75, "Prozent", "L", {"title": "Q"}, "2026-01-01")
    assert fact_text(fact) == "75\u00a0%"
    assert fact_text(fact, "leicht") == "75\u00a0Prozent"


def test_real_facts_are_valid_and_the_directive_renders_them():
    dataset = load_dataset(ROOT)
    assert dataset.facts["lohnkostenzuschuss-hoechstanteil"].value == 75
    text = expand("bis zu <!-- portal:fact id=lohnkostenzuschuss-hoechstanteil form=leicht -->.", "x.md", Context(dataset, None))
    assert text == "bis zu 75\u00a0Prozent."


def test_duplicate_fact_id_is_reported(tmp_path):
    entry = "  - id: a\n    value: 1\n    unit: Jahre\n    label: L\n    source: {title: Q, url: 'https://example.org/'}\n    checked: '2026-01-01'\n"
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "facts.yaml").write_text("facts:\n" + entry + entry, encoding="utf-8")
    problems: list[Problem] = []
    load_facts(tmp_path, SCHEMA_DIR, problems)
    assert [(problem.line, problem.field) for problem in problems] == [(8, "facts[1].id")]


def test_source_form_names_label_linked_source_and_stand():
    dataset = load_dataset(ROOT)
    text = expand("- <!-- portal:fact id=widerspruch-frist form=quelle -->", "x.md", Context(dataset, None))
    assert text == "- Frist und Form des Widerspruchs: [§ 84 SGG – Frist und Form des Widerspruchs](<https://www.gesetze-im-internet.de/sgg/__84.html>), Stand: 30. November 2026"


def test_every_legal_statement_of_the_letter_pages_is_a_sourced_fact_listed_under_sources():
    """/antrag-schreiben/: each fact the page states is also listed with its source (form=quelle)."""
    page = (ROOT / "content" / "antrag-schreiben.md").read_text(encoding="utf-8")
    stated = set(re.findall(r"portal:fact id=(\S+) -->", page))
    listed = set(re.findall(r"portal:fact id=(\S+) form=quelle -->", page))
    assert stated and stated == listed
    easy = (ROOT / "content" / "leichte-sprache" / "antrag-schreiben.md").read_text(encoding="utf-8")
    assert set(re.findall(r"portal:fact id=(\S+) form=leicht -->", easy)) <= stated


def test_leichte_sprache_letter_page_passes_the_checker_with_its_facts_filled_in():
    """The build checks the page as written; this checks it as read, with the facts' Leichte-Sprache sentences."""
    from portal.leichte_sprache.checker import check_page  # noqa: PLC0415 - only this test needs the checker
    from portal.leichte_sprache.model import Severity  # noqa: PLC0415

    dataset = load_dataset(ROOT)
    source = (ROOT / "content" / "leichte-sprache" / "antrag-schreiben.md").read_text(encoding="utf-8")
    read = re.sub(r"<!-- portal:fact id=(\S+) form=leicht -->", lambda m: dataset.facts[m.group(1)].text_easy, source)
    errors = [finding for finding in check_page(read, "antrag-schreiben.md") if finding.severity is Severity.ERROR]
    assert not errors, errors
