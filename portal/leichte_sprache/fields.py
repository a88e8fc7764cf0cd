"""The one Leichte-Sprache check of data fields (case and event summaries, provider descriptions, glossary explanations).

The checker reads pages; a data field is checked as its page shows it, one
sentence per line (cut by the checker's own sentence rules, so "am 18. März"
or "z. B." do not end a line).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from portal.core.errors import Problem, field_path
from portal.leichte_sprache.checker import check_text
from portal.leichte_sprache.model import Severity
from portal.leichte_sprache.rules.sonderzeichen import SPECIAL_CHARACTERS
from portal.leichte_sprache.sentences import split_text

EASY_HINT = "Die Prüfregeln stehen in CONTRIBUTING.md; lassen Sie den Text von einer Prüfgruppe lesen."


def sentences(text: str | None) -> list[str]:
    """Leichte Sprache puts one sentence on each line; the YAML folds them into one."""
    return split_text(text or "")


def easy_text_problems(text: object, file: str, line: int, field: str) -> list[Problem]:
    """The checker's errors in one Leichte-Sprache data field, each as a problem on that field.

    A missing or non-text value is the schema's to report.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    return [
        Problem(file, line, field, f"Leichte Sprache: {finding.message}", EASY_HINT)
        for finding in check_text("\n\n".join(sentences(text)) + "\n", path=file)
        if finding.severity is Severity.ERROR
    ]


def easy_field_problems(record: Any, fields: tuple[str, ...]) -> list[Problem]:
    """``easy_text_problems`` for each named field of a record (anything with ``get``, ``file``, ``prefix``, ``line_of``)."""
    problems: list[Problem] = []
    for name in fields:
        problems += easy_text_problems(record.get(name), record.file, record.line_of((name,)), field_path((*record.prefix, name)))
    return problems


# What in a name may break a rule by being a name: long compounds, letters as names, hyphens, long numbers, signs.
_NAME_PIECE = re.compile(r"[^\s()\[\]/&;,:„“”\"»«]+")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+")
_DOTTED = re.compile(r"(?<!\w)(?:\w{1,5}\.\s?){1,4}")


def _name_rules(word: str) -> tuple[str, ...]:
    rules = []
    if len(word) >= 8 and word.isalpha():
        rules += ["lange-woerter", "kurze-woerter"]
    if sum(letter.isupper() for letter in word) >= 2 or word.endswith("."):
        rules.append("abkuerzungen")
    if "-" in word:
        rules.append("trennzeichen")
    if sum(letter.isdigit() for letter in word) >= 4:
        rules.append("grosse-zahlen")
    return tuple(rules)


def name_allowances(names: Iterable[str | None], reason: str) -> list[dict[str, str]]:
    """``leichte_sprache.allow`` entries for the words and signs of names a generated page quotes.

    Names (and addresses, postal codes, telephone numbers) stay as their owners
    write them (Netzwerk Leichte Sprache); the page that quotes them lets the
    checker accept exactly their words, for the rules such words can break,
    and nothing else on the page.
    """
    entries: dict[tuple[str, str], dict[str, str]] = {}
    for name in names:
        if not isinstance(name, str):
            continue
        words = {match.group(0).strip() for match in _DOTTED.finditer(name)}
        for piece in _NAME_PIECE.findall(name):
            piece = piece.strip("!?–")
            if piece:
                words.update({piece, piece.rstrip(".")})
                words.update(part for part in piece.rstrip(".").split("-") if part)
        for word in sorted(word for word in words if word):
            for rule in _name_rules(word):
                entries.setdefault((rule, word.casefold()), {"rule": rule, "word": word, "reason": reason})
        # A name with a full stop inside ("… & Co. Tabelle") reads as two sentences on one line.
        for rest in _SENTENCE_BREAK.split(name)[1:]:
            for word in re.findall(r"\w+", rest):
                entries.setdefault(("satz-pro-zeile", word.casefold()), {"rule": "satz-pro-zeile", "word": word, "reason": reason})
        for sign in sorted({sign for sign in name if sign in SPECIAL_CHARACTERS}):
            entries.setdefault(("sonderzeichen", sign), {"rule": "sonderzeichen", "word": sign, "reason": reason})
    return list(entries.values())
