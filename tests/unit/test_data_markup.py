"""Data never becomes markup: every path where data text reaches Markdown, with a hostile schema-valid value.

The paths: glossary abbreviations (tooltips on every page), glossary words
linked on Leichte-Sprache pages, text facts pulled into content pages, and the
record pages' templates (titles, names, link texts). Each value below passes the
schemas; rendered with the site's Markdown extensions, it must stay text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml

from portal.core.load import parse_yaml
from portal.core.model import Context
from portal.core.schemas import SCHEMA_DIR
from portal.core.validate import validate_document
from portal.leichte_sprache.transforms import link_hard_words
from portal.rendering.directives import expand
from portal.types import load_dataset
from portal.types.facts import Fact, fact_markdown
from portal.types.glossary import Term, abbreviations

ROOT = Path(__file__).resolve().parents[2]
EVIL = '[x](https://evil.example){: style="position:fixed;inset:0" }'
HOSTILE = [
    EVIL,
    "Wort](https://evil.example) und [mehr",
    "*[WfbM]: Übernahme",
    "{: onclick=alert(1) }",
    "![bild](https://evil.example/x.png)",
    "Text\\\n{: style=a}",
    '""',
]
EXTENSIONS = ["abbr", "attr_list", "def_list", "md_in_html", "tables", "toc", "admonition", "pymdownx.details", "pymdownx.superfences"]


def html_of(text: str, abbreviations_: dict[str, str] | None = None) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS, extension_configs={"abbr": {"glossary": abbreviations_ or {}}})


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def assert_inert(html: str) -> None:
    """No element the data could have made: no off-site link, no image, no style or event handler."""
    parser = _Elements()
    parser.feed(html)
    for tag, attrs in parser.found:
        assert tag not in ("img", "script", "iframe"), html
        assert not (tag == "a" and "evil" in attrs.get("href", "")), html
        assert not {"style", "onclick"} & set(attrs), html


@pytest.mark.parametrize("term", HOSTILE)
def test_a_glossary_term_stays_text_in_the_abbreviation_tooltip(term):
    entry = {"id": "wfbm", "term": term, "abbreviation": "WfbM", "explanation": "E.", "explanation_leichte_sprache": "L."}
    document = parse_yaml(yaml.safe_dump({"terms": [entry]}, allow_unicode=True), "data/glossary.yaml")
    schema_problems = validate_document(document, SCHEMA_DIR / "glossary.schema.json")
    assert schema_problems == [] or term == "Text\\\n{: style=a}", schema_problems
    table = abbreviations([Term("wfbm", term, "E.", "L.", "WfbM")])
    html = html_of("Die WfbM zahlt.\n\nNoch ein Absatz.", table)
    assert_inert(html)
    if table:
        assert '<abbr title="' in html


def test_an_abbreviation_outside_the_allowed_form_never_reaches_the_extension():
    assert abbreviations([Term("a", "Titel", "E.", "L.", "W]: [x](https://evil.example)")]) == {}
    assert abbreviations([Term("a", "   ", "E.", "L.", "WfbM")]) == {}
    assert abbreviations([Term("a", "''", "E.", "L.", "WfbM")]) == {}


def elements(html: str) -> list[tuple[str, dict]]:
    parser = _Elements()
    parser.feed(html)
    return parser.found


@pytest.mark.parametrize("word", HOSTILE + ["Werkstatt"])
def test_a_glossary_word_on_an_easy_page_adds_nothing_but_its_link(word):
    """Whatever the page says, linking the glossary's words adds only links to the Wörterbuch."""
    page = f"# Seite\n\nHier steht {word} im Text.\n\nEin Knopf {{: .Werkstatt }} und [Werkstatt][ref] und <!-- Werkstatt -->.\n\n[ref]: seite.md\n"
    linked = link_hard_words(page, [Term("wfbm", "Werkstatt für behinderte Menschen", "E.", "L.", variants=(word,))], "leichte-sprache/seite.md")
    before = elements(html_of(page))
    after = [item for item in elements(html_of(linked)) if not (item[0] == "a" and item[1].get("href", "").startswith("woerterbuch.md#"))]
    assert after == before
    # Attribute lists, reference links and comments are never touched.
    assert "{: .Werkstatt }" in linked and "[Werkstatt][ref]" in linked and "<!-- Werkstatt -->" in linked
    if word == "Werkstatt":
        assert "[Werkstatt](woerterbuch.md#wfbm) im Text" in linked


def test_link_text_is_escaped_even_for_a_plain_word():
    linked = link_hard_words("Das ist die Werk*statt.\n", [Term("w", "Werk*statt", "E.", "L.")], "leichte-sprache/a.md")
    assert "Werk*statt" in linked and "](" not in linked  # a word with Markdown syntax is not linked at all


@pytest.mark.parametrize("text", HOSTILE)
def test_a_text_fact_stays_text_on_a_content_page(text):
    fact = Fact("x", None, None, "L", {"title": "Q", "url": "https://example.org/"}, "2026-01-15", text=text, text_easy=text)
    html = html_of(f"Es gilt: {fact_markdown(fact)}.")
    assert_inert(html)


def test_the_fact_directive_escapes_the_real_path(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "facts.yaml").write_text(
        "facts:\n  - id: regel\n    label: L\n    text: " + yaml.safe_dump(EVIL).strip().split("\n")[0] + "\n    text_leichte_sprache: Einfach.\n"
        "    source: {title: Q, url: 'https://example.org/'}\n    checked: '2026-01-15'\n",
        encoding="utf-8",
    )
    dataset = load_dataset(tmp_path)
    out = expand("Regel: <!-- portal:fact id=regel -->", "x.md", Context(dataset, None))
    assert_inert(html_of(out))
    assert "evil.example" in html_of(out)  # still shown, as text
