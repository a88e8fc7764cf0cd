"""Rule ``sonderzeichen``: no special characters (§ % & ; brackets, quotation marks …)."""

from __future__ import annotations

from portal.leichte_sprache.model import Hit, Page, Rule, Severity

# Netzwerk Leichte Sprache / BMAS-Ratgeber: "Vermeiden Sie Sonder-Zeichen" (Anführungs-Zeichen,
# Klammern, §, %, &, Semikolon); BITV 2.0 Anlage 2 Teil 2 Nr. 6 on Sonderzeichen. Every one of
# them has a plain word instead (§ → Paragraf, & → und), so there is always a way to comply:
# an error. Each character maps to the advice shown to the editor.
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


def find(page: Page):
    """Each special character."""
    for sentence in page.sentences:
        for token in sentence.tokens:
            if token.text in SPECIAL_CHARACTERS:
                yield Hit(token.line, (token.text,))


def message(hit: Hit) -> str:
    """German message."""
    character = hit.words[0]
    return f"Sonder-Zeichen „{character}“. {SPECIAL_CHARACTERS[character]}"


RULE = Rule(
    id="sonderzeichen",
    severity=Severity.ERROR,
    title="Keine Sonder-Zeichen",
    source="Netzwerk Leichte Sprache; BMAS-Ratgeber; BITV 2.0 Anlage 2 Teil 2 Nr. 6",
    find=find,
    message=message,
)
