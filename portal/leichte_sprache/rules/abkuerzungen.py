"""Rule ``abkuerzungen``: abbreviations and all-caps words must be in the glossary (explained) or written out."""

from __future__ import annotations

import re

from portal.leichte_sprache.model import Hit, Page, Rule, Severity
from portal.leichte_sprache.rules.roemische_zahlen import is_roman_numeral

# BITV 2.0 Anlage 2 Teil 2 Nr. 1: "Abkürzungen … sind zu vermeiden", Nr. 4: otherwise "mit Hilfe
# konkreter Beispiele zu erläutern"; Netzwerk Leichte Sprache / BMAS-Ratgeber: "Vermeiden Sie
# Abkürzungen" (write "zum Beispiel", not "z. B."). An abbreviation that is neither written out
# nor explained breaks both, so this is an error. Explained = listed in the glossary, or defined
# on the page with Markdown's abbreviation syntax ``*[SGB]: Sozial-Gesetz-Buch``.
MIN_CAPITALS = 2  # "SGB", "WfbM", "KiTa": two or more capitals in one word part
DOTTED = frozenset(
    """
    z.B. zB. d.h. u.a. o.ä. u.v.m. e.V. s.o. s.u. i.d.R. z.T. bzw. usw. etc. ca. Nr. Dr. Prof. Hr. Fr. ggf. evtl.
    inkl. vgl. Abs. Str. Tel. Mio. Mrd. sog. bspw. zzgl. abzgl. Jh. Anm. Kap. Ziff. lt. gem. ehem.
    """.split()
)
_CAPITALS = re.compile(r"[A-ZÄÖÜ]")
_LETTER_DOT = re.compile(r"^[^\W\d_]{1,5}$")


def _explained(word: str, glossary: frozenset[str]) -> bool:
    return word in glossary or word.rstrip("s") in glossary or word.replace(" ", "") in {term.replace(" ", "") for term in glossary}


def _dotted(tokens, start: int) -> tuple[str, int] | None:
    """The longest known dotted abbreviation at ``start``, as written ("z. B."), and how many tokens it spans."""
    letters: list[str] = []
    end = start
    while end + 1 < len(tokens) and len(letters) < 4 and _LETTER_DOT.match(tokens[end].text) and tokens[end + 1].text == ".":
        letters.append(tokens[end].text)
        end += 2
    for count in range(len(letters), 0, -1):
        if "".join(letter + "." for letter in letters[:count]) in DOTTED:
            return " ".join(letter + "." for letter in letters[:count]), 2 * count
    return None


def find(page: Page):
    """Dotted abbreviations (z. B., Nr.) and words with two or more capitals not in the glossary."""
    for sentence in page.sentences:
        tokens = sentence.tokens
        index = 0
        while index < len(tokens):
            token = tokens[index]
            dotted = _dotted(tokens, index) if token.is_word else None
            if dotted:
                written, length = dotted
                if not _explained(written, page.glossary):
                    yield Hit(token.line, (written,))
                index += length
                continue
            if token.is_word and not _explained(token.text, page.glossary):
                for part in re.split(r"[-·∙]", token.text):
                    if len(_CAPITALS.findall(part)) >= MIN_CAPITALS and part.isalpha() and not is_roman_numeral(part) and not _explained(part, page.glossary):
                        yield Hit(token.line, (part,))
            index += 1


def message(hit: Hit) -> str:
    """German message."""
    word = hit.words[0]
    if word.endswith("."):
        return f"Abkürzung „{word}“. Schreiben Sie das Wort aus, zum Beispiel „zum Beispiel“ statt „z. B.“."
    return (
        f"Abkürzung „{word}“ ist nicht erklärt. Schreiben Sie das Wort aus oder erklären Sie es im Wörterbuch "
        f"(zum Beispiel: *[{word}]: Erklärung)."
    )


RULE = Rule(
    id="abkuerzungen",
    severity=Severity.ERROR,
    title="Keine Abkürzungen",
    source="BITV 2.0 Anlage 2 Teil 2 Nr. 1 und 4; Netzwerk Leichte Sprache; BMAS-Ratgeber",
    find=find,
    message=message,
)
