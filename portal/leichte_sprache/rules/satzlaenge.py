"""Rule ``satzlaenge``: a sentence has at most 12 words."""

from __future__ import annotations

from portal.leichte_sprache.model import Hit, Page, Rule, Severity
from portal.leichte_sprache.sentences import colon_segments

# The sources name 8 to 12 words (Netzwerk Leichte Sprache and BMAS "Leichte Sprache – Ein
# Ratgeber": "Schreiben Sie kurze Sätze"; BITV 2.0 Anlage 2 Teil 2 Nr. 5: "kurze Sätze mit
# klarer Satzgliederung"; DIN SPEC 33429:2025 recommends short sentences). We take the upper
# end, 12, so that the checker only fails what every source calls too long. A colon followed by
# a capital letter opens a new sentence (see ``colon_segments``) and starts a new count.
MAX_WORDS = 12


def find(page: Page):
    """Sentences with more than MAX_WORDS words."""
    for sentence in page.sentences:
        tokens = sentence.tokens
        for start, end in colon_segments([token.text for token in tokens]):
            words = [token for token in tokens[start:end] if token.is_word]
            if len(words) > MAX_WORDS:
                yield Hit(words[0].line, tuple(token.text for token in words), detail=str(len(words)))


def message(hit: Hit) -> str:
    """German message with the start of the sentence."""
    start = " ".join(hit.words[:6])
    return (
        f"Der Satz „{start} …“ hat {hit.detail} Wörter. Erlaubt sind höchstens {MAX_WORDS}. "
        "Teilen Sie ihn in kurze Sätze mit je einer Aussage."
    )


RULE = Rule(
    id="satzlaenge",
    severity=Severity.ERROR,
    title="Kurze Sätze",
    source="Netzwerk Leichte Sprache; BMAS-Ratgeber; BITV 2.0 Anlage 2 Teil 2 Nr. 5",
    find=find,
    message=message,
    per_word=False,
)
