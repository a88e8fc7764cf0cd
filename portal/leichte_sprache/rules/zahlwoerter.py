"""Rule ``zahlwoerter``: numbers are written as digits ("drei" → 3)."""

from __future__ import annotations

from portal.leichte_sprache.model import Hit, Page, Rule, Severity

# Netzwerk Leichte Sprache / BMAS-Ratgeber: "Schreiben Sie Zahlen als Ziffern. Schreiben Sie 3
# statt drei." A definite form, so an error. "ein/eine/eins" stay words: they are mostly articles.
NUMBER_WORDS = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
    "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100, "tausend": 1000,
}


def find(page: Page):
    """Each number word."""
    for sentence in page.sentences:
        for token in sentence.words:
            if token.text.lower() in NUMBER_WORDS:
                yield Hit(token.line, (token.text,))


def message(hit: Hit) -> str:
    """German message."""
    word = hit.words[0]
    return f"Zahl als Wort: „{word}“. Schreiben Sie die Ziffer: {NUMBER_WORDS[word.lower()]}."


RULE = Rule(
    id="zahlwoerter",
    severity=Severity.ERROR,
    title="Zahlen als Ziffern",
    source="Netzwerk Leichte Sprache; BMAS-Ratgeber",
    find=find,
    message=message,
)
