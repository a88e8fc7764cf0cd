"""Rule ``prozent``: warn about percentages."""

from __future__ import annotations

import re

from portal.leichte_sprache.model import Hit, Page, Rule, Severity

# Netzwerk Leichte Sprache / BMAS-Ratgeber: "Vermeiden Sie hohe Zahlen und Prozent-Zahlen"
# (write "viele", "die Hälfte"). "Vermeiden" → warning; the % sign itself is a special
# character and fails as ``sonderzeichen``.
PERCENT_WORDS = re.compile(r"^(prozent|prozentpunkte?|promille)$", re.IGNORECASE)


def find(page: Page):
    """Each percentage word."""
    for sentence in page.sentences:
        for token in sentence.words:
            if PERCENT_WORDS.match(token.text):
                yield Hit(token.line, (token.text,))


def message(hit: Hit) -> str:
    """German message."""
    return f"Prozent-Zahl: „{hit.words[0]}“. Schreiben Sie lieber „die Hälfte“, „viele“ oder „wenige“."


RULE = Rule(
    id="prozent",
    severity=Severity.WARNING,
    title="Keine Prozent-Zahlen",
    source="Netzwerk Leichte Sprache; BMAS-Ratgeber",
    find=find,
    message=message,
)
