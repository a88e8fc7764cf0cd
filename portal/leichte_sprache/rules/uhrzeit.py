"""Rule ``uhrzeit``: times are written "9:00 Uhr"."""

from __future__ import annotations

import re

from portal.leichte_sprache.model import Hit, Page, Rule, Severity

# Leichte Sprache Baden-Württemberg: "Dann darf keine 0 vor der ersten Zahl stehen. Zum Beispiel
# nicht: 09:00 Uhr. Besser so: 9:00 Uhr." The form is H:MM Uhr; the sources agree on it, so
# "09:00 Uhr", "9.00 Uhr" (a decimal point) and "9:00" without "Uhr" are errors. A full hour
# written "9 Uhr" is no source's example but no source calls it wrong either, and it is the
# way it is spoken: a warning.
CLOCK = re.compile(r"^(\d{1,2})[:.](\d{2})$")


RANGE_WORDS = frozenset({"bis", "-", "–"})


def _range_ends_in_uhr(tokens, index: int) -> bool:
    after = [token.text for token in tokens[index + 1 : index + 4]]
    return len(after) == 3 and after[0] in RANGE_WORDS and bool(CLOCK.match(after[1])) and after[2] == "Uhr"


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
                if ":" in text and not text.startswith("0") and _range_ends_in_uhr(tokens, index):
                    continue  # "von 9:00 bis 12:00 Uhr": one "Uhr" for both times
                if following == "Uhr" or ":" in text:
                    written = f"{text} Uhr" if following == "Uhr" else text
                    yield Hit(token.line, (written,), detail=right)
            elif text.isdigit() and following == "Uhr" and int(text) <= 24:
                severity = Severity.ERROR if text.startswith("0") and text != "0" else Severity.WARNING
                yield Hit(token.line, (f"{text} Uhr",), detail=f"{int(text)}:00 Uhr", severity=severity)


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
