"""What a Leichte-Sprache content page goes through: Prüfgruppe note, hard-word links, reading layout.

Whether a Prüfgruppe (readers from the target group) has checked a Leichte-Sprache page.

The rule checker only flags; a text counts as Leichte Sprache once a Prüfgruppe
confirmed it. Editors record that in the page's front matter:

    pruefung:
      gruppe: Prüfgruppe Leichte Sprache Musterstadt
      datum: 2026-11-20
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from portal.core.errors import Problem
from portal.rendering.paths import relative
from portal.rendering.render import md_text, render

if TYPE_CHECKING:  # terms come from the glossary type; only their shape is used here
    from portal.types.glossary import Term

EASY_GLOSSARY_PAGE = "leichte-sprache/woerterbuch.md"

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
    return render("leichte_sprache/review.md", review=review)


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


# Text outside these is prose; links, headings, HTML and definitions are left alone.
_SKIP_LINE = re.compile(r"^\s*(#|\*\[|<|\||```|~~~|---|\[.*\]:|!!!|\?\?\?|\{)")
# Inline syntax a link must not be put into: links and images (inline, reference,
# footnote), code, HTML tags and comments, attribute lists, entities, bare URLs.
_PROTECTED = re.compile(
    r"!?\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])?|`[^`]*`|<[^>]*>|\{[^}]*\}|&#?\w+;|https?://\S+"
)
# A glossary word with Markdown or HTML syntax in it is never linked: it is data, and
# inside a link text it could close the link or start an attribute list.
_LINKABLE_WORD = re.compile(r"[^\\`*_\[\]<>&#|!{}()~^=\n]+")


def link_hard_words(markdown: str, terms: list[Term], page: str) -> str:
    """Link the first mention of each glossary word on a Leichte-Sprache page to its Wörterbuch entry."""
    target = relative(EASY_GLOSSARY_PAGE, page)
    if page == EASY_GLOSSARY_PAGE:
        return markdown
    pending = {
        word: term
        for term in terms
        for word in sorted(term.words, key=len, reverse=True)
        if word.strip() and _LINKABLE_WORD.fullmatch(word) and _SAFE_ID.fullmatch(term.id)
    }
    lines = markdown.split("\n")
    in_front_matter = lines[:1] == ["---"]
    in_fence = False
    for number, line in enumerate(lines):
        if in_front_matter:
            in_front_matter = not (number > 0 and line == "---")
            continue
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if in_fence or not pending or _SKIP_LINE.match(line) or line.startswith(("    ", "\t")):
            continue
        lines[number] = _link_line(line, pending, target)
    return "\n".join(lines)


_SAFE_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def _link_line(line: str, pending: dict[str, Term], target: str) -> str:
    for word in sorted(pending, key=len, reverse=True):
        term = pending.get(word)
        # Most words are not in a given line: a substring test spares the regular expression.
        if term is None or word not in line:
            continue
        protected = [(match.start(), match.end()) for match in _PROTECTED.finditer(line)]
        for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", line):
            if any(start <= match.start() < end or start < match.end() <= end for start, end in protected):
                continue
            link = f"[{md_text(match.group())}]({target}#{term.id})"
            line = line[: match.start()] + link + line[match.end() :]
            for spelling in term.words:
                pending.pop(spelling, None)
            break
    return line
