"""The Wörterbuch: loading, tooltips, links from Leichte-Sprache pages."""

from pathlib import Path

from portal.core.errors import Problem
from portal.types.glossary import Term, abbreviations, load_glossary
from portal.leichte_sprache.transforms import link_hard_words
from portal.core.schemas import SCHEMA_DIR

ROOT = Path(__file__).resolve().parents[2]
TERMS = [
    Term("wfbm", "Werkstatt für behinderte Menschen", "E", "L", abbreviation="WfbM", variants=("Werkstatt",)),
    Term("budget-fuer-arbeit", "Budget für Arbeit", "E", "L"),
]


def test_real_glossary_is_valid_and_its_easy_explanations_pass_the_checker():
    problems: list[Problem] = []
    terms = load_glossary(ROOT, SCHEMA_DIR, problems)
    assert problems == []
    assert len(terms) >= 10
    assert [term.term.casefold() for term in terms] == sorted(term.term.casefold() for term in terms)


def test_easy_explanation_breaking_a_rule_is_a_data_problem(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "glossary.yaml").write_text(
        "terms:\n  - id: x\n    term: X-Wort\n    explanation: Erklärung.\n    explanation_leichte_sprache: |-\n      Das Amt würde Ihnen gemäß § 61 den Zuschuss zahlen, wenn der Betrieb es beantragt hätte.\n",
        encoding="utf-8",
    )
    problems: list[Problem] = []
    load_glossary(tmp_path, SCHEMA_DIR, problems)
    assert problems, "a rule-breaking explanation must be reported"
    assert all(problem.field == "terms[0].explanation_leichte_sprache" and problem.line == 5 for problem in problems)
    assert any("§" in problem.message and problem.message.startswith("Leichte Sprache:") for problem in problems)


def test_the_same_word_in_two_entries_is_reported(tmp_path):
    (tmp_path / "data").mkdir()
    entry = "  - id: {id}\n    term: Werkstatt\n    explanation: E.\n    explanation_leichte_sprache: L.\n"
    (tmp_path / "data" / "glossary.yaml").write_text("terms:\n" + entry.format(id="a") + entry.format(id="b"), encoding="utf-8")
    problems: list[Problem] = []
    load_glossary(tmp_path, SCHEMA_DIR, problems)
    assert [problem.line for problem in problems] == [6]
    assert "steht schon" in problems[0].message


def test_abbreviations_become_a_setting_of_the_abbr_extension():
    assert abbreviations(TERMS) == {"WfbM": "Werkstatt für behinderte Menschen"}


def test_two_entries_with_one_id_are_reported(tmp_path):
    (tmp_path / "data").mkdir()
    entry = "  - id: gleich\n    term: {term}\n    explanation: E.\n    explanation_leichte_sprache: L.\n"
    (tmp_path / "data" / "glossary.yaml").write_text("terms:\n" + entry.format(term="Eins") + entry.format(term="Zwei"), encoding="utf-8")
    problems: list[Problem] = []
    load_glossary(tmp_path, SCHEMA_DIR, problems)
    [problem] = problems
    assert (problem.file, problem.line, problem.field) == ("data/glossary.yaml", 6, "terms[1].id")
    assert "Die Kennung „gleich“ gibt es schon (Zeile 2)" in problem.message


def test_first_mention_on_an_easy_page_links_to_the_entry():
    markdown = "# Werkstatt\n\nSie arbeiten in der Werkstatt.\n\nDie Werkstatt ist gut. Das Budget für Arbeit hilft.\n"
    linked = link_hard_words(markdown, TERMS, "leichte-sprache/budget-fuer-arbeit.md")
    assert linked.count("](woerterbuch.md#wfbm)") == 1
    assert "Sie arbeiten in der [Werkstatt](woerterbuch.md#wfbm)." in linked
    assert "[Budget für Arbeit](woerterbuch.md#budget-fuer-arbeit)" in linked
    assert linked.startswith("# Werkstatt\n")


def test_existing_links_front_matter_and_code_are_left_alone():
    markdown = "---\ntitle: Werkstatt\n---\n\n[Zur Werkstatt](x.md) und `Werkstatt` und Werkstatt.\n"
    linked = link_hard_words(markdown, TERMS, "leichte-sprache/a/b.md")
    assert "title: Werkstatt\n" in linked
    assert "[Zur Werkstatt](x.md) und `Werkstatt` und [Werkstatt](../woerterbuch.md#wfbm)." in linked
