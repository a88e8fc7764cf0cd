"""Rule ``sonderzeichen``: no special characters (§ % & ; brackets …); quotation marks graded by profile."""

from __future__ import annotations

from portal.leichte_sprache.model import Hit, Page, Rule, Severity
from portal.leichte_sprache.profiles import profile_of

# Netzwerk Leichte Sprache / BMAS-Ratgeber: "Vermeiden Sie Sonder-Zeichen" (Anführungs-Zeichen,
# Klammern, §, %, &, Semikolon); BITV 2.0 Anlage 2 Teil 2 Nr. 6 on Sonderzeichen; Bredel/Maaß
# keep only full stop, question mark, exclamation mark and colon. Every one of these characters
# has a plain word instead (§ → Paragraf, & → und): the sources agree, an error.
# Quotation marks: the Netzwerk rules avoid them, Bredel/Maaß keep them as the marker of direct
# speech (Maaß 2014, Zeichensetzung). The sources disagree: the house profile warns; the
# Hildesheim profile accepts them around direct speech after a colon and warns otherwise.
# Each character maps to the advice shown to the editor.
SPECIAL_CHARACTERS = {
    "§": "Schreiben Sie „Paragraf“.",
    "%": "Schreiben Sie „Prozent“ oder besser: „die Hälfte“, „viele“.",
    "&": "Schreiben Sie „und“.",
    ";": "Machen Sie 2 Sätze daraus.",
    "(": "Schreiben Sie den Inhalt der Klammer als eigenen Satz.",
    ")": "Schreiben Sie den Inhalt der Klammer als eigenen Satz.",
    "[": "Schreiben Sie den Inhalt der Klammer als eigenen Satz.",
    "]": "Schreiben Sie den Inhalt der Klammer als eigenen Satz.",
    "{": "Lassen Sie die Klammer weg.",
    "}": "Lassen Sie die Klammer weg.",
    "/": "Schreiben Sie „oder“ oder „und“.",
    "*": "Lassen Sie das Stern-Zeichen weg.",
    "#": "Lassen Sie das Zeichen weg.",
    "\"": "Lassen Sie die Anführungs-Zeichen weg. Schreiben Sie zum Beispiel: Das Wort heißt: …",
    "„": "Lassen Sie die Anführungs-Zeichen weg. Schreiben Sie zum Beispiel: Das Wort heißt: …",
    "“": "Lassen Sie die Anführungs-Zeichen weg. Schreiben Sie zum Beispiel: Das Wort heißt: …",
    "”": "Lassen Sie die Anführungs-Zeichen weg. Schreiben Sie zum Beispiel: Das Wort heißt: …",
    "»": "Lassen Sie die Anführungs-Zeichen weg. Schreiben Sie zum Beispiel: Das Wort heißt: …",
    "«": "Lassen Sie die Anführungs-Zeichen weg. Schreiben Sie zum Beispiel: Das Wort heißt: …",
    "‚": "Lassen Sie die Anführungs-Zeichen weg.",
    "‘": "Lassen Sie die Anführungs-Zeichen weg.",
    "…": "Schreiben Sie den Satz zu Ende.",
    "~": "Schreiben Sie „ungefähr“.",
    "+": "Schreiben Sie „und“ oder „plus“.",
    "=": "Schreiben Sie „ist“.",
    "<": "Schreiben Sie „weniger als“.",
    ">": "Schreiben Sie „mehr als“.",
    "|": "Lassen Sie das Zeichen weg.",
    "\\": "Lassen Sie das Zeichen weg.",
    "^": "Lassen Sie das Zeichen weg.",
    "@": "Schreiben Sie „at“ nur in E-Mail-Adressen.",
}


QUOTATION_MARKS = frozenset("\"„“”»«‚‘")


def find(page: Page):
    """Each special character; quotation marks with the profile's severity."""
    profile = profile_of(page)
    in_speech = False
    previous = ""
    for sentence in page.sentences:
        for token in sentence.tokens:
            text = token.text
            if text in QUOTATION_MARKS:
                if profile.direct_speech_quotes and (in_speech or previous == ":"):
                    in_speech = not in_speech  # opening after the colon, then the closing mark
                else:
                    yield Hit(token.line, (text,), severity=profile.quote_severity)
            elif text in SPECIAL_CHARACTERS:
                yield Hit(token.line, (text,), severity=Severity.ERROR)
            previous = text


def message(hit: Hit) -> str:
    """German message."""
    character = hit.words[0]
    return f"Sonder-Zeichen „{character}“. {SPECIAL_CHARACTERS[character]}"


RULE = Rule(
    id="sonderzeichen",
    severity=Severity.ERROR,
    title="Keine Sonder-Zeichen",
    source="Netzwerk Leichte Sprache (Regeln, BMAS-Ratgeber); BITV 2.0 Anlage 2 Teil 2 Nr. 6; Bredel/Maaß",
    find=find,
    message=message,
)
