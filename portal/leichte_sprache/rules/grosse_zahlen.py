"""Rule ``grosse-zahlen``: numbers of 5 or more digits are grouped ("12000" → "12.000")."""

from __future__ import annotations

import re

from portal.leichte_sprache.model import Hit, Page, Rule, Severity

# Netzwerk Leichte Sprache / BMAS-Ratgeber: "Schreiben Sie Zahlen so, wie die meisten Menschen
# sie kennen" and split long numbers into groups; the German writing norms (DIN 5008, DIN 1333)
# group digits by three, from 5 digits on, so that 4-digit years stay as they are.
MIN_DIGITS_FOR_GROUPING = 5
_UNGROUPED = re.compile(r"^\d+$")


# Not amounts, and never grouped: telephone and other numbers that start with 0, postal codes
# (5 digits and the town, alone in their line or after a comma: "Ottoplatz 2, 50679 Köln"), and
# numbers in a sentence about a telephone, fax or other number ("Postleitzahlen …
# Telefonnummern werden nicht gegliedert").
CODE_WORDS = ("telefon", "fax", "handy", "nummer", "postleitzahl", "plz")
POSTAL_CODE_DIGITS = 5


def _is_postal_code(tokens, index: int) -> bool:
    token = tokens[index]
    if len(token.text) != POSTAL_CODE_DIGITS or index + 1 >= len(tokens):
        return False
    town = tokens[index + 1]
    starts_unit = index == 0 or tokens[index - 1].text == "," or tokens[index - 1].line != token.line
    after_town = tokens[index + 2] if index + 2 < len(tokens) else None
    ends_unit = after_town is None or not after_town.is_word or after_town.line != town.line
    return town.is_word and town.text[:1].isupper() and starts_unit and ends_unit


def _is_code(tokens, index: int) -> bool:
    if tokens[index].text.startswith("0") or _is_postal_code(tokens, index):
        return True
    return any(code in token.text.lower() for token in tokens for code in CODE_WORDS)


def find(page: Page):
    """Numbers with MIN_DIGITS_FOR_GROUPING or more digits and no separator that are amounts, not codes."""
    for sentence in page.sentences:
        tokens = sentence.tokens
        for index, token in enumerate(tokens):
            if token.is_word and _UNGROUPED.match(token.text) and len(token.text) >= MIN_DIGITS_FOR_GROUPING and not _is_code(tokens, index):
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
