"""Rule ``grosse-zahlen``: numbers of 5 or more digits are grouped ("12000" → "12.000")."""

from __future__ import annotations

import re

from portal.leichte_sprache.model import Hit, Page, Rule, Severity

# Netzwerk Leichte Sprache / BMAS-Ratgeber: "Schreiben Sie Zahlen so, wie die meisten Menschen
# sie kennen" and split long numbers into groups; the German writing norms (DIN 5008, DIN 1333)
# group digits by three, from 5 digits on, so that 4-digit years stay as they are.
MIN_DIGITS_FOR_GROUPING = 5
_UNGROUPED = re.compile(r"^\d+$")


def find(page: Page):
    """Numbers with MIN_DIGITS_FOR_GROUPING or more digits and no separator."""
    for sentence in page.sentences:
        for token in sentence.words:
            if _UNGROUPED.match(token.text) and len(token.text) >= MIN_DIGITS_FOR_GROUPING:
                yield Hit(token.line, (token.text,))


def message(hit: Hit) -> str:
    """German message."""
    number = hit.words[0]
    grouped = f"{int(number):,}".replace(",", ".")
    return f"Große Zahl „{number}“ ohne Trenn-Punkt. Schreiben Sie {grouped}. Noch besser: „viele“ oder „ungefähr …“."


RULE = Rule(
    id="grosse-zahlen",
    severity=Severity.ERROR,
    title="Große Zahlen gliedern",
    source="Netzwerk Leichte Sprache; BMAS-Ratgeber; DIN 5008",
    find=find,
    message=message,
)
