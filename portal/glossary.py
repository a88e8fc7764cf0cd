"""The Wörterbuch: terms with explanations in standard German and in Leichte Sprache.

Abbreviations become Markdown abbreviation definitions on every page (tooltips
through the ``abbr`` extension), hard words on Leichte-Sprache pages link to
their entry, and the Leichte-Sprache explanations pass the same checker as the
pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from portal.errors import Problem
from portal.leichte_sprache.checker import check_text
from portal.leichte_sprache.model import Severity
from portal.load import expect_mapping, read_or_report
from portal.render import plain, relative, render
from portal.validate import validate_document

GLOSSARY_FILE = Path("data") / "glossary.yaml"
EASY_GLOSSARY_PAGE = "leichte-sprache/woerterbuch.md"
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
    if not path.exists():
        return []
    # Two hooks need the glossary in every build; checking its Leichte-Sprache
    # texts is the costly part, so the result is kept per file content (a changed
    # file, schema or root is read afresh, as `mkdocs serve` rebuilds need).
    terms, found = _load_cached(root, schemas, path.read_bytes(), (schemas / "glossary.schema.json").read_bytes())
    problems += found
    return list(terms)


@lru_cache(maxsize=4)
def _load_cached(root: Path, schemas: Path, content: bytes, schema: bytes) -> tuple[tuple[Term, ...], tuple[Problem, ...]]:
    problems: list[Problem] = []
    terms = _load(root, schemas, problems)
    return tuple(terms), tuple(problems)


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
    for index, entry in enumerate(document.data["terms"]):
        line = document.line(("terms", index))
        for word in [entry["term"], entry.get("abbreviation"), *entry.get("variants", [])]:
            if word is None:
                continue
            key = word.casefold()
            if key in seen:
                problems.append(Problem(document.display, line, f"terms[{index}]", f"„{word}“ steht schon in einem anderen Eintrag (Zeile {seen[key]})", "Jedes Wort darf nur zu einem Eintrag gehören."))
            seen[key] = line
        easy_line = document.line(("terms", index, "explanation_leichte_sprache"))
        for finding in check_text(entry["explanation_leichte_sprache"]):
            if finding.severity is Severity.ERROR:
                problems.append(
                    Problem(document.display, easy_line + finding.line, f"terms[{index}].explanation_leichte_sprache", f"[{finding.rule}] {finding.message}", "Die Erklärung in Leichter Sprache muss die Regeln für Leichte Sprache einhalten.")
                )
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


def abbreviation_definitions(terms: list[Term]) -> str:
    """Markdown abbreviation definitions, appended to every page like a snippets auto-append file."""
    lines = [f"*[{term.abbreviation}]: {plain(term.term)}" for term in terms if term.abbreviation]
    return "\n\n" + "\n".join(lines) + "\n" if lines else ""


def glossary_listing(terms: list[Term], easy: bool) -> str:
    """The Wörterbuch page body, one heading with an anchor per term."""
    return render("glossary.md", terms=terms, easy=easy)


# Text outside these is prose; links, headings, HTML and definitions are left alone.
_SKIP_LINE = re.compile(r"^\s*(#|\*\[|<|\||```|---|\[.*\]:)")
_LINK_OR_CODE = re.compile(r"\[[^\]]*\]\([^)]*\)|`[^`]*`|<[^>]+>")


def link_hard_words(markdown: str, terms: list[Term], page: str) -> str:
    """Link the first mention of each glossary word on a Leichte-Sprache page to its Wörterbuch entry."""
    target = relative(EASY_GLOSSARY_PAGE, page)
    if page == EASY_GLOSSARY_PAGE:
        return markdown
    pending = {word: term for term in terms for word in sorted(term.words, key=len, reverse=True)}
    lines = markdown.split("\n")
    in_front_matter = lines[:1] == ["---"]
    for number, line in enumerate(lines):
        if in_front_matter:
            in_front_matter = not (number > 0 and line == "---")
            continue
        if not pending or _SKIP_LINE.match(line):
            continue
        lines[number] = _link_line(line, pending, target)
    return "\n".join(lines)


def _link_line(line: str, pending: dict[str, Term], target: str) -> str:
    for word in sorted(pending, key=len, reverse=True):
        term = pending.get(word)
        if term is None:
            continue
        protected = [(match.start(), match.end()) for match in _LINK_OR_CODE.finditer(line)]
        for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", line):
            if any(start <= match.start() < end for start, end in protected):
                continue
            link = f"[{match.group()}]({target}#{term.id})"
            line = line[: match.start()] + link + line[match.end() :]
            for spelling in term.words:
                pending.pop(spelling, None)
            break
    return line
