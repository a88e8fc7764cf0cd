"""Rule ``zahlwoerter``: numbers are written as digits ("drei" → 3)."""

from __future__ import annotations

from portal.leichte_sprache.model import Hit, Page, Rule, Severity

# Netzwerk Leichte Sprache / BMAS-Ratgeber and Leichte Sprache Baden-Württemberg: "Schreiben Sie
# Zahlen als Zahlen und nicht als Wörter" (3, not drei); Bredel/Maaß also write digits. The
# sources agree: an error. "ein/eine/eins" stay words: they are mostly articles. Not numbers:
#   * "hundert"/"tausend" right after digits ("36 tausend"): the number is written in digits,
#     the word only says its size, the way it is spoken;
#   * a number word with a capital letter inside a sentence is a noun ("Geben Sie Acht",
#     "die Elf"); number words are written in lower case.
MAGNITUDES = frozenset({"hundert", "tausend"})
NUMBER_WORDS = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
    "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100, "tausend": 1000,
}


def find(page: Page):
    """Each number word used as a number."""
    for sentence in page.sentences:
        words = sentence.words
        for index, token in enumerate(words):
            word = token.text
            if word.lower() not in NUMBER_WORDS:
                continue
            if index > 0 and word[0].isupper():
                continue  # a noun: "Acht geben", "die Elf"
            if index > 0 and word.lower() in MAGNITUDES and words[index - 1].text[0].isdigit():
                continue  # "36 tausend"
            yield Hit(token.line, (word,))


def message(hit: Hit) -> str:
    """German message."""
    word = hit.words[0]
    return f"Zahl als Wort: „{word}“. Schreiben Sie die Ziffer: {NUMBER_WORDS[word.lower()]}."


RULE = Rule(
    id="zahlwoerter",
    severity=Severity.ERROR,
    title="Zahlen als Ziffern",
    source="Netzwerk Leichte Sprache (Regeln, BMAS-Ratgeber); Leichte Sprache Baden-Württemberg; Bredel/Maaß",
    find=find,
    message=message,
)
