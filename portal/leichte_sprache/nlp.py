"""Language resources: syllables (counted from vowel groups) and part-of-speech tags (HanTa, shipped inside its package).

Nothing is downloaded at run time. The tagger is loaded once, on first use, and results
are memoised per word or per sentence: a page set repeats most of its words.
"""

from __future__ import annotations

from functools import lru_cache

from HanTa.HanoverTagger import HanoverTagger

MEDIOPUNKT = ("·", "∙")  # U+00B7 MIDDLE DOT and U+2219 BULLET OPERATOR, both used as Mediopunkt in practice
_LEXICAL_MORPHEME_TAGS = ("NN", "NE", "ADJ", "VV", "ADV", "CARD")


class _MemoisingTagger(HanoverTagger):
    """HanTa re-analyses every word it has not pre-cached on each call; memoising that is most of the speed.

    Overrides ``analyze_forward`` of HanTa 1.2.1 (pinned): a pure function of the word.
    """

    def analyze_forward(self, word):  # noqa: D102 - HanTa's own name
        memo = self.__dict__.setdefault("_memo", {})
        result = memo.get(word)
        if result is None:
            result = memo[word] = super().analyze_forward(word)
        return result


@lru_cache(maxsize=1)
def _tagger() -> _MemoisingTagger:
    return _MemoisingTagger("morphmodel_ger.pgz")


def _plain(word: str) -> str:
    for dot in MEDIOPUNKT:
        word = word.replace(dot, "")
    return word


VOWELS = frozenset("aeiouyäöü")
# Two vowel letters that are one syllable nucleus: the German diphthongs and "ie", and the long
# vowels written double. Any other pair of adjacent vowels belongs to two syllables (Si-tu-a-ti-on).
ONE_NUCLEUS = frozenset({"ei", "ai", "au", "eu", "äu", "ie", "ey", "ay", "aa", "ee", "oo"})


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Number of spoken syllables of ``word``: one per vowel group, a diphthong counting once.

    Hyphenation points (pyphen) are not syllables: "Arbeitsmarkt" has 3 syllables
    (Ar-beits-markt), "Haushalt" 2. A "u" after "q" is part of the consonant (Qua-li-tät).
    Hyphens and Mediopunkte are ignored, so a split word counts like the whole word.
    """
    letters = "".join(letter for letter in _plain(word).lower() if letter.isalpha())
    count = 0
    index = 0
    while index < len(letters):
        letter = letters[index]
        if letter not in VOWELS or (letter == "u" and index > 0 and letters[index - 1] == "q"):
            index += 1
            continue
        count += 1
        index += 2 if letters[index : index + 2] in ONE_NUCLEUS else 1
    if count == 0 and letters:
        return 1  # a word without vowel letters ("Hm") is still spoken as one syllable
    return count


@lru_cache(maxsize=8192)
def tag(words: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(lemma, STTS tag) for each token of one sentence, in context."""
    if not words:
        return ()
    tagger = _tagger()
    plain = [_plain(word) or word for word in words]
    tags = tagger.tag_sent(plain, taglevel=0)
    return tuple((_lemma(word, pos), pos) for word, pos in zip(plain, tags))


@lru_cache(maxsize=65536)
def _lemma(word: str, pos: str) -> str:
    tagger = _tagger()
    if pos not in tagger.tag2int:
        return word
    return tagger._analyze(word, tagger.tag2int[pos], taglevel=1)[0]


@lru_cache(maxsize=65536)
def compound_parts(word: str) -> tuple[str, ...]:
    """The lexical parts of a compound noun ("Windschutzscheibe" -> wind, schutz, scheibe); one part if not a compound."""
    stem, morphemes, pos = _tagger().analyze(_plain(word), taglevel=3)
    if not pos.startswith("NN"):
        return (word,)
    parts = tuple(morpheme for morpheme, mtag in morphemes if mtag.split("_")[0] in _LEXICAL_MORPHEME_TAGS and len(morpheme) > 1)
    return parts if len(parts) > 1 else (word,)
