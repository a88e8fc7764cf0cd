"""Rules for good-practice cases that span files or need the Leichte-Sprache checker."""

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
    """Errors of the Leichte-Sprache checker in ``summary_leichte_sprache`` (cases and events).

    The checker reads pages; the summary is checked as the page shows it, one sentence per line.
    """
    from portal.leichte_sprache.checker import check_text
    from portal.leichte_sprache.model import Severity
    from portal.providers import sentences

    text = record.get("summary_leichte_sprache")
    if not isinstance(text, str) or not text.strip():
        return []
    return [
        Problem(record.file, _line(record, ("summary_leichte_sprache",)), "summary_leichte_sprache", f"Leichte Sprache: {finding.message}", EASY_HINT)
        for finding in check_text("\n\n".join(sentences(text)) + "\n", path=record.file)
        if finding.severity is Severity.ERROR
    ]
