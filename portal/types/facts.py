"""Figures and legal statements used in running text (data/facts.yaml), so that a changed fact changes everywhere.

Each fact carries its own check date. A content page's „Stand“ is derived
from the facts it uses (``<!-- portal:stand -->``), and every build lists the
facts whose check is older than twelve months.
"""

from __future__ import annotations

import shlex
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from portal.core.errors import DataError, Problem
from portal.core.model import Directive, RecordType
from portal.core.load import expect_mapping, read_or_report
from portal.core.validate import validate_document
from portal.rendering.directives import DIRECTIVE
from portal.rendering.render import date_de, md_text, safe_url
from portal.rendering.twins import is_easy

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
    line: int = 0  # where the entry starts in data/facts.yaml


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
        facts[entry["id"]] = Fact(entry["id"], entry.get("value"), entry.get("unit"), entry["label"], entry["source"], entry["checked"], entry.get("text"), entry.get("text_leichte_sprache"), document.line(("facts", index)))
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


# --- Stand of a page: the oldest check of what the page states -------------------

STAND = "stand"
STAND_FIELD = "checked"  # front matter: when the page's own text was last compared with its sources
STAND_HINT = 'Tragen Sie oben im Front Matter das Datum ein, an dem Sie den Text der Seite mit den Quellen verglichen haben, z. B. checked: "2026-11-30".'


def facts_used(markdown: str) -> list[str]:
    """The ids of every ``portal:fact`` directive in ``markdown``, in order, each once."""
    found: list[str] = []
    for match in DIRECTIVE.finditer(markdown):
        if match.group("name") != "fact":
            continue
        try:
            tokens = shlex.split(match.group("args"))
        except ValueError:
            continue  # the directive table reports the broken directive itself
        for token in tokens:
            key, _, value = token.partition("=")
            if key == "id" and value not in found:
                found.append(value)
    return found


def _page_checked(meta: dict, page: str) -> date | None:
    value = meta.get(STAND_FIELD)
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        if len(str(value)) == 10:
            return date.fromisoformat(str(value))
    except ValueError:
        pass
    raise DataError([Problem(page, 1, STAND_FIELD, f"„{value}“ ist kein Datum in der Form JJJJ-MM-TT", STAND_HINT)])


def page_stand(markdown: str, meta: dict, page: str, facts: dict[str, Fact]) -> date | None:
    """The honest Stand of a page: the OLDEST check date among the facts it uses and its own ``checked``.

    A page is only as current as the least recently checked statement on it.
    None if the page neither uses a fact nor gives its own date.
    """
    dates = [date.fromisoformat(facts[fact_id].checked) for fact_id in facts_used(markdown) if fact_id in facts]
    own = _page_checked(meta, page)
    if own is not None:
        dates.append(own)
    return min(dates) if dates else None


def stand_html(day: date, page: str, from_facts: bool) -> str:
    """The Stand line as it ends a page (an HTML block, so no layout step rewraps it)."""
    why = " (älteste Prüfung der Angaben auf dieser Seite)" if from_facts and not is_easy(page) else ""
    return f'<p class="portal-source portal-stand">Stand: <time datetime="{day.isoformat()}">{date_de(day)}</time>{why}</p>'


def apply_stand(markdown: str, meta: dict, page: str, facts: dict[str, Fact]) -> str:
    """Replace ``<!-- portal:stand -->`` by the page's Stand; a page that uses facts without it gets the line at its end.

    Raises DataError when the directive stands on a page that neither uses a fact nor gives ``checked``.
    """
    matches = [match for match in DIRECTIVE.finditer(markdown) if match.group("name") == STAND]
    day = page_stand(markdown, meta, page, facts)
    if day is None:
        if matches:
            line = markdown.count("\n", 0, matches[0].start()) + 1
            raise DataError([Problem(page, line, f"portal:{STAND}", "Die Seite nutzt keine Angabe aus data/facts.yaml, aus der sich ein Stand ergibt", STAND_HINT)])
        return markdown
    for match in matches:
        if match.group("args").strip():
            line = markdown.count("\n", 0, match.start()) + 1
            raise DataError([Problem(page, line, f"portal:{STAND}", "portal:stand hat keine Argumente; der Stand ergibt sich aus den Angaben der Seite", "Schreiben Sie nur <!-- portal:stand -->.")])
    line = stand_html(day, page, bool(facts_used(markdown)))
    if not matches:
        return markdown.rstrip("\n") + "\n\n" + line + "\n"
    return DIRECTIVE.sub(lambda match: f"\n{line}\n" if match.group("name") == STAND else match.group(0), markdown)


def _stand_outside_a_page(ctx, page):
    raise DataError([Problem(page, 1, f"portal:{STAND}", "portal:stand gehört in eine Inhaltsseite unter content/", "Der Stand wird aus den portal:fact-Angaben der Seite berechnet.")])


# --- Staleness: facts whose check is older than twelve months --------------------

STALE_AFTER_MONTHS = 12


def _months_before(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the month's last day if that month is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def stale_facts(facts: dict[str, Fact], now: datetime | date) -> list[Fact]:
    """Facts last checked more than twelve months before the build day, oldest first."""
    today = now.date() if isinstance(now, datetime) else now
    limit = _months_before(today, STALE_AFTER_MONTHS)
    return sorted((fact for fact in facts.values() if date.fromisoformat(fact.checked) < limit), key=lambda fact: (fact.checked, fact.id))


def staleness_lines(facts: dict[str, Fact], now: datetime | date) -> list[str]:
    """Build-log lines (German) naming every stale fact with file, line, check date and source."""
    stale = stale_facts(facts, now)
    if not stale:
        return []
    lines = [f"HINWEIS: {len(stale)} {'Angabe' if len(stale) == 1 else 'Angaben'} in {FACTS_FILE.as_posix()} seit mehr als {STALE_AFTER_MONTHS} Monaten nicht geprüft – bitte mit der Quelle vergleichen und checked erneuern:"]
    for fact in stale:
        lines.append(f"  {FACTS_FILE.as_posix()}:{fact.line} {fact.id}: zuletzt geprüft am {date_de(date.fromisoformat(fact.checked))} – Quelle: {fact.source['url']}")
    return lines



def fact_source(fact: Fact) -> str:
    """What the fact says and where it comes from, for a page's list of sources: label, linked source, Stand."""
    # Data never becomes markup: label and title are escaped for Markdown, the URL is checked.
    return f"{md_text(fact.label)}: [{md_text(fact.source['title'])}](<{safe_url(fact.source['url'])}>), Stand: {date_de(fact.checked)}"

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
            {"id": lambda ctx: tuple(ctx.dataset.facts), "form": ("standard", "leicht", "quelle")},
            lambda ctx, page, id, form="standard": fact_source(ctx.dataset.facts[id]) if form == "quelle" else fact_markdown(ctx.dataset.facts[id], form),  # noqa: A002 - the directive's argument
        ),
        # Expanded by the build owner before the other directives (it needs the whole page); listed here for the error messages.
        STAND: Directive({}, _stand_outside_a_page),
    },
)
