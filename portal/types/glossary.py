"""The Wörterbuch: terms with explanations in standard German and in Leichte Sprache.

Abbreviations become tooltips on every page through the ``abbr`` extension's
``glossary`` setting (never as Markdown text: an entry's words are data and
must not become markup), hard words on Leichte-Sprache pages link to their
entry, and the Leichte-Sprache explanations pass the same checker as the
pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from portal.core.errors import Problem, field_path
from portal.core.model import Directive, RecordType
from portal.leichte_sprache.fields import easy_text_problems
from portal.core.load import expect_mapping, read_or_report
from portal.rendering.render import plain, render
from portal.core.validate import validate_document

GLOSSARY_FILE = Path("data") / "glossary.yaml"
GLOSSARY_PAGE = "woerterbuch.md"


@dataclass(frozen=True)
class Term:
    """One entry of the Wörterbuch."""

    id: str
    term: str
    explanation: str
    explanation_easy: str
    abbreviation: str | None = None
    variants: tuple[str, ...] = ()
    source: dict | None = None

    @property
    def words(self) -> tuple[str, ...]:
        """Every spelling that names this term in a text."""
        return (self.term, *self.variants) + ((self.abbreviation,) if self.abbreviation else ())


def load_glossary(root: Path, schemas: Path, problems: list[Problem]) -> list[Term]:
    """Read data/glossary.yaml; append problems (schema, duplicates, Leichte-Sprache errors), never raise."""
    path = root / GLOSSARY_FILE
    if not (path.exists() or path.is_symlink()):
        return []
    return _load(root, schemas, problems)


def _load(root: Path, schemas: Path, problems: list[Problem]) -> list[Term]:
    path = root / GLOSSARY_FILE
    document = read_or_report(path, root, problems)
    if document is None or not expect_mapping(document, problems):
        return []
    found = validate_document(document, schemas / "glossary.schema.json")
    problems += found
    if found:
        return []
    terms: list[Term] = []
    seen: dict[str, int] = {}
    ids: dict[str, int] = {}
    for index, entry in enumerate(document.data["terms"]):
        line = document.line(("terms", index))
        id_line = document.line(("terms", index, "id"))
        if entry["id"] in ids:
            problems.append(
                Problem(
                    document.display,
                    id_line,
                    f"terms[{index}].id",
                    f"Die Kennung „{entry['id']}“ gibt es schon (Zeile {ids[entry['id']]}); sie ist das Sprungziel im Wörterbuch und muss eindeutig sein",
                    "Wählen Sie eine andere Kennung oder führen Sie die beiden Einträge zusammen.",
                )
            )
        ids.setdefault(entry["id"], id_line)
        for word in [entry["term"], entry.get("abbreviation"), *entry.get("variants", [])]:
            if word is None:
                continue
            key = word.casefold()
            if key in seen:
                problems.append(Problem(document.display, line, f"terms[{index}]", f"„{word}“ steht schon in einem anderen Eintrag (Zeile {seen[key]})", "Jedes Wort darf nur zu einem Eintrag gehören."))
            seen[key] = line
        easy_field = ("terms", index, "explanation_leichte_sprache")
        problems += easy_text_problems(entry["explanation_leichte_sprache"], document.display, document.line(easy_field), field_path(easy_field))
        terms.append(
            Term(
                id=entry["id"],
                term=entry["term"],
                explanation=entry["explanation"],
                explanation_easy=entry["explanation_leichte_sprache"],
                abbreviation=entry.get("abbreviation"),
                variants=tuple(entry.get("variants", [])),
                source=entry.get("source"),
            )
        )
    return sorted(terms, key=lambda term: term.term.casefold())


def known_words(terms: list[Term]) -> frozenset[str]:
    """Words the Leichte-Sprache checker treats as explained."""
    return frozenset(word for term in terms for word in term.words)


# What an abbreviation may look like (the schema's rule, checked again here so that
# nothing else ever reaches the abbr extension).
ABBREVIATION = re.compile(r"[A-Za-zÄÖÜäöü.§ ]{2,20}")


def abbreviations(terms: list[Term]) -> dict[str, str]:
    """Abbreviation → written-out term, for the ``abbr`` extension's ``glossary`` setting.

    The extension puts the term into a ``title`` attribute (escaped by the HTML
    serialiser); no Markdown is built from the glossary, so Markdown syntax in
    a term stays text.
    """
    table: dict[str, str] = {}
    for term in terms:
        abbreviation = (term.abbreviation or "").strip()
        title = plain(term.term)
        # An empty title, or '' / "", would remove the abbreviation instead of defining it.
        if ABBREVIATION.fullmatch(abbreviation) and title and title not in ("''", '""'):
            table[abbreviation] = title
    return table


def glossary_listing(terms: list[Term], easy: bool) -> str:
    """The Wörterbuch page body, one heading with an anchor per term."""
    return render("glossary/glossary.md", terms=terms, easy=easy)


TYPE = RecordType(
    name="glossary",
    counted_as=("", ""),  # not in the build log's counts
    source=GLOSSARY_FILE.as_posix(),
    schema="glossary.schema.json",
    load=load_glossary,
    directives={
        "glossary": Directive(
            {"language": ("standard", "leichte-sprache")},
            lambda ctx, page, language="standard": glossary_listing(ctx.dataset.glossary, easy=language == "leichte-sprache"),
        ),
    },
)
