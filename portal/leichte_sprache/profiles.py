"""The checker's two rule profiles; PROFILE.md in this package gives the source of every value.

``NETZWERK`` is the house profile and the default: it follows the Netzwerk Leichte Sprache
rules (BMAS-Ratgeber), which the portal's readers and their Prüfgruppen use. A finding is an
error only where the sources agree and a warning where they disagree.

``HILDESHEIM`` is stricter and follows the rule book of Bredel and Maaß (Forschungsstelle
Leichte Sprache, Universität Hildesheim): main clauses only, shorter sentences, compounds
split earlier, active voice and indicative as rules, quotation marks allowed for direct speech.
"""

from __future__ import annotations

from portal.leichte_sprache.model import Profile, Severity

NETZWERK = Profile(
    id="netzwerk",
    title="Hausprofil (Netzwerk Leichte Sprache)",
    # 12: the Netzwerk's rules as restated by the Land Sachsen ("nicht mehr als 12 Wörter").
    # 15: the upper limit quoted for Einfache Sprache; above it no source calls a sentence short.
    sentence_warning_above=12,
    sentence_error_above=15,
    # 4 syllables: "Vermeiden Sie Wörter mit mehr als 3 Silben"; 5: long compounds like the
    # Netzwerk's own bad example "Bundesgleichstellungsgesetz", which every source splits.
    compound_warning_from=4,
    compound_error_from=5,
    # Netzwerk: one statement per sentence, but "Wenn", "Weil", "Und", "Oder", "Aber" may start a
    # sentence and one main clause may have one subordinate clause; Bredel/Maaß: main clauses
    # only. The sources disagree on subordinate clauses, and the detector cannot always tell
    # two statements from one, so both are warnings.
    main_clauses_severity=Severity.WARNING,
    subordinate_severity=Severity.WARNING,
    direct_speech_quotes=False,
    quote_severity=Severity.WARNING,
    passive_severity=Severity.WARNING,
    subjunctive_severity=Severity.WARNING,
)

HILDESHEIM = Profile(
    id="hildesheim",
    title="Hildesheimer Profil (Bredel/Maaß)",
    # Bredel/Maaß name no number; the profile warns above 8 words (the lowest maximum quoted
    # by practice guides) and fails above 12 (the Netzwerk's own maximum).
    sentence_warning_above=8,
    sentence_error_above=12,
    # Bredel/Maaß segment complex words (Mediopunkt); 3-syllable compounds warn, 4 fail.
    compound_warning_from=3,
    compound_error_from=4,
    # Bredel/Maaß: "ausschließlich Hauptsätze", coordination avoided.
    main_clauses_severity=Severity.ERROR,
    subordinate_severity=Severity.ERROR,
    direct_speech_quotes=True,
    quote_severity=Severity.WARNING,
    passive_severity=Severity.ERROR,
    subjunctive_severity=Severity.ERROR,
)

PROFILES: dict[str, Profile] = {profile.id: profile for profile in (NETZWERK, HILDESHEIM)}
DEFAULT = NETZWERK


def get_profile(name: str | Profile | None) -> Profile:
    """The profile called ``name`` (``netzwerk`` or ``hildesheim``); None gives the house profile."""
    if name is None:
        return DEFAULT
    if isinstance(name, Profile):
        return name
    try:
        return PROFILES[name]
    except KeyError:
        raise ValueError(f"Profil „{name}“ gibt es nicht. Erlaubt: {', '.join(PROFILES)}.") from None


def profile_of(page) -> Profile:
    """The profile a rule applies to ``page`` (the house profile when none was set)."""
    return page.profile or DEFAULT
