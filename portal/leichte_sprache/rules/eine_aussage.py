"""Rule ``eine-aussage``: one statement per sentence.

Reports two kinds of sentence:

* two main clauses with two finite verbs, joined by "und", "oder", "aber" … or a comma
  ("Sie arbeiten im Betrieb und der Betrieb zahlt den Lohn.", "Sie arbeiten und bekommen Geld.");
* a subordinate clause: "Wenn …, dann …", "…, weil …", "…, dass …", a relative clause.

"und" joining words or phrases ("Hilfe und Geld", "arbeiten und Geld verdienen" after a modal
verb) has one finite verb and is not reported. The profile grades both kinds: the house profile
warns (the Netzwerk rules allow one main clause with one subordinate clause and a sentence
starting with "Wenn", "Weil", "Und", "Oder", "Aber"; Bredel/Maaß allow main clauses only, so the
sources disagree), the Hildesheim profile fails both.
"""

from __future__ import annotations

from portal.leichte_sprache import nlp
from portal.leichte_sprache.model import Hit, Page, Rule, Severity
from portal.leichte_sprache.profiles import profile_of
from portal.leichte_sprache.sentences import colon_segments

# Cheap pre-check before tagging: a sentence without one of these words and without a comma
# cannot have a second clause.
JOINING_WORDS = frozenset(
    """
    und oder aber denn sondern doch weil dass daß wenn ob obwohl damit als nachdem bevor während da
    sodass falls sobald solange seit seitdem bis ehe indem weshalb wobei
    """.split()
)
SUBORDINATING_TAGS = frozenset({"KOUS"})  # wenn, weil, dass, ob, obwohl …
RELATIVE_TAGS = frozenset({"PRELS", "PRELAT"})  # der/die/das, dessen … after a comma
QUESTION_TAGS = frozenset({"PWAV", "PWS", "PWAT"})  # indirect question after a comma: "…, warum Sie kommen"
CLAUSE_END = frozenset({",", ";", ":", "–", "—", "(", ")", ".", "!", "?"})
COORDINATION = frozenset({",", ";"})  # between two main clauses besides a KON word
MAIN, SUBORDINATE = "main", "subordinate"


def _is_finite(pos: str) -> bool:
    return pos.endswith("(FIN)") or pos.endswith("(IMP)")


def _is_verb(pos: str) -> bool:
    return pos.startswith(("VV", "VA", "VM"))


def _after_article_or_preposition(tags, index: int) -> bool:
    """A finite verb cannot follow an article or preposition: the tagger misread an adjective ("für behinderte Menschen")."""
    return index > 0 and tags[index - 1][1] in ("ART", "APPR", "APPRART")


def _opens_subordinate_clause(texts, tags, index: int, start: int) -> bool:
    pos = tags[index][1]
    if pos in SUBORDINATING_TAGS:
        return True
    previous = texts[index - 1] if index > start else ""
    if pos in RELATIVE_TAGS:
        # "…, die arbeiten", "…, mit der Sie reden": a relative pronoun follows a comma (or a preposition after one).
        return previous == "," or (index - 2 >= start and tags[index - 1][1] in ("APPR", "APPRART") and texts[index - 2] == ",")
    return pos in QUESTION_TAGS and previous == ","


def clauses(texts: tuple[str, ...], tags, start: int, end: int) -> tuple[list[tuple[int, int]], list[int]]:
    """Subordinate clauses as (first, verb) index pairs, and the finite verbs of main clauses, in ``texts[start:end]``.

    A subordinate clause runs from its conjunction or relative pronoun to the next comma or
    sentence mark and counts only if it has a verb: its finite verb stands last and the tagger
    often reads a plural one as an infinitive ("…, weil Sie arbeiten").
    """
    subordinate: list[tuple[int, int]] = []
    inside: set[int] = set()
    index = start
    while index < end:
        if _opens_subordinate_clause(texts, tags, index, start):
            close = index + 1
            while close < end and texts[close] not in CLAUSE_END:
                close += 1
            verbs = [i for i in range(index + 1, close) if _is_verb(tags[i][1])]
            has_zu = any(tags[i][1] == "PTKZU" for i in range(index + 1, close))
            if verbs and not (has_zu and not any(_is_finite(tags[i][1]) for i in verbs)):
                subordinate.append((index, verbs[-1]))
                inside.update(range(index, close))
            index = close
            continue
        index += 1
    main = [
        i
        for i in range(start, end)
        if i not in inside and _is_finite(tags[i][1]) and not _after_article_or_preposition(tags, i)
    ]
    return subordinate, main


def _joined_main_clauses(texts, tags, main: list[int]) -> tuple[int, int, int] | None:
    """Two main-clause finite verbs with "und", "oder" … or a comma between them: (first, joiner, second)."""
    for first, second in zip(main, main[1:]):
        for between in range(first + 1, second):
            if tags[between][1] == "KON" or texts[between] in COORDINATION:
                return first, between, second
    return None


def find(page: Page):
    """Sentences with two joined main clauses, and sentences with a subordinate clause."""
    profile = profile_of(page)
    for sentence in page.sentences:
        texts = tuple(token.text for token in sentence.tokens)
        if not any(text.lower() in JOINING_WORDS for text in texts) and "," not in texts:
            continue  # no joining word, no second clause: skip the tagger
        tags = nlp.tag(texts)
        for start, end in colon_segments(texts):
            subordinate, main = clauses(texts, tags, start, end)
            joined = _joined_main_clauses(texts, tags, main)
            if joined:
                first, joiner, second = joined
                yield Hit(
                    sentence.tokens[first].line,
                    (texts[first], texts[second], texts[joiner]),
                    detail=MAIN,
                    severity=profile.main_clauses_severity,
                )
            elif subordinate:
                opener, verb = subordinate[0]
                yield Hit(
                    sentence.tokens[opener].line,
                    (texts[opener], texts[verb]),
                    detail=SUBORDINATE,
                    severity=profile.subordinate_severity,
                )


def message(hit: Hit) -> str:
    """German message."""
    if hit.detail == MAIN:
        first, second, joiner = hit.words
        return (
            f"Zwei Aussagen in einem Satz: „{first}“ und „{second}“, verbunden mit „{joiner}“. "
            "Machen Sie aus jeder Aussage einen eigenen Satz."
        )
    opener, verb = hit.words
    return (
        f"Neben-Satz mit „{opener} … {verb}“. Das Netzwerk Leichte Sprache erlaubt einen Neben-Satz, "
        "das Hildesheimer Regel-Buch nur Haupt-Sätze. Zum Beispiel: „Haben Sie Fragen? Dann rufen Sie an.“"
    )


RULE = Rule(
    id="eine-aussage",
    severity=Severity.WARNING,
    title="Eine Aussage pro Satz",
    source="Netzwerk Leichte Sprache (Regeln, BMAS-Ratgeber); BITV 2.0 Anlage 2 Teil 2 Nr. 5; Bredel/Maaß",
    find=find,
    message=message,
    per_word=False,
)
