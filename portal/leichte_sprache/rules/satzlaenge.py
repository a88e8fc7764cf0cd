"""Rule ``satzlaenge``: short sentences; the profile sets where a warning and where an error starts."""

from __future__ import annotations

from portal.leichte_sprache.model import Hit, Page, Rule, Severity
from portal.leichte_sprache.profiles import profile_of
from portal.leichte_sprache.sentences import colon_segments

# House profile (see PROFILE.md): the Netzwerk Leichte Sprache rules, as restated by the Land
# Sachsen, say "nicht mehr als 12 Wörter" → a warning above 12; other guides name 8 or 10 and
# BITV 2.0 Anlage 2 Teil 2 Nr. 5 gives no number ("kurze Sätze"), so the sources disagree below
# 15. Above 15 words a sentence is longer than even the limit quoted for Einfache Sprache: every
# source calls that too long → an error. Hildesheim profile: warning above 8, error above 12.
# A colon followed by a capital letter opens a new sentence (see ``colon_segments``).


def find(page: Page):
    """Sentences longer than the profile's warning threshold; error above its error threshold."""
    profile = profile_of(page)
    for sentence in page.sentences:
        tokens = sentence.tokens
        for start, end in colon_segments([token.text for token in tokens]):
            words = [token for token in tokens[start:end] if token.is_word]
            if len(words) > profile.sentence_warning_above:
                severity = Severity.ERROR if len(words) > profile.sentence_error_above else Severity.WARNING
                limit = profile.sentence_error_above if severity is Severity.ERROR else profile.sentence_warning_above
                yield Hit(words[0].line, tuple(token.text for token in words), detail=f"{len(words)}/{limit}", severity=severity)


def message(hit: Hit) -> str:
    """German message with the start of the sentence."""
    start = " ".join(hit.words[:6])
    count, limit = hit.detail.split("/")
    return (
        f"Der Satz „{start} …“ hat {count} Wörter, mehr als {limit}. "
        "Teilen Sie ihn in kurze Sätze mit je einer Aussage."
    )


RULE = Rule(
    id="satzlaenge",
    severity=Severity.ERROR,
    title="Kurze Sätze",
    source="Netzwerk Leichte Sprache (Regeln, BMAS-Ratgeber); BITV 2.0 Anlage 2 Teil 2 Nr. 5; Bredel/Maaß",
    find=find,
    message=message,
    per_word=False,
)
