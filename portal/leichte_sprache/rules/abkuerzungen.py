"""Rule ``abkuerzungen``: abbreviations are written out, explained, or known names."""

from __future__ import annotations

import re

from portal.leichte_sprache.model import Hit, Page, Rule, Severity
from portal.leichte_sprache.names import NAMES
from portal.leichte_sprache.rules.roemische_zahlen import is_roman_numeral

# BITV 2.0 Anlage 2 Teil 2 Nr. 1: "Abkürzungen … sind zu vermeiden"; Netzwerk Leichte Sprache /
# BMAS-Ratgeber: "Verzichten Sie auf Abkürzungen" (write "zum Beispiel", not "z. B."); Leichte
# Sprache Baden-Württemberg: "Gibt es Abkürzungen? Dann werden sie erklärt." An abbreviation
# that is neither written out nor explained breaks all of them, so this is an error.
# Explained means any of:
#   * listed in the glossary (data/glossary.yaml), or defined on the page with Markdown's
#     abbreviation syntax ``*[SGB]: Sozial-Gesetz-Buch``;
#   * explained in the text itself (dotted ones too: "e. V. heißt: eingetragener Verein"):
#     a sentence that names it together with "Abkürzung",
#     "abgekürzt", "Kurz-Wort", "kurz:" or "Buchstaben" ("Bundes-Teilhabe-Gesetz. Die Abkürzung
#     ist: BTHG."), or that says what it means ("BTHG heißt: …", "BTHG steht für …");
#   * a name in ``portal.leichte_sprache.names`` (broadcasters, organisations, parties, WC, LKW).
# Dotted abbreviations (z. B., d. h., Nr.) not explained in the text are reported: the sources
# ask to write them out.
MIN_CAPITALS = 2  # "SGB", "WfbM", "KiTa": two or more capitals in one word part …
MIN_CAPITAL_SHARE = 0.5  # … making up at least half its letters: "WhatsApp", "YouTube" are names, not abbreviations
DOTTED = frozenset(
    """
    z.B. zB. d.h. u.a. o.ä. u.v.m. e.V. s.o. s.u. i.d.R. z.T. bzw. usw. etc. ca. Nr. Dr. Prof. Hr. Fr. ggf. evtl.
    inkl. vgl. Abs. Str. Tel. Mio. Mrd. sog. bspw. zzgl. abzgl. Jh. Anm. Kap. Ziff. lt. gem. ehem.
    """.split()
)
_CAPITALS = re.compile(r"[A-ZÄÖÜ]")
_LETTER_DOT = re.compile(r"^[^\W\d_]{1,5}$")


# A sentence with one of these words explains the abbreviations in it.
EXPLAINING_WORDS = re.compile(r"^(abkürz\w*|abgekürzt|kurz[-·∙]?wort\w*|kurz[-·∙]?form\w*|buchstaben)$", re.IGNORECASE)
# An abbreviation followed by one of these verbs is being explained ("BTHG heißt: …"), and so is
# one after such a verb ("Die Werkstatt für Menschen mit Behinderung heißt auch: WfbM") unless the
# verb is the discourse marker "Das heißt:" / "Es heißt".
MEANING_VERBS = frozenset("heißt heißen bedeutet bedeuten steht stehen meint".split())
DISCOURSE_SUBJECTS = frozenset({"das", "es", "dies"})


def _known(glossary: frozenset[str]) -> frozenset[str]:
    """The glossary's words as written and without spaces ("z. B." and "z.B.")."""
    return glossary | frozenset(term.replace(" ", "") for term in glossary)


def _explained(word: str, known: frozenset[str]) -> bool:
    return word in NAMES or word in known or word.rstrip("s") in known or word.replace(" ", "") in known


def is_abbreviation(part: str) -> bool:
    """Two or more capitals making up at least half the letters ("SGB", "WfbM", "BAföG"), not a Roman numeral."""
    if part.islower() or (part[:1].isupper() and part[1:].islower()):
        return False  # most words: fast path
    if not part.isalpha() or is_roman_numeral(part):
        return False
    capitals = len(_CAPITALS.findall(part))
    return capitals >= MIN_CAPITALS and capitals >= MIN_CAPITAL_SHARE * len(part)


