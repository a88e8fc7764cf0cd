"""Load every data file, validate it and check the rules that span files."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from portal.errors import DataError, Problem
from portal.schemas import SCHEMA_DIR
from portal.load import YamlDocument, expect_mapping, read_folder, read_or_report
from portal.facts import Fact, load_facts
from portal.glossary import Term, load_glossary
from portal.statistics import Series, load_statistics
from portal.validate import validate_document

EVENT_FILE_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass
class Record:
    """One provider, case or event with where it came from."""

    kind: str
    slug: str
    data: dict[str, Any]
    file: str
    line: int
    document: YamlDocument | None = None

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)


@dataclass
class Dataset:
    """Everything in ``data/``, validated."""

    providers: list[Record] = field(default_factory=list)
    cases: list[Record] = field(default_factory=list)
    events: list[Record] = field(default_factory=list)
    statistics: dict[str, Series] = field(default_factory=dict)
    glossary: list[Term] = field(default_factory=list)
    facts: dict[str, Fact] = field(default_factory=dict)

    def provider(self, provider_id: str) -> Record | None:
        return self._provider_index().get(provider_id)

    def _provider_index(self) -> dict[str, Record]:
        if not hasattr(self, "_index"):
            self._index = {record.slug: record for record in self.providers}
        return self._index


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def counts_text(dataset: Dataset) -> str:
    """How much data a build has, in German: 19 Anbieter, 5 Beispiele, 1 Termin, 6 Zahlenreihen."""
    return ", ".join(
        (
            _count(len(dataset.providers), "Anbieter", "Anbieter"),
            _count(len(dataset.cases), "Beispiel", "Beispiele"),
            _count(len(dataset.events), "Termin", "Termine"),
            _count(len(dataset.statistics), "Zahlenreihe", "Zahlenreihen"),
        )
    )


def _load_providers(root: Path, schemas: Path, problems: list[Problem]) -> list[Record]:
    path = root / "data" / "providers.yaml"
    if not path.exists():
        return []
    document = read_or_report(path, root, problems)
    if document is None or not expect_mapping(document, problems):
        return []
    found = validate_document(document, schemas / "providers.schema.json")
    problems += found
    records: list[Record] = []
    first_line: dict[str, int] = {}
    for index, entry in enumerate(document.data.get("providers") or []):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        line = document.line(("providers", index, "id"))
        provider_id = entry["id"]
        if provider_id in first_line:
            problems.append(
                Problem(
                    document.display,
                    line,
                    f"providers[{index}].id",
                    f"Die Kennung „{provider_id}“ gibt es schon (Zeile {first_line[provider_id]})",
                    "Jede Kennung darf nur einmal vorkommen; wählen Sie eine andere.",
                )
            )
            continue
        first_line[provider_id] = line
        records.append(Record("provider", provider_id, entry, document.display, document.line(("providers", index))))
    return records


def _load_folder(root: Path, schemas: Path, folder: str, kind: str, schema: str, example: str, problems: list[Problem]) -> list[Record]:
    records = []
    for document in read_folder(root, Path("data") / folder, problems, example):
        problems += validate_document(document, schemas / schema)
        records.append(Record(kind, document.path.stem, document.data, document.display, 1, document))
    return records


def _check_events(events: list[Record], dataset: Dataset, problems: list[Problem]) -> None:
    for event in events:
        document = event.document
        match = EVENT_FILE_NAME.match(event.slug)
        start, end = event.get("start"), event.get("end")
        if not match:
            problems.append(
                Problem(event.file, 0, "", "Der Dateiname muss mit dem Datum beginnen: JJJJ-MM-TT-kurzname.yaml", "Zum Beispiel 2026-03-12-online-sprechstunde.yaml.")
            )
        starts = _moment(start)
        ends = _moment(end)
        if match and starts and starts.date().isoformat() != match.group(1):
            problems.append(
                Problem(event.file, document.line(("start",)), "start", f"Der Beginn {start} passt nicht zum Datum im Dateinamen ({match.group(1)})", "Gleichen Sie Dateiname und Beginn an.")
            )
        if starts and ends and ends < starts:
            problems.append(Problem(event.file, document.line(("end",)), "end", f"Das Ende {end} liegt vor dem Beginn {start}", "Prüfen Sie Datum und Uhrzeit."))
        known = ", ".join(sorted(record.slug for record in dataset.providers)[:20])
        place = event.get("place")
        references = [(("organiser",), "organiser", event.get("organiser"), "Den Veranstalter")]
        if isinstance(place, dict):
            references.append((("place", "provider"), "place.provider", place.get("provider"), "Den Anbieter am Ort"))
        for path, field_name, provider_id, what in references:
            if isinstance(provider_id, str) and dataset.provider(provider_id) is None:
                problems.append(
                    Problem(
                        event.file,
                        document.line(path),
                        field_name,
                        f"{what} „{provider_id}“ gibt es nicht in data/providers.yaml",
                        f"{_suggest_provider(provider_id, dataset)}Tragen Sie die Kennung (id) eines Anbieters ein oder legen Sie ihn zuerst an. "
                        f"Vorhanden sind zum Beispiel: {known}.",
                    )
                )


def _suggest_provider(provider_id: str, dataset: Dataset) -> str:
    """The closest existing ids, so a typo is easy to fix."""
    close = difflib.get_close_matches(provider_id, [record.slug for record in dataset.providers], n=3, cutoff=0.5)
    return f"Meinten Sie {', '.join(f'„{slug}“' for slug in close)}? " if close else ""


def _moment(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else None


def load_dataset(root: Path) -> Dataset:
    """Read and validate everything in ``root/data``; raise DataError listing every problem."""
    root = Path(root)
    schemas = root / "schemas" if (root / "schemas").is_dir() else SCHEMA_DIR
    problems: list[Problem] = []
    dataset = Dataset()
    dataset.providers = _load_providers(root, schemas, problems)
    dataset.cases = _load_folder(root, schemas, "good-practice", "case", "good-practice.schema.json", "inklusionsbetrieb-musterstadt.yaml", problems)
    dataset.events = _load_folder(root, schemas, "events", "event", "event.schema.json", "2027-03-12-online-sprechstunde.yaml", problems)
    dataset.statistics = load_statistics(root, problems)
    dataset.glossary = load_glossary(root, schemas, problems)
    dataset.facts = load_facts(root, schemas, problems)
    _check_events(dataset.events, dataset, problems)
    # portal.providers builds on Dataset and Record, hence the import here.
    from portal.providers import easy_description_problems

    problems += easy_description_problems(dataset.providers)
    from portal.cases import case_problems, easy_summary_problems  # cross-file rules for cases

    problems += case_problems(dataset)
    for event in dataset.events:
        problems += easy_summary_problems(event)
    if problems:
        raise DataError(problems)
    dataset.events.sort(key=lambda record: (record["start"], record.slug))
    return dataset
