"""Read YAML files strictly: UTF-8 only, no duplicate keys, line numbers kept.

PyYAML silently keeps the last of two equal keys and turns dates into
``datetime`` objects; both hide editors' mistakes. Here dates stay strings (the
schema checks them with ``format: date``) and every value's line is recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from portal.core.errors import Problem, field_path

Path_ = tuple[str | int, ...]


# libyaml's parser is about four times faster than PyYAML's pure-Python one
# (bench/: 5.5 s → 1.5 s for 5,000 providers) and keeps the same marks (lines).
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_BaseLoader):
    """SafeLoader without the YAML 1.1 timestamp type; dates are checked by the schema."""


_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class YamlDocument:
    """A parsed file with the line of every value, keyed by its path."""

    path: Path
    display: str
    data: Any = None
    lines: dict[Path_, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)  # e.g. duplicate keys; the rest is still checked

    def line(self, path: Path_) -> int:
        """Line of the value at ``path``, or of its nearest parent that has one."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


class YamlError(Exception):
    """A file that cannot be read at all; carries one Problem."""

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


def _mark_line(mark) -> int:
    return (mark.line + 1) if mark is not None else 1


def _walk(node: yaml.Node, path: Path_, lines: dict[Path_, int], display: str, problems: list[Problem]) -> None:
    """Record line numbers below ``node`` and report duplicate keys (PyYAML would keep the last silently)."""
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            line = _mark_line(key_node.start_mark)
            if key in seen:
                problems.append(
                    Problem(
                        display,
                        line,
                        field_path(path + (key,)),
                        f"Der Schlüssel „{key}“ steht doppelt (zuerst in Zeile {seen[key]})",
                        "Löschen Sie eine der beiden Zeilen oder führen Sie die Angaben zusammen.",
                    )
                )
                continue
            seen[key] = line
            lines[path + (key,)] = line
            _walk(value_node, path + (key,), lines, display, problems)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[path + (index,)] = _mark_line(item.start_mark)
            _walk(item, path + (index,), lines, display, problems)


def parse_yaml(text: str, display: str, path: Path | None = None) -> YamlDocument:
    """Parse ``text`` into a YamlDocument; raise YamlError with a German message."""
    if "\t" in text:
        line = text[: text.index("\t")].count("\n") + 1
        raise YamlError(
            Problem(
                display,
                line,
                "",
                "Die Zeile enthält ein Tabulatorzeichen; YAML erlaubt zum Einrücken nur Leerzeichen",
                "Ersetzen Sie den Tabulator durch Leerzeichen (zwei je Ebene).",
            )
        )
    loader = _StrictLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise YamlError(
                Problem(display, 1, "", "Die Datei ist leer", "Tragen Sie die Angaben ein oder löschen Sie die Datei.")
            )
        lines: dict[Path_, int] = {(): _mark_line(node.start_mark)}
        problems: list[Problem] = []
        _walk(node, (), lines, display, problems)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = _mark_line(mark)
        started = ""
        if error.context_mark is not None and _mark_line(error.context_mark) != line:
            started = f"; der betroffene Abschnitt beginnt in Zeile {_mark_line(error.context_mark)}"
        raise YamlError(
            Problem(
                display,
                line,
                "",
                f"Die Datei ist kein gültiges YAML{started} (technische Meldung: {error.problem or error.context})",
                "Prüfen Sie Einrückung, Doppelpunkte, Klammern und Anführungszeichen in dieser Zeile und der davor.",
            )
        ) from None
    except yaml.YAMLError as error:
        raise YamlError(
            Problem(display, 1, "", f"Die Datei ist kein gültiges YAML ({error})", "Prüfen Sie den Aufbau der Datei.")
        ) from None
    finally:
        loader.dispose()
    return YamlDocument(path=path or Path(display), display=display, data=data, lines=lines, problems=problems)


def read_yaml(path: Path, root: Path) -> YamlDocument:
    """Read one file below ``root``; the file name in messages is relative to ``root``."""
    try:
        display = path.relative_to(root).as_posix()
    except ValueError:
        display = path.as_posix()
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise YamlError(
            Problem(
                display,
                line,
                "",
                "Die Datei ist nicht in UTF-8 gespeichert",
                "Speichern Sie sie in Ihrem Editor mit der Kodierung „UTF-8“.",
            )
        ) from None
    return parse_yaml(text.removeprefix("\ufeff"), display, path)


SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def read_or_report(path: Path, root: Path, problems: list[Problem]) -> YamlDocument | None:
    """Read one file; on failure append its problem and return None. Duplicate keys are appended too."""
    try:
        document = read_yaml(path, root)
    except YamlError as error:
        problems.append(error.problem)
        return None
    problems += document.problems
    return document


def expect_mapping(document: YamlDocument, problems: list[Problem]) -> bool:
    """True if the file holds named fields; else append a problem."""
    if isinstance(document.data, dict):
        return True
    problems.append(
        Problem(
            document.display,
            1,
            "",
            "Die Datei muss Felder mit Namen enthalten (name: Wert), keine Liste oder einzelnen Wert",
            "Sehen Sie sich ein Beispiel in CONTRIBUTING.md an.",
        )
    )
    return False


def read_folder(root: Path, folder: Path, problems: list[Problem], example: str) -> list[YamlDocument]:
    """Every ``*.yaml`` file in ``root/folder`` whose name is a slug and that holds a mapping.

    ``example`` is a valid file name shown in the hint when a name is wrong.
    """
    documents: list[YamlDocument] = []
    base = root / folder
    if not base.is_dir():
        return documents
    for path in sorted(base.iterdir()):
        if path.name.startswith(".") or path.is_dir():
            continue
        display = path.relative_to(root).as_posix()
        if path.suffix != ".yaml":
            problems.append(Problem(display, 0, "", "Die Datei hat nicht die Endung .yaml", f"Benennen Sie sie um, zum Beispiel in {example}."))
            continue
        if not SLUG.match(path.stem):
            problems.append(
                Problem(display, 0, "", "Der Dateiname darf nur Kleinbuchstaben a–z, Ziffern und Bindestriche enthalten; er ist die Kennung", f"Benennen Sie die Datei um, zum Beispiel in {example}.")
            )
            continue
        document = read_or_report(path, root, problems)
        if document is not None and expect_mapping(document, problems):
            documents.append(document)
    return documents
