"""Whether a Prüfgruppe (readers from the target group) has checked a Leichte-Sprache page.

The rule checker only flags; a text counts as Leichte Sprache once a Prüfgruppe
confirmed it. Editors record that in the page's front matter:

    pruefung:
      gruppe: Prüfgruppe Leichte Sprache Musterstadt
      datum: 2026-11-20
"""

from __future__ import annotations

from datetime import date

from portal.errors import Problem
from portal.render import render

FIELD = "pruefung"


def review_problems(meta: dict, page: str) -> list[Problem]:
    """German problems with the ``pruefung`` front matter of one page."""
    review = meta.get(FIELD)
    if review is None:
        return []
    hint = "Schreiben Sie: pruefung: {gruppe: Name der Prüfgruppe, datum: JJJJ-MM-TT}"
    if not isinstance(review, dict) or set(review) != {"gruppe", "datum"}:
        return [Problem(page, 1, FIELD, "Die Angabe zur Prüfung braucht genau die Felder gruppe und datum", hint)]
    problems = []
    if not isinstance(review["gruppe"], str) or not review["gruppe"].strip() or "<" in review["gruppe"]:
        problems.append(Problem(page, 1, f"{FIELD}.gruppe", "Der Name der Prüfgruppe fehlt oder enthält HTML", hint))
    if not isinstance(review["datum"], date):
        problems.append(Problem(page, 1, f"{FIELD}.datum", f"„{review['datum']}“ ist kein Datum", hint))
    return problems


def review_note(meta: dict) -> str:
    """Markdown for the end of a Leichte-Sprache page: checked by whom and when, or not yet checked."""
    review = meta.get(FIELD)
    return render("review.md", review=review)


READ_ALOUD_SLOT = '<div class="portal-read-aloud" hidden></div>'


def easy_reading_layout(markdown: str) -> str:
    """Wrap a Leichte-Sprache page for its reading layout (CSS .portal-easy).

    A slot for the Vorlesen control follows the page heading; read-aloud.js fills
    it, and the CSS keeps its room from the first paint so nothing jumps.
    """
    lines = markdown.split("\n")
    for number, line in enumerate(lines):
        if line.startswith("# "):
            lines[number + 1 : number + 1] = ["", READ_ALOUD_SLOT, ""]
            break
    body = "\n".join(lines)
    return f'<div class="portal-easy" markdown>\n\n{body}\n\n</div>\n'
