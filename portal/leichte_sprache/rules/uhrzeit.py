"""Rule ``uhrzeit``: times are written "9:00 Uhr"."""

from __future__ import annotations

import re

from portal.leichte_sprache.model import Hit, Page, Rule, Severity

# Netzwerk Leichte Sprache / BMAS-Ratgeber: "Schreiben Sie Uhrzeiten so: 11:00 Uhr". A definite
# form → error. Wrong: "9 Uhr", "9.00 Uhr", "09:00 Uhr", "9:00" without "Uhr".
CLOCK = re.compile(r"^(\d{1,2})[:.](\d{2})$")


def find(page: Page):
    """Times not in the form H:MM Uhr."""
    for sentence in page.sentences:
        tokens = sentence.tokens
        for index, token in enumerate(tokens):
            text = token.text
            following = tokens[index + 1].text if index + 1 < len(tokens) else ""
            clock = CLOCK.match(text)
            if clock and int(clock.group(1)) <= 24 and int(clock.group(2)) < 60:
                right = f"{int(clock.group(1))}:{clock.group(2)} Uhr"
                if following == "Uhr" and ":" in text and not text.startswith("0"):
                    continue
                if following == "Uhr" or ":" in text:
                    written = f"{text} Uhr" if following == "Uhr" else text
                    yield Hit(token.line, (written,), detail=right)
            elif text.isdigit() and following == "Uhr" and int(text) <= 24:
                yield Hit(token.line, (f"{text} Uhr",), detail=f"{int(text)}:00 Uhr")


def message(hit: Hit) -> str:
    """German message."""
    return f"Uhrzeit „{hit.words[0]}“. Schreiben Sie die Uhrzeit so: {hit.detail}."


RULE = Rule(
    id="uhrzeit",
    severity=Severity.ERROR,
    title="Uhrzeit mit Doppel-Punkt",
    source="Netzwerk Leichte Sprache; BMAS-Ratgeber; Leichte Sprache Baden-Württemberg",
    find=find,
    message=message,
)
