"""Tokens and sentences of visible text.

A full stop ends a sentence unless it belongs to an abbreviation ("z. B.", "Nr."),
an ordinal date ("1. März") or the next word starts in lower case on the same line (then
it was an abbreviation we do not know; at the end of a line it ends the sentence, because
Leichte Sprache starts every sentence on a new line, and a name may start in lower case).
A block (heading, list item, paragraph) always ends a sentence. A line that ends without a
mark ends a sentence too when the next line starts with a word that only starts a sentence
with a capital letter ("Der", "Wenn", "Dann" …): Leichte-Sprache layout puts one sentence
or sense unit on each line, and Markdown joins the lines of a paragraph.

URLs and e-mail addresses are one token each: they are written as they are.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from portal.leichte_sprache.markdown import Block
from portal.leichte_sprache.model import Sentence, Token

# Numbers with separators (1.000, 37,7, 9:00, 01.03.2026) stay one token; words keep their
# hyphens and Mediopunkte (Budget-Nehmer, Budget·nehmer); everything else is one character.
_ADDRESS = (
    r"(?:https?://|www\.)[^\s<>]*[^\s<>.,;:!?)\]“”\"']"  # web address
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail address
    r"|\b(?:[\w-]+\.)+(?:de|com|org|net|eu|info|at|ch)\b(?:/[^\s<>]*[^\s<>.,;:!?)\]“”\"'])?"  # lebenshilfe.de/leichte-sprache
)
_TOKEN = re.compile(_ADDRESS + r"|\d+(?:[.,:]\d+)+|[^\W_]+(?:[-·∙'’][^\W_]+)*-?|\S", re.UNICODE)

ABBREVIATIONS = frozenset(
    """
    z B d h u a o ä v m e V s S Nr nr bzw usw etc ca Dr Prof Hr Fr ggf evtl inkl vgl Abs Str Tel Mio Mrd
    sog bspw zB zzgl abzgl max min Jh Jhd ff f Anm Kap Art Ziff lt gem ehem
    Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez
    """.split()
)
MONTHS = frozenset(
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember Jänner".split()
)
SENTENCE_END = frozenset(".!?")
# Words that start a line only as the start of a new sentence when written with a capital letter
# (inside a sentence they are lower case). "Sie", "Ihr", "Ihnen" are left out: the polite forms
# keep their capital letter inside a sentence.
LINE_STARTERS = frozenset(
    """
    Der Die Das Dem Den Des Ein Eine Einen Einem Einer Er Es Wir Ich Man Du
    Wenn Weil Und Aber Oder Dann Denn Dort Hier Darum Deshalb Bitte Jetzt Heute Danach Dafür Dabei
    Diese Dieser Dieses Jeder Jede Jedes Alle Viele Manche
    """.split()
)
CLOSING = frozenset("\"“”»«’)]")


def tokenize(block: Block) -> list[Token]:
    """Tokens of one block, each with its source line."""
    text = "\n".join(piece for _, piece in block.pieces)
    starts = []
    offset = 0
    for _, piece in block.pieces:
        starts.append(offset)
        offset += len(piece) + 1
    lines = [number for number, _ in block.pieces]
    tokens = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        line = lines[bisect_right(starts, match.start()) - 1]
        tokens.append(Token(word, line, word[0].isalnum()))
    return tokens


def _ends_sentence(tokens: list[Token], index: int) -> bool:
    mark = tokens[index].text
    if mark not in SENTENCE_END:
        return False
    if mark != ".":
        return True
    previous = tokens[index - 1].text if index > 0 else ""
    following = next((token.text for token in tokens[index + 1 :] if token.text not in CLOSING), "")
    if not following:
        return True
    if previous in ABBREVIATIONS:
        return False
    if previous.isdigit() and (following in MONTHS or following in ABBREVIATIONS or following.isdigit()):
        return False  # ordinal date "1. März", "1. 3."
    if following[0].islower():
        return index + 1 < len(tokens) and tokens[index + 1].line != tokens[index].line
    return True


def _starts_new_line_sentence(tokens: list[Token], index: int) -> bool:
    """Token ``index`` opens a line after a line that ended on a word, and is a capitalised sentence starter."""
    return (
        index > 0
        and tokens[index].line != tokens[index - 1].line
        and tokens[index - 1].is_word
        and tokens[index].text in LINE_STARTERS
    )


def split_sentences(blocks: tuple[Block, ...] | list[Block]) -> tuple[Sentence, ...]:
    """All sentences of the blocks, in order."""
    sentences: list[Sentence] = []
    for number, block in enumerate(blocks):
        tokens = tokenize(block)
        current: list[Token] = []
        index = 0
        while index < len(tokens):
            if current and _starts_new_line_sentence(tokens, index):
                sentences.append(Sentence(tuple(current), number))
                current = []
            current.append(tokens[index])
            if _ends_sentence(tokens, index):
                while index + 1 < len(tokens) and tokens[index + 1].text in CLOSING:
                    index += 1
                    current.append(tokens[index])
                sentences.append(Sentence(tuple(current), number))
                current = []
            index += 1
        if any(token.is_word for token in current):
            sentences.append(Sentence(tuple(current), number))
    return tuple(sentence for sentence in sentences if sentence.words)


def split_text(text: str) -> list[str]:
    """Plain text (whitespace folded) cut into sentences by the same rules as pages: "am 18. März" stays whole."""
    text = " ".join(text.split())
    matches = list(_TOKEN.finditer(text))
    tokens = [Token(match.group(), 1, match.group()[0].isalnum()) for match in matches]
    parts, start = [], 0
    for index in range(len(tokens)):
        if not _ends_sentence(tokens, index):
            continue
        end = index
        while end + 1 < len(tokens) and tokens[end + 1].text in CLOSING:
            end += 1
        cut = matches[end].end()
        parts.append(text[start:cut].strip())
        start = cut
    parts.append(text[start:].strip())
    return [part for part in parts if part]


def colon_segments(texts: tuple[str, ...] | list[str]):
    """(start, end) index ranges of a sentence's parts between colons that open a new sentence.

    German spelling capitalises after a colon when a complete sentence follows ("Das heißt:
    Sie bekommen Geld."), and Leichte Sprache uses that colon on purpose instead of a
    subordinate clause; the part after it is counted as a sentence of its own. A number after
    the colon starts a part too ("So spricht man das: 36 tausend").
    """
    start = 0
    for index, text in enumerate(texts):
        if text == ":" and index + 1 < len(texts) and (texts[index + 1][:1].isupper() or texts[index + 1][:1].isdigit()):
            yield start, index
            start = index + 1
    yield start, len(texts)
