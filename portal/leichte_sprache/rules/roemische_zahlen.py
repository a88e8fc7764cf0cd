"""Rule ``roemische-zahlen``: no Roman numerals ("SGB IX" → "SGB 9")."""

from __future__ import annotations

import re

from portal.leichte_sprache.model import Hit, Page, Rule, Severity
from portal.leichte_sprache.names import NAMES

# Netzwerk Leichte Sprache / BMAS-Ratgeber: "Vermeiden Sie römische Zahlen. Schreiben Sie 9
# statt IX." Single letters (I, V, X) are left out: in German text they are far more often
# letters than numbers. Names in ``portal.leichte_sprache.names`` are left out too.
MIN_ROMAN_LENGTH = 2
_ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def is_roman_numeral(word: str) -> bool:
    """True for well-formed Roman numerals of at least MIN_ROMAN_LENGTH letters."""
    return len(word) >= MIN_ROMAN_LENGTH and word not in NAMES and bool(_ROMAN.match(word))


def value(word: str) -> int:
    """The number a Roman numeral stands for."""
    total = 0
    for letter, following in zip(word, word[1:] + " "):
        number = _VALUES[letter]
        total += -number if following != " " and _VALUES[following] > number else number
    return total


def find(page: Page):
    """Each Roman numeral."""
    for sentence in page.sentences:
        for token in sentence.words:
            if is_roman_numeral(token.text):
                yield Hit(token.line, (token.text,))


def message(hit: Hit) -> str:
    """German message."""
    word = hit.words[0]
    return f"Römische Zahl „{word}“. Schreiben Sie {value(word)} statt {word}."


RULE = Rule(
    id="roemische-zahlen",
    severity=Severity.ERROR,
    title="Keine römischen Zahlen",
    source="Netzwerk Leichte Sprache; BMAS-Ratgeber; Freistaat Sachsen (Regeln für Leichte Sprache)",
    find=find,
    message=message,
)
