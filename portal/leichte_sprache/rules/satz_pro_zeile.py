"""Rule ``satz-pro-zeile``: every sentence starts on a new line."""

from __future__ import annotations

from portal.leichte_sprache.model import Hit, Page, Rule, Severity

# Netzwerk Leichte Sprache / BMAS-Ratgeber: "Schreiben Sie jeden Satz in eine neue Zeile";
# the federal accessibility guidance (BITV 2.0 Anlage 2 Teil 2, Gestaltung) says the same.
# A long sentence may wrap onto the next line at a sense break; two sentences may not share one.
MAX_SENTENCES_PER_LINE = 1


def find(page: Page):
    """Sentences that start on the line where the previous sentence of the same block ended."""
    previous = None
    on_line = 0
    for sentence in page.sentences:
        shares_line = previous is not None and previous.block == sentence.block and previous.last_line == sentence.first_line
        on_line = on_line + 1 if shares_line else 1
        if on_line > MAX_SENTENCES_PER_LINE:
            yield Hit(sentence.first_line, tuple(token.text for token in sentence.words))
        previous = sentence


def message(hit: Hit) -> str:
    """German message."""
    start = " ".join(hit.words[:4])
    return f"Mehr als ein Satz in einer Zeile: „{start} …“ beginnt in derselben Zeile. Beginnen Sie jeden Satz in einer neuen Zeile."


RULE = Rule(
    id="satz-pro-zeile",
    severity=Severity.ERROR,
    title="Ein Satz pro Zeile",
    source="Netzwerk Leichte Sprache; BMAS-Ratgeber",
    find=find,
    message=message,
    per_word=False,
    layout=True,
)
