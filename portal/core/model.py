"""The shapes every stage shares: records, the dataset, record types, generated files, directives.

A :class:`RecordType` describes one kind of data once (where its files are,
its schema, its rules, its pages, downloads and directives); loading,
validation, page generation, counts and the directive table iterate over the
registered types (``portal.types.REGISTRY``). Nothing here knows a particular
type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from portal.core.errors import Problem
from portal.core.load import YamlDocument


@dataclass
class Record:
    """One entry of a record type (a provider, case, event …) with where it came from."""

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

    prefix: tuple = ()  # where the record sits in its document: () for a file per record, ("providers", 3) in a list
    # What is computed from the record once per build (e.g. an event's occurrences); a new build has new records.
    cache: dict = field(default_factory=dict, repr=False, compare=False)

    def line_of(self, path: tuple) -> int:
        """The line of a field below this record (the record's own line if unknown)."""
        if self.document is None:
            return self.line
        return self.document.line(self.prefix + path)


@dataclass(frozen=True)
class GeneratedPage:
    """A Markdown source that exists only in the build: where it goes and what it says."""

    src_uri: str
    markdown: str
    # The record the page is made from, so that a check of the page can name the data file and field.
    record: Record | None = field(default=None, compare=False)


@dataclass(frozen=True)
class GeneratedDownload:
    """A file offered for download (calendar, open data, finder data), generated from the same records."""

    src_uri: str
    content: bytes


@dataclass(frozen=True)
class Context:
    """What directives and downloads may draw on: the validated data, the build moment, the operator settings."""

    dataset: Dataset
    now: datetime
    operator: dict = field(default_factory=dict)
    site_url: str | None = None
    uid_domain: str = "budget-fuer-arbeit-portal"


@dataclass(frozen=True)
class Directive:
    """What a ``<!-- portal:NAME … -->`` directive accepts and how it renders."""

    # Allowed values per argument: a fixed tuple, or a function of the context (e.g. the chart ids in data/).
    arguments: dict[str, tuple[str, ...] | Callable[[Context], tuple[str, ...]]]
    # render(context, page, **arguments) -> Markdown
    render: Callable[..., str]


def _none(*_args: Any) -> list:
    return []


@dataclass(frozen=True)
class RecordType:
    """One kind of data, described once.

    ``source`` is either a file (``data/providers.yaml``, whose ``list_key``
    holds one mapping per record, each with an ``id``) or a folder
    (``data/events/``, one file per record, file name = slug). Types whose data
    is not a list of records (glossary, facts, statistics) give their own
    ``load``; its value is what ``dataset[name]`` returns.
    """

    name: str  # key in the dataset: dataset["providers"]
    counted_as: tuple[str, str]  # German singular and plural for the build log: ("Termin", "Termine")
    source: str = ""
    schema: str = ""
    list_key: str = ""
    example: str = ""  # a valid file name, shown when a file name is wrong
    url_dir: str = ""  # the folder its pages are written to
    easy_fields: tuple[str, ...] = ()  # Leichte-Sprache text fields, checked like a Leichte-Sprache page
    # load(root, schema_path, problems) -> value; default: read records from ``source``
    load: Callable[[Path, Path, list[Problem]], Any] | None = None
    check: Callable[[Dataset], list[Problem]] = _none  # rules that span records or files
    order: Callable[[list[Record]], list[Record]] | None = None  # order after validation
    pages: Callable[[Dataset, datetime], list[GeneratedPage]] = _none
    downloads: Callable[[Context], list[GeneratedDownload]] = _none
    directives: dict[str, Directive] = field(default_factory=dict)
    count: Callable[[Any], int] = len

    @property
    def is_folder(self) -> bool:
        return self.source.endswith("/")


class Dataset:
    """Everything in ``data/``, validated, by record type name."""

    def __init__(self, types: tuple[RecordType, ...], values: dict[str, Any] | None = None) -> None:
        self.types = types
        self.values: dict[str, Any] = values or {}
        self._index: dict[str, dict[str, Record]] = {}
        self._memo: dict[str, Any] = {}

    def memo(self, key: str, make: Callable[[], Any]) -> Any:
        """A value derived from this dataset, made once (the dataset does not change after loading)."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def __contains__(self, name: str) -> bool:
        return name in self.values

    def record(self, type_name: str, slug: str) -> Record | None:
        """The record of a type by its id (slug), or None."""
        if type_name not in self._index:
            self._index[type_name] = {record.slug: record for record in self.values.get(type_name, [])}
        return self._index[type_name].get(slug)

    # The built-in types, by name, for readable code in their modules and templates.
    @property
    def providers(self) -> list[Record]:
        return self.values.get("providers", [])

    @property
    def cases(self) -> list[Record]:
        return self.values.get("cases", [])

    @property
    def events(self) -> list[Record]:
        return self.values.get("events", [])

    @property
    def statistics(self) -> dict:
        return self.values.get("statistics", {})

    @property
    def glossary(self) -> list:
        return self.values.get("glossary", [])

    @property
    def facts(self) -> dict:
        return self.values.get("facts", {})

    def provider(self, provider_id: str) -> Record | None:
        return self.record("providers", provider_id)


def counts_text(dataset: Dataset) -> str:
    """How much data a build has, in German: 19 Anbieter, 5 Beispiele, 1 Termin, 6 Zahlenreihen."""
    parts = []
    for record_type in dataset.types:
        if record_type.counted_as[0]:
            number = record_type.count(dataset.values.get(record_type.name, ()))
            one, many = record_type.counted_as
            parts.append(f"{number} {one if number == 1 else many}")
    return ", ".join(parts)
