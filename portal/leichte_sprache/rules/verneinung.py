"""Rule ``verneinung``: warn about negation words (nicht, kein, nie …)."""

from __future__ import annotations

from portal.leichte_sprache.model import Hit, Page, Rule, Severity

# BITV 2.0 Anlage 2 Teil 2 Nr. 1: "Verneinungen … sind zu vermeiden"; Netzwerk Leichte Sprache /
# BMAS-Ratgeber: "Benutzen Sie positive Sprache". The same sources show negation written in bold
# where it cannot be avoided, so this is a warning, never an error.
NEGATIONS = frozenset(
    "nicht nichts nie niemals niemand niemanden niemandem nirgends nirgendwo weder kein keine keinen keinem keiner keines".split()
)


def find(page: Page):
    """Each negation word."""
    for sentence in page.sentences:
        for token in sentence.words:
            if token.text.lower() in NEGATIONS:
                yield Hit(token.line, (token.text,))


def message(hit: Hit) -> str:
    """German message."""
    return (
        f"Verneinung: „{hit.words[0]}“. Sagen Sie es positiv, wenn das geht. Zum Beispiel: „Bleiben Sie "
        "ruhig.“ statt „Seien Sie nicht nervös.“ Wenn es nicht geht: Schreiben Sie das Wort fett."
    )


RULE = Rule(
    id="verneinung",
    severity=Severity.WARNING,
    title="Positiv schreiben",
    source="BITV 2.0 Anlage 2 Teil 2 Nr. 1; Netzwerk Leichte Sprache; BMAS-Ratgeber",
    find=find,
    message=message,
)
