"""Rule ``trennzeichen``: a page splits words either with hyphens or with Mediopunkte, not both."""

from __future__ import annotations

from collections import Counter

from portal.leichte_sprache import nlp
from portal.leichte_sprache.model import Hit, Page, Rule, Severity

# BITV 2.0 Anlage 2 Teil 2 Nr. 3: "Begriffe sind durchgängig in gleicher Weise zu verwenden";
# the Netzwerk splits with the Binde-Strich, Bredel/Maaß with the Medio·punkt; either is fine,
# but a page that mixes them writes the same kind of word two ways. Any mix fails. Names spelled
# with a hyphen (Baden-Württemberg) and words with one-letter or all-caps parts (E-Mail) are
# spelling, not a reading aid, and do not count.
MAX_STYLES_PER_PAGE = 1
HYPHEN, MEDIOPUNKT = "Binde-Strich", "Medio·punkt"


def _style(word: str) -> str | None:
    if any(dot in word for dot in nlp.MEDIOPUNKT):
        return MEDIOPUNKT
    parts = word.strip("-").split("-")
    # E-Mail, SGB-IX-Leistung: one-letter or all-caps parts are spelling, not a reading aid.
    # Addresses (www.lvr.de/leichte-sprache) are written as they are: only letters count.
    if len(parts) > 1 and all(len(part) > 1 and part.isalpha() and not part.isupper() for part in parts):
        return HYPHEN
    return None


def _names(sentence) -> set[int]:
    """Indexes (in ``sentence.tokens``) of proper names: "Baden-Württemberg" keeps its hyphen by spelling."""
    texts = tuple(token.text for token in sentence.tokens)
    return {index for index, (_, pos) in enumerate(nlp.tag(texts)) if pos == "NE"}


def find(page: Page):
    """Words in the page's less frequent style when both styles occur; hyphenated names do not count."""
    styled = [(sentence, index, token, _style(token.text)) for sentence in page.sentences for index, token in enumerate(sentence.tokens) if token.is_word]
    counts = Counter(style for *_, style in styled if style)
    if len(counts) <= MAX_STYLES_PER_PAGE:
        return
    # Both styles: leave out names spelled with a hyphen (tagging only now, on such pages).
    hyphen_sentences = {id(sentence): sentence for sentence, _, _, style in styled if style == HYPHEN}
    names = {key: _names(sentence) for key, sentence in hyphen_sentences.items()}
    styled = [(sentence, index, token, None if style == HYPHEN and index in names.get(id(sentence), ()) else style) for sentence, index, token, style in styled]
    counts = Counter(style for *_, style in styled if style)
    if len(counts) <= MAX_STYLES_PER_PAGE:
        return
    main, _ = counts.most_common(1)[0]
    for _, _, token, style in styled:
        if style and style != main:
            yield Hit(token.line, (token.text,), detail=main)


def message(hit: Hit) -> str:
    """German message."""
    return (
        f"„{hit.words[0]}“ ist anders getrennt als der Rest der Seite. Die Seite trennt meist mit "
        f"{hit.detail}. Trennen Sie alle Wörter auf der Seite gleich."
    )


RULE = Rule(
    id="trennzeichen",
    severity=Severity.ERROR,
    title="Einheitlich trennen",
    source="BITV 2.0 Anlage 2 Teil 2 Nr. 3; Netzwerk Leichte Sprache; Bredel/Maaß",
    find=find,
    message=message,
)
