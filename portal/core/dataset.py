"""Load every registered record type from ``data/``, validate it and check the rules that span files."""

from __future__ import annotations

from pathlib import Path

from portal.core.errors import DataError, Problem, field_path
from portal.core.load import expect_mapping, read_folder, read_or_report
from portal.core.model import Dataset, Record, RecordType
from portal.core.schemas import SCHEMA_DIR
from portal.core.validate import validate_document
from portal.leichte_sprache.fields import easy_field_problems


def schema_dir(root: Path) -> Path:
    """The project's own schemas, or the package's when ``root`` has none (a data-only folder)."""
    return root / "schemas" if (root / "schemas").is_dir() else SCHEMA_DIR


def _records_from_file(root: Path, schemas: Path, record_type: RecordType, problems: list[Problem]) -> list[Record]:
    path = root / record_type.source
    if not (path.exists() or path.is_symlink()):
        return []
    document = read_or_report(path, root, problems)
    if document is None or not expect_mapping(document, problems):
        return []
    problems += validate_document(document, schemas / record_type.schema)
    records: list[Record] = []
    first_line: dict[str, int] = {}
    key = record_type.list_key
    entries = document.data.get(key)
    # Not a list: the schema has reported it; there are no records to read.
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        line = document.line((key, index, "id"))
        record_id = entry["id"]
        if record_id in first_line:
            problems.append(
                Problem(
                    document.display,
                    line,
                    f"{key}[{index}].id",
                    f"Die Kennung „{record_id}“ gibt es schon (Zeile {first_line[record_id]})",
                    "Jede Kennung darf nur einmal vorkommen; wählen Sie eine andere.",
                )
            )
            continue
        first_line[record_id] = line
        records.append(Record(record_type.name, record_id, entry, document.display, document.line((key, index)), document, (key, index)))
    return records


def _records_from_folder(root: Path, schemas: Path, record_type: RecordType, problems: list[Problem]) -> list[Record]:
    records = []
    for document in read_folder(root, Path(record_type.source), problems, record_type.example):
        problems += validate_document(document, schemas / record_type.schema)
        records.append(Record(record_type.name, document.path.stem, document.data, document.display, 1, document))
    return records


def load_records(root: Path, schemas: Path, record_type: RecordType, problems: list[Problem]) -> list[Record]:
    """The records of one type as the schema and the file layout allow; problems are appended."""
    if record_type.is_folder:
        return _records_from_folder(root, schemas, record_type, problems)
    return _records_from_file(root, schemas, record_type, problems)


RESERVED_SLUGS = ("index",)


def reserved_name_problems(root: Path, record_type: RecordType, records: list[Record]) -> list[Problem]:
    """A record's page must not replace a content page or folder (``index`` is the overview of its folder)."""
    if not record_type.url_dir:
        return []
    content = root / "content" / record_type.url_dir
    problems = []
    for record in records:
        page = content / f"{record.slug}.md"
        folder = content / record.slug
        if record.slug in RESERVED_SLUGS or page.exists() or folder.is_dir():
            taken = f"content/{record_type.url_dir}/{record.slug}" + ("/" if folder.is_dir() else ".md")
            if record.slug == "index":
                taken = f"die Übersichtsseite content/{record_type.url_dir}/index.md"
            what = "Der Dateiname" if record_type.is_folder else "Die Kennung"
            problems.append(
                Problem(
                    record.file,
                    1 if record_type.is_folder else record.line_of(("id",)),
                    "" if record_type.is_folder else field_path(record.prefix + ("id",)),
                    f"{what} „{record.slug}“ ist vergeben: die Seite dazu würde {taken} ersetzen",
                    "Wählen Sie einen anderen Namen" + (" für die Datei." if record_type.is_folder else " für die Kennung (id)."),
                )
            )
    return problems


def load_dataset(root: Path, types: tuple[RecordType, ...]) -> Dataset:
    """Read and validate every type in ``root/data``; raise DataError listing every problem."""
    root = Path(root)
    schemas = schema_dir(root)
    problems: list[Problem] = []
    dataset = Dataset(types)
    for record_type in types:
        if record_type.load is not None:
            dataset.values[record_type.name] = record_type.load(root, schemas, problems)
        else:
            dataset.values[record_type.name] = load_records(root, schemas, record_type, problems)
    for record_type in types:
        if record_type.load is None:
            problems += reserved_name_problems(root, record_type, dataset[record_type.name])
        problems += record_type.check(dataset)
        if record_type.easy_fields and record_type.load is None:
            for record in dataset[record_type.name]:
                problems += easy_field_problems(record, record_type.easy_fields)
    if problems:
        raise DataError(problems)
    for record_type in types:
        if record_type.order is not None:
            dataset.values[record_type.name] = record_type.order(dataset[record_type.name])
    return dataset
