"""The one Leichte-Sprache check of data fields (case and event summaries, provider descriptions, glossary explanations).

The checker reads pages; a data field is checked as its page shows it, one
sentence per line (cut by the checker's own sentence rules, so "am 18. März"
or "z. B." do not end a line).
"""

from __future__ import annotations

from typing import Any

from portal.core.errors import Problem, field_path
from portal.leichte_sprache.checker import check_text
from portal.leichte_sprache.model import Severity
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
