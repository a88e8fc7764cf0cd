"""Rule ``datum``: dates are written "1. März 2026", not 01.03.2026 or 2026-03-01."""

from __future__ import annotations

import re

from portal.leichte_sprache.model import Hit, Page, Rule, Severity

# Netzwerk Leichte Sprache / BMAS-Ratgeber: "Schreiben Sie das Datum so: 3. März 2012" (month as
# a word, no leading zero). A definite form → error.
MONTH_NAMES = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember")
NUMERIC_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})?$")
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH_ABBREVIATIONS = {name[:3]: name for name in MONTH_NAMES} | {"Sept": "September"}


def _spelled(day: str, month: str, year: str | None) -> str | None:
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    return f"{int(day)}. {MONTH_NAMES[int(month) - 1]}" + (f" {year}" if year else "")


def find(page: Page):
    """Numeric dates, ISO dates, day numbers with a leading zero, and abbreviated months."""
    for sentence in page.sentences:
        tokens = sentence.tokens
        for index, token in enumerate(tokens):
            text = token.text
            following = tokens[index + 1].text if index + 1 < len(tokens) else ""
            after = tokens[index + 2].text if index + 2 < len(tokens) else ""
            numeric = NUMERIC_DATE.match(text) or (NUMERIC_DATE.match(text + ".") if following == "." else None)
            iso = ISO_DATE.match(text)
            if numeric and text.count(".") >= 1:
                suggestion = _spelled(numeric.group(1), numeric.group(2), numeric.group(3))
                if suggestion:
                    yield Hit(token.line, (text,), detail=suggestion)
            elif iso:
                suggestion = _spelled(iso.group(3), iso.group(2), iso.group(1))
                if suggestion:
                    yield Hit(token.line, (text,), detail=suggestion)
            elif text.isdigit() and following == "." and (after in MONTH_NAMES or after in _MONTH_ABBREVIATIONS):
                month = _MONTH_ABBREVIATIONS.get(after, after)
                if text.startswith("0") or after != month:
                    yield Hit(token.line, (f"{text}. {after}",), detail=f"{int(text)}. {month}")


def message(hit: Hit) -> str:
    """German message."""
    return f"Datum „{hit.words[0]}“. Schreiben Sie das Datum so: {hit.detail}."


RULE = Rule(
    id="datum",
    severity=Severity.ERROR,
    title="Datum ausschreiben",
    source="Netzwerk Leichte Sprache; BMAS-Ratgeber; Leichte Sprache Baden-Württemberg",
    find=find,
    message=message,
)
