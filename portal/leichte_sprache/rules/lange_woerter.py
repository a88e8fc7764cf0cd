"""Rule ``lange-woerter``: compound nouns of 3 or more syllables are split with a hyphen or a Mediopunkt."""

from __future__ import annotations

from portal.leichte_sprache import nlp
from portal.leichte_sprache.model import Hit, Page, Rule, Severity

# BITV 2.0 Anlage 2 Teil 2 Nr. 4: "Zusammengesetzte Substantive sind durch Bindestrich zu
# trennen"; Netzwerk Leichte Sprache / BMAS-Ratgeber: "Trennen Sie lange Wörter mit einem
# Binde-Strich" (Beispiel Bundes-Gleichstellungs-Gesetz); DIN SPEC 33429:2025 also admits the
# Mediopunkt. No source names a syllable count; a two-syllable compound (Haustür) is as short
# as the simple words the sources ask for, so we require the split from 3 syllables on.
COMPOUND_MIN_SYLLABLES = 3


def _is_split(word: str) -> bool:
    return "-" in word or any(dot in word for dot in nlp.MEDIOPUNKT)


def find(page: Page):
    """Unsplit compound nouns with at least COMPOUND_MIN_SYLLABLES syllables."""
    for sentence in page.sentences:
        for token in sentence.words:
            word = token.text
            if _is_split(word) or not word[0].isupper() or not word.isalpha() or word.isupper():
                continue
            if nlp.syllables(word) < COMPOUND_MIN_SYLLABLES:
                continue
            parts = nlp.compound_parts(word)
            if len(parts) > 1:
                yield Hit(token.line, (word,), detail=_suggest(word, parts))


def _suggest(word: str, parts: tuple[str, ...]) -> str:
    """Hyphenated spelling from HanTa's parts, keeping the word's own letters (Fugen-s included)."""
    lower = word.lower()
    pieces = []
    position = 0
    for part in parts[1:]:
        cut = lower.find(part, position + 1)
        if cut <= position:
            return ""
        pieces.append(word[position:cut])
        position = cut
    pieces.append(word[position:])
    return "-".join(piece[:1].upper() + piece[1:] for piece in pieces)


def message(hit: Hit) -> str:
    """German message with a suggested split."""
    word = hit.words[0]
    example = f" Zum Beispiel: {hit.detail}." if hit.detail else ""
    return (
        f"„{word}“ ist ein langes zusammengesetztes Wort. Trennen Sie es mit Binde-Strich "
        f"oder Medio·punkt, auf der ganzen Seite gleich.{example} Oder erklären Sie es im Wörterbuch "
        "und erlauben Sie es in der Seite (leichte_sprache.allow)."
    )


RULE = Rule(
    id="lange-woerter",
    severity=Severity.ERROR,
    title="Lange Wörter trennen",
    source="BITV 2.0 Anlage 2 Teil 2 Nr. 4; Netzwerk Leichte Sprache; DIN SPEC 33429:2025",
    find=find,
    message=message,
)
