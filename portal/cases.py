"""Rules for good-practice cases that span files, and the Leichte-Sprache check of data fields (cases, events, providers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from portal.errors import Problem

if TYPE_CHECKING:  # portal.dataset imports this module inside load_dataset
    from portal.dataset import Dataset, Record

EASY_HINT = "Die Prüfregeln stehen in CONTRIBUTING.md; lassen Sie den Text von einer Prüfgruppe lesen."


def case_problems(dataset: Dataset) -> list[Problem]:
    """Figures must name existing statistics series; the Leichte-Sprache summary must pass the checker."""
    problems: list[Problem] = []
    for record in dataset.cases:
        problems += _figure_problems(record, dataset)
        problems += easy_summary_problems(record)
    return problems


def _line(record: Record, path: tuple) -> int:
    return record.document.line(path) if record.document else record.line


def _figure_problems(record: Record, dataset: Dataset) -> list[Problem]:
    problems = []
    figures = record.get("figures") or []
    for index, series_id in enumerate(figures if isinstance(figures, list) else []):
        if isinstance(series_id, str) and series_id not in dataset.statistics:
            known = ", ".join(sorted(dataset.statistics)) or "keine"
            problems.append(
                Problem(
                    record.file,
                    _line(record, ("figures", index)),
                    f"figures[{index}]",
                    f"Die Zahlenreihe „{series_id}“ gibt es nicht in data/statistics/",
                    f"Tragen Sie den Dateinamen einer Reihe ohne .yaml ein. Vorhanden sind: {known}.",
                )
            )
    return problems


def easy_summary_problems(record: Record) -> list[Problem]:
    """Errors of the Leichte-Sprache checker in ``summary_leichte_sprache`` (cases and events)."""
    return easy_text_problems(record.get("summary_leichte_sprache"), record.file, _line(record, ("summary_leichte_sprache",)), "summary_leichte_sprache")


def easy_text_problems(text: object, file: str, line: int, field: str) -> list[Problem]:
    """The checker's errors in one Leichte-Sprache data field, each as a problem on that field.

    The checker reads pages; the text is checked as the page shows it, one sentence per line.
    A missing or non-text value is the schema's to report.
    """
    from portal.leichte_sprache.checker import check_text
    from portal.leichte_sprache.model import Severity
    from portal.leichte_sprache.sentences import split_text

    if not isinstance(text, str) or not text.strip():
        return []
    return [
        Problem(file, line, field, f"Leichte Sprache: {finding.message}", EASY_HINT)
        for finding in check_text("\n\n".join(split_text(text)) + "\n", path=file)
        if finding.severity is Severity.ERROR
    ]
