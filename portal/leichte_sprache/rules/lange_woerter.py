"""Rule ``lange-woerter``: long compound nouns are split with a hyphen or a Mediopunkt."""

from __future__ import annotations

from portal.leichte_sprache import nlp
from portal.leichte_sprache.model import Hit, Page, Rule, Severity
from portal.leichte_sprache.profiles import profile_of

# BITV 2.0 Anlage 2 Teil 2 Nr. 4: "Zusammengesetzte Substantive sind durch Bindestrich zu
# trennen"; Netzwerk Leichte Sprache / BMAS-Ratgeber: "Benutzen Sie kurze Wörter", long words
# split with a Binde-Strich (bad example: Bundesgleichstellungsgesetz); Bredel/Maaß split with
# the Medio·punkt. No source names a syllable count for the split, and checked texts leave common
# compounds of 3 syllables whole (Arbeitsplatz, Arbeitsmarkt). House profile: an unsplit
# compound of 4 syllables is a warning, from 5 syllables an error; Hildesheim: 3 and 4.
# Syllables are spoken syllables (``nlp.syllables``), not hyphenation points.


def _is_split(word: str) -> bool:
    return "-" in word or any(dot in word for dot in nlp.MEDIOPUNKT)


def find(page: Page):
    """Unsplit compound nouns with at least the profile's warning count of syllables."""
    profile = profile_of(page)
    for sentence in page.sentences:
        for token in sentence.words:
            word = token.text
            if _is_split(word) or not word[0].isupper() or not word.isalpha() or word.isupper():
                continue
            count = nlp.syllables(word)
            if count < profile.compound_warning_from:
                continue
            parts = nlp.compound_parts(word)
            if len(parts) > 1:
                severity = Severity.ERROR if count >= profile.compound_error_from else Severity.WARNING
                yield Hit(token.line, (word,), detail=f"{count}|{_suggest(word, parts)}", severity=severity)


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
    count, suggestion = hit.detail.split("|", 1)
    example = f" Zum Beispiel: {suggestion}." if suggestion else ""
    return (
        f"„{word}“ ist ein zusammengesetztes Wort mit {count} Silben. Trennen Sie es mit Binde-Strich "
        f"oder Medio·punkt, auf der ganzen Seite gleich.{example} Oder erklären Sie es im Wörterbuch "
        "und erlauben Sie es in der Seite (leichte_sprache.allow)."
    )


RULE = Rule(
    id="lange-woerter",
    severity=Severity.ERROR,
    title="Lange Wörter trennen",
    source="BITV 2.0 Anlage 2 Teil 2 Nr. 4; Netzwerk Leichte Sprache (Regeln, BMAS-Ratgeber); Bredel/Maaß",
    find=find,
    message=message,
)
