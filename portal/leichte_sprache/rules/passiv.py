"""Rule ``passiv``: warn about the werden-passive (werden + Partizip II)."""

from __future__ import annotations

from portal.leichte_sprache import nlp
from portal.leichte_sprache.model import Hit, Page, Rule, Severity
from portal.leichte_sprache.profiles import profile_of

# BITV 2.0 Anlage 2 Teil 2 Nr. 1: "… Passiv-Konstruktionen sind zu vermeiden"; Netzwerk
# Leichte Sprache / BMAS-Ratgeber: "Benutzen Sie aktive Wörter". "Vermeiden" leaves room for
# exceptions, so the house profile warns; Bredel/Maaß write active sentences only ("ausschließlich
# Sätze im Aktiv"), so the Hildesheim profile fails. Every werden-passive clause is reported.
WERDEN_FORMS = frozenset("werde wirst wird werden werdet wurde wurdest wurden wurdet worden".split())
CLAUSE_BREAKS = frozenset({"$,", "$.", "KON", "KOUS", "$("})


def find(page: Page):
    """Clauses with a form of werden and a participle (VV(PP))."""
    severity = profile_of(page).passive_severity
    for sentence in page.sentences:
        texts = tuple(token.text for token in sentence.tokens)
        if not any(text.lower() in WERDEN_FORMS for text in texts):
            continue  # tagging is the expensive part: only where a passive is possible
        tags = nlp.tag(texts)
        clause: list[int] = []
        for index, (_, pos) in enumerate(tags + (("", "$."),)):
            if pos in CLAUSE_BREAKS or index == len(tags):
                auxiliaries = [i for i in clause if texts[i].lower() in WERDEN_FORMS and tags[i][1].startswith("VA")]
                participles = [i for i in clause if tags[i][1] == "VV(PP)"]
                if auxiliaries and participles:
                    yield Hit(sentence.tokens[auxiliaries[0]].line, (texts[auxiliaries[0]], texts[participles[0]]), severity=severity)
                clause = []
            else:
                clause.append(index)


def message(hit: Hit) -> str:
    """German message."""
    auxiliary, participle = hit.words
    return (
        f"Passiv: „{auxiliary} … {participle}“. Schreiben Sie aktiv und sagen Sie, wer etwas tut. "
        "Zum Beispiel: „Das Amt prüft den Antrag.“ statt „Der Antrag wird geprüft.“"
    )


RULE = Rule(
    id="passiv",
    severity=Severity.WARNING,
    title="Aktiv schreiben",
    source="BITV 2.0 Anlage 2 Teil 2 Nr. 1; Netzwerk Leichte Sprache; BMAS-Ratgeber",
    find=find,
    message=message,
    per_word=False,
)
