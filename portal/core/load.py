"""Read YAML files strictly: UTF-8 only, no duplicate keys, line numbers kept, limits on size and shape.

PyYAML silently keeps the last of two equal keys and turns dates into
``datetime`` objects; both hide editors' mistakes. Here dates stay strings (the
schema checks them with ``format: date``) and every value's line is recorded.

Limits, each a German message with its line instead of a hang or a traceback:
nesting depth (MAX_DEPTH), what aliases (``*anker``) repeat (MAX_ALIAS_VALUES;
a few hundred bytes of nested aliases would otherwise expand to billions of
values), keys must be text, only the plain YAML types (no ``!!binary``,
``!!set``, custom tags), no characters YAML forbids (NUL and other controls),
and no symbolic links (a link could point outside the repository).
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


# Deeper nesting is never needed by a schema here (the deepest is about 5).
MAX_DEPTH = 40
# Values that aliases may repeat in one file, counted after expansion.
MAX_ALIAS_VALUES = 10_000

STR_TAG = "tag:yaml.org,2002:str"
ALLOWED_TAGS = {
    STR_TAG,
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
}
# Characters YAML does not allow in a file (YAML 1.1, 5.1): C0 controls except
# tab/newline/return, DEL, C1 controls except NEL, surrogates, U+FFFE/U+FFFF.
_FORBIDDEN_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


class YamlError(Exception):
    """A file that cannot be read at all; carries one Problem."""

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


def _mark_line(mark) -> int:
    return (mark.line + 1) if mark is not None else 1


def _fail(display: str, line: int, message: str, hint: str) -> YamlError:
    return YamlError(Problem(display, line, "", message, hint))


def _tag_name(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!")


def _walk(node: yaml.Node, path: Path_, lines: dict[Path_, int], display: str, problems: list[Problem]) -> None:
    """Record line numbers below ``node``, report duplicate keys (PyYAML would keep the last silently),
    and refuse keys that are not text and values of types other than text, numbers, yes/no, lists and groups."""
    if node.tag not in ALLOWED_TAGS:
        raise _fail(
            display,
            _mark_line(node.start_mark),
            f"Die YAML-Markierung „{_tag_name(node.tag)}“ ist nicht erlaubt; erlaubt sind Text, Zahlen, true/false, Listen und Gruppen",
            "Löschen Sie die Markierung (das Wort mit ! vor dem Wert) und schreiben Sie den Wert als Text.",
        )
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            line = _mark_line(key_node.start_mark)
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != STR_TAG:
                shown = key_node.value if isinstance(key_node, yaml.ScalarNode) else "…"
                raise _fail(
                    display,
                    line,
                    f"Der Schlüssel „{shown}“ ist kein gültiger Feldname (Schlüssel müssen Text sein, keine Zahl, Liste, Gruppe oder <<)",
                    "Schreiben Sie den Feldnamen wie im Beispiel in CONTRIBUTING.md, zum Beispiel „name: Wert“.",
                )
            key = key_node.value
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


def _check_characters(text: str, display: str) -> None:
    match = _FORBIDDEN_CHARACTER.search(text)
    if match is None:
        return
    before = text[: match.start()]
    line = before.count("\n") + 1
    column = match.start() - (before.rfind("\n") + 1) + 1
    raise _fail(
        display,
        line,
        f"Die Zeile enthält in Spalte {column} das unsichtbare Steuerzeichen U+{ord(match.group()):04X}, das in YAML nicht erlaubt ist",
        "Löschen Sie das Zeichen (es entsteht oft beim Kopieren aus PDF- oder Word-Dateien) oder tippen Sie die Zeile neu.",
    )


def _check_shape(loader: yaml.Loader, display: str) -> None:
    """One pass over the parser events before any tree is built: nesting depth and the values aliases repeat."""
    depth = 0
    repeated = 0
    counted = 0  # values so far, aliases expanded
    open_at: list[tuple[str | None, int]] = []  # anchor and count at the start of each open list or group
    sizes: dict[str, int] = {}
    while loader.check_event():
        event = loader.get_event()
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise _fail(
                    display,
                    _mark_line(event.start_mark),
                    f"Die Angaben sind tiefer als {MAX_DEPTH} Ebenen ineinander geschachtelt",
                    "Prüfen Sie Einrückung und Klammern; so tiefe Listen oder Gruppen braucht keine Datei des Portals.",
                )
            open_at.append((event.anchor, counted))
            counted += 1
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
            anchor, start = open_at.pop()
            if anchor:
                sizes[anchor] = counted - start
        elif isinstance(event, yaml.ScalarEvent):
            counted += 1
            if event.anchor:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.AliasEvent):
            size = sizes.get(event.anchor, 1)
            counted += size
            repeated += size
            if repeated > MAX_ALIAS_VALUES:
                raise _fail(
                    display,
                    _mark_line(event.start_mark),
                    f"Verweise (*{event.anchor}) wiederholen in dieser Datei mehr als {MAX_ALIAS_VALUES:,} Werte".replace(",", "."),
                    "Schreiben Sie die Angaben aus, statt sie mit &anker und *anker zu wiederholen.",
                )


def parse_yaml(text: str, display: str, path: Path | None = None) -> YamlDocument:
    """Parse ``text`` into a YamlDocument; raise YamlError with a German message."""
    _check_characters(text, display)
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
    try:
        shape = _StrictLoader(text)
        try:
            _check_shape(shape, display)
        finally:
            shape.dispose()
    except yaml.YAMLError:
        pass  # the composer below reports syntax errors with their lines
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
        position = getattr(error, "position", None)
        line = text[:position].count("\n") + 1 if isinstance(position, int) else 1
        raise YamlError(
            Problem(display, line, "", f"Die Datei ist kein gültiges YAML (technische Meldung: {error})", "Prüfen Sie den Aufbau der Datei.")
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
    link = symlink_in(path, root)
    if link is not None:
        raise YamlError(symlink_problem(link, root))
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


SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")  # used with fullmatch: "probe\n" is no slug


def symlink_in(path: Path, root: Path) -> Path | None:
    """The first symbolic link on the way from ``root`` to ``path`` (``path`` included), or None."""
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        parts = path.parts
        root = Path(path.anchor)
        parts = parts[1:]
    current = root
    for part in parts:
        current = current / part
        if current.is_symlink():
            return current
    return None


def symlink_problem(link: Path, root: Path) -> Problem:
    """A symbolic link is refused, never followed; its target is not shown (it may lie outside the repository)."""
    try:
        display = link.relative_to(root).as_posix()
    except ValueError:
        display = link.name
    return Problem(
        display,
        0,
        "",
        "Die Datei oder der Ordner ist ein symbolischer Verweis (Symlink); das Portal liest nur echte Dateien im Ordner data/",
        "Legen Sie die Datei selbst an diese Stelle, statt auf eine andere Datei zu verweisen.",
    )


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
    link = symlink_in(base, root)
    if link is not None:
        problems.append(symlink_problem(link, root))
        return documents
    if not base.is_dir():
        return documents
    for path in sorted(base.iterdir()):
        if path.is_symlink():
            problems.append(symlink_problem(path, root))
            continue
        if path.name.startswith(".") or path.is_dir():
            continue
        display = path.relative_to(root).as_posix()
        if path.suffix != ".yaml":
            problems.append(Problem(display, 0, "", "Die Datei hat nicht die Endung .yaml", f"Benennen Sie sie um, zum Beispiel in {example}."))
            continue
        if not SLUG.fullmatch(path.stem):
            problems.append(
                Problem(display, 0, "", "Der Dateiname darf nur Kleinbuchstaben a–z, Ziffern und Bindestriche enthalten; er ist die Kennung", f"Benennen Sie die Datei um, zum Beispiel in {example}.")
            )
            continue
        document = read_or_report(path, root, problems)
        if document is not None and expect_mapping(document, problems):
            documents.append(document)
    return documents
