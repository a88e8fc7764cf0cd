"""All Leichte-Sprache rules, one module each; ``RULES`` is the order in which findings are listed."""

from __future__ import annotations

from portal.leichte_sprache.model import Rule
from portal.leichte_sprache.rules import (
    abkuerzungen,
    datum,
    eine_aussage,
    genitiv,
    grosse_zahlen,
    konjunktiv,
    kurze_woerter,
    lange_woerter,
    passiv,
    prozent,
    roemische_zahlen,
    satz_pro_zeile,
    satzlaenge,
    sonderzeichen,
    trennzeichen,
    uhrzeit,
    verneinung,
    zahlwoerter,
)

RULES: tuple[Rule, ...] = tuple(
    module.RULE
    for module in (
        satzlaenge,
        eine_aussage,
        satz_pro_zeile,
        lange_woerter,
        trennzeichen,
        kurze_woerter,
        abkuerzungen,
        sonderzeichen,
        zahlwoerter,
        grosse_zahlen,
        prozent,
        roemische_zahlen,
        datum,
        uhrzeit,
        passiv,
        konjunktiv,
        genitiv,
        verneinung,
    )
)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
