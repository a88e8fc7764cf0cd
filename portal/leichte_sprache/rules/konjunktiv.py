"""Rule ``konjunktiv``: warn about Konjunktiv forms (würde, hätte, wäre, könnte …)."""

from __future__ import annotations

from portal.leichte_sprache.model import Hit, Page, Rule, Severity
from portal.leichte_sprache.profiles import profile_of

# BITV 2.0 Anlage 2 Teil 2 Nr. 1: "Konjunktiv-… Konstruktionen sind zu vermeiden"; Netzwerk
# Leichte Sprache / BMAS-Ratgeber: "Vermeiden Sie den Konjunktiv". "Vermeiden" → warning in the
# house profile; Bredel/Maaß: indicative instead of Konjunktiv → error in the Hildesheim profile.
# "möchte" is left out on purpose: the Netzwerk's own texts use it as the plain way to say
# "want" ("Ich möchte helfen"). Forms that are also indicative (sollte = Präteritum) are kept,
# the sources advise against the Präteritum of modal verbs too.
KONJUNKTIV_FORMS = frozenset(
    """
    würde würdest würden würdet hätte hättest hätten hättet wäre wärst wärest wären wäret
    könnte könntest könnten könntet müsste müsstest müssten müsstet dürfte dürftest dürften
    sollte solltest sollten solltet gäbe gäben käme kämen ginge gingen bräuchte bräuchten
    wüsste wüssten ließe ließen stünde stünden täte täten sei seiest seien
    """.split()
)


def find(page: Page):
    """Each Konjunktiv form."""
    severity = profile_of(page).subjunctive_severity
    for sentence in page.sentences:
        for token in sentence.words:
            if token.text.lower() in KONJUNKTIV_FORMS:
                yield Hit(token.line, (token.text,), severity=severity)


def message(hit: Hit) -> str:
    """German message."""
    return (
        f"Konjunktiv: „{hit.words[0]}“. Schreiben Sie, was ist, nicht was sein könnte. "
        "Zum Beispiel: „Sie können …“ statt „Sie könnten …“."
    )


RULE = Rule(
    id="konjunktiv",
    severity=Severity.WARNING,
    title="Kein Konjunktiv",
    source="BITV 2.0 Anlage 2 Teil 2 Nr. 1; Netzwerk Leichte Sprache; BMAS-Ratgeber",
    find=find,
    message=message,
)
