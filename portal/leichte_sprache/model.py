"""Data types shared by the Leichte-Sprache checker: findings, tokens, sentences, rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
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

    @cached_property
    def words(self) -> tuple[Token, ...]:
        """The word tokens, punctuation left out (computed once: every rule asks for them)."""
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
class Profile:
    """A set of thresholds and severities: which rule source the checker follows.

    The house profile follows the Netzwerk Leichte Sprache rules, the Hildesheim profile the
    stricter rule book of Bredel and Maaß. ``PROFILE.md`` in this package gives the source of
    every value; ``portal.leichte_sprache.profiles`` holds the two instances.
    """

    id: str
    title: str
    sentence_warning_above: int  # words; a sentence with more words is a warning
    sentence_error_above: int  # words; a sentence with more words is an error
    compound_warning_from: int  # syllables of an unsplit compound noun that make a warning
    compound_error_from: int  # syllables of an unsplit compound noun that make an error
    main_clauses_severity: Severity  # two main clauses with two finite verbs in one sentence
    subordinate_severity: Severity  # a subordinate clause ("Wenn …, dann …", relative clause, "weil …")
    direct_speech_quotes: bool  # True: quotation marks around direct speech after a colon are fine
    quote_severity: Severity  # quotation marks otherwise
    passive_severity: Severity
    subjunctive_severity: Severity


@dataclass(frozen=True)
class Page:
    """Everything a rule may look at: the sentences of one page, the glossary that explains words, the profile."""

    sentences: tuple[Sentence, ...]
    glossary: frozenset[str] = field(default_factory=frozenset)
    profile: Profile | None = None  # None: the house profile (set by the checker)


@dataclass(frozen=True)
class Hit:
    """What a rule found, before allowances are applied and the message is written.

    ``severity`` overrides the rule's own severity where the profile grades a finding
    (a sentence of 14 words is a warning, one of 16 an error).
    """

    line: int
    words: tuple[str, ...]
    detail: str = ""
    severity: Severity | None = None


@dataclass(frozen=True)
class Rule:
    """A Leichte-Sprache rule.

    ``find`` yields hits for one page. ``per_word`` rules report the offending words
    themselves, so an allowance removes just its word; other rules (sentence length)
    report the whole sentence, and an allowance for any of its words silences it.
    ``severity`` is the rule's severity in the house profile; a hit may carry its own.
    """

    id: str
    severity: Severity
    title: str
    source: str
    find: Callable[[Page], Iterable[Hit]]
    message: Callable[[Hit], str]
    per_word: bool = True
    layout: bool = False
