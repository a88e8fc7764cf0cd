"""Data types shared by the Leichte-Sprache checker: findings, tokens, sentences, rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Callable, Iterable


class Severity(str, Enum):
    """How bad a finding is: an error fails the check, a warning is only listed."""

    ERROR = "error"
    WARNING = "warning"

    @property
    def label(self) -> str:
        """German label for editors."""
        return "Fehler" if self is Severity.ERROR else "Warnung"


@dataclass(frozen=True)
class Finding:
    """One rule broken at one place of one page."""

    path: str
    line: int
    rule: str
    severity: Severity
    message: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class Allowance:
    """A page's permission to break ``rule`` for ``word``, with the reason why."""

    rule: str
    word: str
    reason: str


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark of visible text, with the Markdown source line it came from."""

    text: str
    line: int
    is_word: bool


@dataclass(frozen=True)
class Sentence:
    """A sentence of visible text; ``block`` numbers the Markdown block (paragraph, heading, item) it sits in."""

    tokens: tuple[Token, ...]
    block: int

    @property
    def words(self) -> tuple[Token, ...]:
        """The word tokens, punctuation left out."""
        return tuple(token for token in self.tokens if token.is_word)

    @property
    def first_line(self) -> int:
        """Source line where the sentence starts."""
        return self.tokens[0].line

    @property
    def last_line(self) -> int:
        """Source line where the sentence ends."""
        return self.tokens[-1].line

    @property
    def text(self) -> str:
        """The sentence as plain text (tokens joined by spaces; for messages only)."""
        return " ".join(token.text for token in self.tokens)


@dataclass(frozen=True)
class Page:
    """Everything a rule may look at: the sentences of one page and the glossary that explains words."""

    sentences: tuple[Sentence, ...]
    glossary: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Hit:
    """What a rule found, before allowances are applied and the message is written."""

    line: int
    words: tuple[str, ...]
    detail: str = ""


@dataclass(frozen=True)
class Rule:
    """A Leichte-Sprache rule.

    ``find`` yields hits for one page. ``per_word`` rules report the offending words
    themselves, so an allowance removes just its word; other rules (sentence length)
    report the whole sentence, and an allowance for any of its words silences it.
    """

    id: str
    severity: Severity
    title: str
    source: str
    find: Callable[[Page], Iterable[Hit]]
    message: Callable[[Hit], str]
    per_word: bool = True
    layout: bool = False
