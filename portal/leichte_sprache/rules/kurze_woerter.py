"""Rule ``kurze-woerter``: warn about long words that are not compounds (they cannot be split)."""

from __future__ import annotations

from portal.leichte_sprache import nlp
from portal.leichte_sprache.model import Hit, Page, Rule, Severity

# Netzwerk Leichte Sprache / BMAS-Ratgeber: "Benutzen Sie kurze Wörter" (Bus statt Omnibus);
# BITV 2.0 Anlage 2 Teil 2 Nr. 4: "kurze, gebräuchliche Begriffe". No source names a number,
# so this rule only warns, and only from 5 syllables on (Information, Digitalisierung), where
# a word is longer than any simple word in the sources' examples.
LONG_WORD_MIN_SYLLABLES = 5


def find(page: Page):
    """Unsplit simple words with at least LONG_WORD_MIN_SYLLABLES syllables."""
    for sentence in page.sentences:
        for token in sentence.words:
            word = token.text
            if "-" in word or any(dot in word for dot in nlp.MEDIOPUNKT) or not word.isalpha() or word.isupper():
                continue
            if nlp.syllables(word) >= LONG_WORD_MIN_SYLLABLES and len(nlp.compound_parts(word)) == 1:
                yield Hit(token.line, (word,))


def message(hit: Hit) -> str:
    """German message."""
    return (
        f"„{hit.words[0]}“ ist ein langes Wort mit {LONG_WORD_MIN_SYLLABLES} oder mehr Silben. "
        "Nehmen Sie ein kürzeres, bekanntes Wort oder erklären Sie es."
    )


RULE = Rule(
    id="kurze-woerter",
    severity=Severity.WARNING,
    title="Kurze Wörter",
    source="Netzwerk Leichte Sprache; BMAS-Ratgeber; BITV 2.0 Anlage 2 Teil 2 Nr. 4",
    find=find,
    message=message,
)
