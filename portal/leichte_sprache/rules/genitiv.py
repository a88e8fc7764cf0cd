"""Rule ``genitiv``: warn about the genitive; Leichte Sprache says "von" instead."""

from __future__ import annotations

from portal.leichte_sprache import nlp
from portal.leichte_sprache.model import Hit, Page, Rule, Severity

# BITV 2.0 Anlage 2 Teil 2 Nr. 1: "… Genitiv-Konstruktionen sind zu vermeiden"; Netzwerk Leichte
# Sprache / BMAS-Ratgeber: "Vermeiden Sie den Genitiv" ("das Haus von dem Lehrer").
# "Vermeiden" → warning. Genitive is recognised by:
#   * "des" (only ever genitive),
#   * a determiner in -es (eines, seines, dieses …) before a noun with the genitive -s/-es,
#   * a noun, then "der" + noun (die Hälfte der Frauen),
#   * a proper noun or noun in -s/-es right after a noun (ein Mann Gottes),
#   * prepositions that take the genitive (wegen, trotz …) followed by a genitive determiner.
GENITIVE_DETERMINERS = frozenset("eines keines meines deines seines ihres unseres eures dieses jenes jedes welches".split())
GENITIVE_PREPOSITIONS = frozenset("wegen trotz während statt anstatt aufgrund infolge innerhalb außerhalb mithilfe bezüglich".split())
GENITIVE_ARTICLES_AFTER_PREPOSITION = GENITIVE_DETERMINERS | {"des", "der", "einer", "keiner", "meiner", "deiner", "seiner", "ihrer", "unserer", "dieser", "jener", "jeder"}
CUES = GENITIVE_DETERMINERS | GENITIVE_PREPOSITIONS | {"des", "der", "dessen", "deren", "wessen"}
RELATIVE_GENITIVES = frozenset({"dessen", "wessen"})


def _genitive_s(word: str, lemma: str) -> bool:
    return word != lemma and word.lower() in (lemma.lower() + "s", lemma.lower() + "es")


def _may_have_genitive(texts: tuple[str, ...], lowered: list[str]) -> bool:
    """Cheap pre-check before tagging: a cue word, "der" after a capitalised word, or a capitalised -s word after one."""
    for index in range(len(texts)):
        word = lowered[index]
        if word in CUES and word != "der":
            return True
        if index > 1 and texts[index - 1][:1].isupper():
            if word == "der" or (texts[index][:1].isupper() and word.endswith("s")):
                return True
    return False


def find(page: Page):
    """Genitive phrases, reported as their first two words."""
    for sentence in page.sentences:
        texts = tuple(token.text for token in sentence.tokens)
        lowered = [text.lower() for text in texts]
        if not _may_have_genitive(texts, lowered):
            continue  # tagging is the expensive part
        tags = nlp.tag(texts)
        for index, word in enumerate(lowered):
            following = index + 1 < len(texts)
            noun_index = index + 1
            while noun_index < len(texts) and tags[noun_index][1].startswith("ADJ"):
                noun_index += 1
            has_noun = noun_index < len(texts) and tags[noun_index][1] in ("NN", "NE")
            hit = False
            if word == "des" and following:
                hit = True
            elif word in RELATIVE_GENITIVES:
                hit = True
            elif word in GENITIVE_DETERMINERS and has_noun:
                hit = _genitive_s(texts[noun_index], tags[noun_index][0])
            elif word == "der" and index > 0 and tags[index - 1][1] in ("NN", "NE") and has_noun:
                hit = True
            elif word in GENITIVE_PREPOSITIONS and following and lowered[index + 1] in GENITIVE_ARTICLES_AFTER_PREPOSITION:
                hit = True
            elif index > 0 and tags[index][1] in ("NN", "NE") and tags[index - 1][1] in ("NN", "NE") and texts[index][0].isupper():
                lemma = tags[index][0]
                hit = word.endswith("es") and _genitive_s(texts[index], lemma) or (tags[index][1] == "NE" and _genitive_s(texts[index], lemma))
                if hit:
                    yield Hit(sentence.tokens[index].line, (texts[index - 1], texts[index]))
                continue
            if hit and following:
                yield Hit(sentence.tokens[index].line, (texts[index], texts[index + 1]))


def message(hit: Hit) -> str:
    """German message."""
    phrase = " ".join(hit.words)
    return f"Genitiv: „{phrase}“. Schreiben Sie „von“ mit Dativ. Zum Beispiel: „das Haus von dem Lehrer“ statt „das Haus des Lehrers“."


RULE = Rule(
    id="genitiv",
    severity=Severity.WARNING,
    title="Kein Genitiv",
    source="BITV 2.0 Anlage 2 Teil 2 Nr. 1; Netzwerk Leichte Sprache; BMAS-Ratgeber",
    find=find,
    message=message,
    per_word=False,
)
