"""Rule ``eine-aussage``: one statement per sentence (no two finite verbs joined by und/oder/weil/dass …)."""

from __future__ import annotations

from portal.leichte_sprache import nlp
from portal.leichte_sprache.model import Hit, Page, Rule, Severity
from portal.leichte_sprache.sentences import colon_segments

# Netzwerk Leichte Sprache / BMAS-Ratgeber: "Machen Sie in jedem Satz nur eine Aussage";
# BITV 2.0 Anlage 2 Teil 2 Nr. 5: "kurze Sätze mit klarer Satzgliederung". A statement is a
# finite verb (STTS tag …(FIN) or imperative); two of them joined by a conjunction (KON, KOUS)
# or a relative pronoun (PRELS) are two statements.
MAX_STATEMENTS = 1
CONJUNCTIONS = frozenset(
    """
    und oder aber denn sondern doch weil dass daß wenn ob obwohl damit als nachdem bevor während da
    sodass falls sobald solange seit seitdem bis ehe indem weshalb wobei
    """.split()
)
JOINING_TAGS = frozenset({"KON", "KOUS", "PRELS", "PWAV"})


def _is_finite(pos: str) -> bool:
    return pos.endswith("(FIN)") or pos.endswith("(IMP)")


def find(page: Page):
    """Sentences with two finite verbs and a joining word between or before them."""
    for sentence in page.sentences:
        texts = tuple(token.text for token in sentence.tokens)
        if not any(text.lower() in CONJUNCTIONS for text in texts) and "," not in texts:
            continue  # no joining word, no second clause: skip the tagger
        tags = nlp.tag(texts)
        for start, end in colon_segments(texts):
            finite = sorted(
                {index for index in range(start, end) if _is_finite(tags[index][1]) and not _after_article_or_preposition(tags, index)}
                | _verb_final_infinitives(tags, start, end)
            )
            joining = [index for index in range(start, end) if tags[index][1] in JOINING_TAGS]
            if len(finite) > MAX_STATEMENTS and joining and joining[0] < finite[-1]:
                words = tuple(texts[index] for index in [*finite, joining[0]])
                yield Hit(sentence.tokens[finite[0]].line, words, detail=texts[joining[0]])


def _after_article_or_preposition(tags, index: int) -> bool:
    """A finite verb cannot follow an article or preposition: the tagger misread an adjective ("für behinderte Menschen")."""
    return index > 0 and tags[index - 1][1] in ("ART", "APPR", "APPRART")


def _verb_final_infinitives(tags, start: int, end: int) -> set[int]:
    """Finite verbs the tagger misread as infinitives at the end of a subordinate clause.

    "…, weil Sie arbeiten." — plural finite and infinitive look the same; in a clause opened by a
    subordinating conjunction or relative pronoun, without "zu" and without another finite verb,
    the last verb can only be finite.
    """
    found = set()
    index = start
    while index < end:
        if tags[index][1] in ("KOUS", "PRELS"):
            close = index + 1
            while close < end and tags[close][1] not in ("$,", "$.", "KON"):
                close += 1
            clause = range(index + 1, close)
            poses = [tags[i][1] for i in clause]
            verbs = [i for i in clause if tags[i][1].startswith(("VV", "VA", "VM"))]
            if verbs and "PTKZU" not in poses and not any(_is_finite(pos) for pos in poses) and tags[verbs[-1]][1].endswith("(INF)"):
                found.add(verbs[-1])
            index = close
        index += 1
    return found


def message(hit: Hit) -> str:
    """German message."""
    verbs = ", ".join(f"„{word}“" for word in hit.words[:-1])
    return (
        f"Mehr als eine Aussage in einem Satz: Verben {verbs}, verbunden mit „{hit.detail}“. "
        "Machen Sie aus jeder Aussage einen eigenen Satz."
    )


RULE = Rule(
    id="eine-aussage",
    severity=Severity.ERROR,
    title="Eine Aussage pro Satz",
    source="Netzwerk Leichte Sprache; BMAS-Ratgeber; BITV 2.0 Anlage 2 Teil 2 Nr. 5",
    find=find,
    message=message,
    per_word=False,
)