def _parts(word: str) -> list[str]:
    return [part for part in re.split(r"[-·∙]", word) if part]


def explained_in_text(page: Page) -> frozenset[str]:
    """Abbreviations the page explains in its own sentences."""
    explained = set()
    for sentence in page.sentences:
        texts = [token.text for token in sentence.tokens]
        lowered = [text.lower() for text in texts]
        sentence_explains = any(EXPLAINING_WORDS.match(text) for text in texts) or any(
            (word == "kurz" and following == ":") or (word in ("kurze", "kurzes") and following == "wort")
            for word, following in zip(lowered, lowered[1:])
        )
        naming = [index for index, word in enumerate(lowered) if word in MEANING_VERBS and (index == 0 or lowered[index - 1] not in DISCOURSE_SUBJECTS)]
        if not sentence_explains and not any(word in MEANING_VERBS for word in lowered):
            continue
        tokens = sentence.tokens
        for index in range(len(tokens)):
            dotted = _dotted(tokens, index) if tokens[index].is_word else None
            if dotted:
                written, length = dotted
                following = lowered[index + length] if index + length < len(texts) else ""
                if sentence_explains or following in MEANING_VERBS:
                    explained.add(written)
        for index, text in enumerate(texts):
            for part in _parts(text):
                if not is_abbreviation(part):
                    continue
                following = lowered[index + 1] if index + 1 < len(texts) else ""
                named_after = any(verb < index for verb in naming)  # "… heißt auch: WfbM"
                if sentence_explains or following in MEANING_VERBS or named_after:
                    explained.add(part)
    return frozenset(explained)


def _dotted(tokens, start: int) -> tuple[str, int] | None:
    """The longest known dotted abbreviation at ``start``, as written ("z. B."), and how many tokens it spans."""
    letters: list[str] = []
    end = start
    while end + 1 < len(tokens) and tokens[end + 1].text == "." and len(letters) < 4 and _LETTER_DOT.match(tokens[end].text):
        letters.append(tokens[end].text)
        end += 2
    for count in range(len(letters), 0, -1):
        if "".join(letter + "." for letter in letters[:count]) in DOTTED:
            return " ".join(letter + "." for letter in letters[:count]), 2 * count
    return None


def find(page: Page):
    """Dotted abbreviations (z. B., Nr.), and abbreviations neither explained nor known as names."""
    glossary = _known(page.glossary | explained_in_text(page))
    for sentence in page.sentences:
        tokens = sentence.tokens
        index = 0
        while index < len(tokens):
            token = tokens[index]
            dotted = _dotted(tokens, index) if token.is_word else None
            if dotted:
                written, length = dotted
                if not _explained(written, glossary):
                    yield Hit(token.line, (written,))
                index += length
                continue
            if token.is_word and not _explained(token.text, glossary):
                for part in _parts(token.text):
                    if is_abbreviation(part) and not _explained(part, glossary):
                        yield Hit(token.line, (part,))
            index += 1


def message(hit: Hit) -> str:
    """German message."""
    word = hit.words[0]
    if word.endswith("."):
        return f"Abkürzung „{word}“. Schreiben Sie das Wort aus, zum Beispiel „zum Beispiel“ statt „z. B.“."
    return (
        f"Abkürzung „{word}“ ist nicht erklärt. Schreiben Sie das Wort aus, erklären Sie es im Text "
        f"(zum Beispiel: „Die Abkürzung ist: {word}.“) oder im Wörterbuch."
    )


RULE = Rule(
    id="abkuerzungen",
    severity=Severity.ERROR,
    title="Keine Abkürzungen",
    source="BITV 2.0 Anlage 2 Teil 2 Nr. 1; Netzwerk Leichte Sprache (Regeln, BMAS-Ratgeber); Leichte Sprache Baden-Württemberg",
    find=find,
    message=message,
)
