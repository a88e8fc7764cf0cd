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
from html import escape
from pathlib import Path

from markupsafe import Markup

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
    everyday: tuple[str, ...] = ()
    page: str | None = None

    @property
    def words(self) -> tuple[str, ...]:
        """Every spelling that names this term in a text."""
        return (self.term, *self.variants) + ((self.abbreviation,) if self.abbreviation else ())

    @property
    def search_words(self) -> tuple[str, ...]:
        """Every word a reader may search with for this term: its spellings and the everyday words."""
        return (*self.words, *self.everyday)


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
        for word in [entry["term"], entry.get("abbreviation"), *entry.get("variants", []), *entry.get("everyday", [])]:
            if word is None:
                continue
            key = word.casefold()
            if key in seen:
                problems.append(Problem(document.display, line, f"terms[{index}]", f"„{word}“ steht schon in einem anderen Eintrag (Zeile {seen[key]})", "Jedes Wort darf nur zu einem Eintrag gehören."))
            seen[key] = line
        page = entry.get("page")
        # A data-only folder (no content/) cannot be checked against pages.
        if page is not None and (root / "content").is_dir() and not (root / "content" / page).is_file():
            problems.append(
                Problem(
                    document.display,
                    document.line(("terms", index, "page")),
                    f"terms[{index}].page",
                    f"Die Seite content/{page} gibt es nicht",
                    "Geben Sie den Pfad einer Seite in Standardsprache unter content/ an, zum Beispiel geld-und-versicherung.md, oder lassen Sie das Feld weg.",
                )
            )
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
                everyday=tuple(entry.get("everyday", [])),
                page=page,
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


SEARCH_TERMS_WEIGHT = 6  # like an h2 (Pagefind's default weights: h1 7, h2 6, text 1)
EASY_PREFIX = "leichte-sprache/"
_FIRST_HEADING = re.compile(r"^# .*$", re.MULTILINE)


def search_terms_html(words: list[str] | tuple[str, ...], meta: bool = False) -> Markup:
    """A hidden block with search words for Pagefind: not shown, not read by screen readers (``hidden``), but indexed with a weight.

    ``meta``: also hand the words to the search UI as the page's metadata
    ``suchwoerter`` (one per page), which shortens them in excerpts.
    """
    unique = list(dict.fromkeys(words))
    text = ", ".join(escape(word) for word in unique)
    meta_attribute = ' data-pagefind-meta="suchwoerter"' if meta else ""
    return Markup(f'<div class="portal-search-terms" hidden data-pagefind-weight="{SEARCH_TERMS_WEIGHT}"{meta_attribute}>{text}</div>')


def page_search_words(terms: list[Term], src_uri: str) -> list[str]:
    """The search words of every term that ``src_uri`` (or its standard twin) explains."""
    standard = src_uri.removeprefix(EASY_PREFIX)
    return [word for term in terms if term.page == standard for word in term.search_words]


def add_search_terms(markdown: str, terms: list[Term], src_uri: str) -> str:
    """Put the search words of the terms this page explains right after its first heading (so excerpts read on from it)."""
    words = page_search_words(terms, src_uri)
    if not words:
        return markdown
    block = "\n\n" + str(search_terms_html(words, meta=True)) + "\n\n"
    heading = _FIRST_HEADING.search(markdown)
    if heading is None:
        return markdown + block
    return markdown[: heading.end()] + block + markdown[heading.end() :]


def glossary_listing(terms: list[Term], easy: bool) -> str:
    """The Wörterbuch page body, one heading with an anchor per term."""
    return render("glossary/glossary.md", terms=terms, easy=easy, search_terms=search_terms_html)


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
