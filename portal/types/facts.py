"""Figures used in running text (data/facts.yaml), so that a changed figure changes everywhere."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from portal.core.errors import Problem
from portal.core.model import Directive, RecordType
from portal.core.load import expect_mapping, read_or_report
from portal.core.validate import validate_document
from portal.rendering.render import md_text

FACTS_FILE = Path("data") / "facts.yaml"
# Standard text uses the sign, Leichte Sprache the word (special characters are avoided there).
UNIT_SIGNS = {"Prozent": "%", "Euro": "€"}


@dataclass(frozen=True)
class Fact:
    """One figure with unit, or one statement in words (standard and Leichte Sprache), with label, source and Stand."""

    id: str
    value: float | None
    unit: str | None
    label: str
    source: dict
    checked: str
    text: str | None = None
    text_easy: str | None = None


def load_facts(root: Path, schemas: Path, problems: list[Problem]) -> dict[str, Fact]:
    """Read data/facts.yaml; append problems, never raise."""
    path = root / FACTS_FILE
    if not (path.exists() or path.is_symlink()):
        return {}
    document = read_or_report(path, root, problems)
    if document is None or not expect_mapping(document, problems):
        return {}
    found = validate_document(document, schemas / "facts.schema.json")
    problems += found
    if found:
        return {}
    facts: dict[str, Fact] = {}
    for index, entry in enumerate(document.data["facts"]):
        if entry["id"] in facts:
            problems.append(Problem(document.display, document.line(("facts", index, "id")), f"facts[{index}].id", f"Die Kennung „{entry['id']}“ gibt es schon", "Wählen Sie eine andere Kennung."))
            continue
        facts[entry["id"]] = Fact(entry["id"], entry.get("value"), entry.get("unit"), entry["label"], entry["source"], entry["checked"], entry.get("text"), entry.get("text_leichte_sprache"))
    return facts


def format_number(value: float) -> str:
    """German digits: 3955 → 3.955, 0.5 → 0,5."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".").rstrip("0").rstrip(",")


def fact_text(fact: Fact, form: str = "standard") -> str:
    """The figure as it stands in a sentence: "75 %" / "3.955 €", or "75 Prozent" in Leichte Sprache; a statement in words as written."""
    if fact.text is not None:
        return fact.text_easy if form == "leicht" else fact.text
    unit = fact.unit if form == "leicht" else UNIT_SIGNS.get(fact.unit, fact.unit)
    return f"{format_number(fact.value)}\u00a0{unit}"


def fact_markdown(fact: Fact, form: str = "standard") -> str:
    """``fact_text`` for a content page's Markdown: escaped (a text fact is data, never markup), no-break spaces kept."""
    return "\u00a0".join(str(md_text(part)) for part in fact_text(fact, form).split("\u00a0"))


TYPE = RecordType(
    name="facts",
    counted_as=("", ""),  # not in the build log's counts
    source=FACTS_FILE.as_posix(),
    schema="facts.schema.json",
    load=load_facts,
    directives={
        "fact": Directive(
            {"id": lambda ctx: tuple(ctx.dataset.facts), "form": ("standard", "leicht")},
            lambda ctx, page, id, form="standard": fact_markdown(ctx.dataset.facts[id], form),  # noqa: A002 - the directive's argument
        ),
    },
)
