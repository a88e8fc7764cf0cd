"""Figures used in text come from data/facts.yaml."""

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
