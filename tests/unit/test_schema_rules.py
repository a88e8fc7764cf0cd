"""Every rule of every data schema, broken one at a time, gives one German message on its field.

The broken documents are made from the valid records in tests/records.py: for each
rule the schema states (required, type, enum, pattern, length, …) the test changes
exactly one value so that only this rule fails, and checks the editor's message:
file, line of the field, field path, a German text (not the generic fallback) and a
hint how to fix it. A rule added to a schema is tested the day it is added.
"""

from __future__ import annotations

import copy
import json

import pytest
import yaml
from jsonschema import Draft202012Validator
from records import BASE

from portal.core.load import parse_yaml
from portal.core.schemas import SCHEMA_DIR
from portal.core.validate import FORMATS, validate_document

SCHEMAS = ("providers.schema.json", "good-practice.schema.json", "event.schema.json", "statistics.schema.json", "glossary.schema.json", "facts.schema.json")
RULE_KEYWORDS = ("required", "type", "additionalProperties", "enum", "const", "pattern", "minLength", "maxLength", "minItems", "uniqueItems", "minProperties", "minimum", "maximum", "format")
# Values tried against a pattern or format until one breaks it (and nothing else).
CANDIDATES = ("<b>", "Ein Text", "javascript:alert(1)", "http://example.org/", "2026-02-30", "23.11.2026", "2026-13", "ABC", "a b", "a--b", "x@", "-", "1", "2026-12-01T10:00:00", "2026-02-30T10:00:00+01:00")
GENERIC = "Ungültiger Wert"


def _rules(schema: dict, path: tuple = ()):
    """(path of the value in a document, keyword, rule schema) for every rule, at every depth."""
    for keyword in RULE_KEYWORDS:
        if keyword in schema:
            yield path, keyword, schema
    for name, sub in schema.get("properties", {}).items():
        yield from _rules(sub, path + (name,))
    if isinstance(schema.get("items"), dict):
        yield from _rules(schema["items"], path + (0,))


def _concrete(base, path: tuple) -> tuple:
    """The rule's path with each list index pointing at an item that has the rest of the path."""
    if not path:
        return path
    head, rest = path[0], path[1:]
    if isinstance(head, int):
        for index, item in enumerate(base):
            try:
                return (index, *_concrete(item, rest))
            except (KeyError, IndexError, TypeError):
                continue
        raise KeyError(path)
    if rest:
        return (head, *_concrete(base[head], rest))
    if head not in base:
        raise KeyError(head)
    return (head,)


def _get(data, path):
    for part in path:
        data = data[part]
    return data


def _set(data, path, value):
    target = _get(data, path[:-1])
    target[path[-1]] = value


def _delete(data, path):
    del _get(data, path[:-1])[path[-1]]


def _wrong_type(expected):
    expected = expected if isinstance(expected, str) else expected[0]
    return {"string": 5, "object": "Text", "array": "Text", "boolean": "ja", "number": "viel", "integer": "viel"}[expected]


def _variants(base: dict, path: tuple, keyword: str, rule: dict):
    """Documents that break this rule; the first that breaks only it is used."""
    value = _get(base, path) if path else base
    if keyword == "required":
        for name in rule["required"]:
            broken = copy.deepcopy(base)
            _delete(broken, path + (name,))
            yield path + (name,), broken
        return
    if keyword == "additionalProperties":
        broken = copy.deepcopy(base)
        _set(broken, path + ("unbekannt",), "x") if path else broken.__setitem__("unbekannt", "x")
        yield path + ("unbekannt",), broken
        return
    replacements = {
        "type": lambda: [_wrong_type(rule["type"])],
        "enum": lambda: ["Gibt es nicht"],
        "const": lambda: [not rule["const"]] if isinstance(rule["const"], bool) else ["anders"],
        "minLength": lambda: [""],
        "maxLength": lambda: [value + "x" * rule["maxLength"], "x" * (rule["maxLength"] + 1)] if isinstance(value, str) else ["x" * (rule["maxLength"] + 1)],
        "minItems": lambda: [[]],
        "uniqueItems": lambda: [[value[0], value[0]]],
        "minProperties": lambda: [{}],
        "minimum": lambda: [rule["minimum"] - 1],
        "maximum": lambda: [rule["maximum"] + 1],
        "pattern": lambda: list(CANDIDATES),
        "format": lambda: list(CANDIDATES),
    }[keyword]()
    for replacement in replacements:
        if not path:  # the whole file
            yield path, replacement
            continue
        broken = copy.deepcopy(base)
        _set(broken, path, replacement)
        yield path, broken


RULES = [
    pytest.param(schema_name, path, keyword, id=f"{schema_name.split('.')[0]}:{'.'.join(map(str, path)) or '(Datei)'}:{keyword}")
    for schema_name in SCHEMAS
    for path, keyword, _ in _rules(json.loads((SCHEMA_DIR / schema_name).read_text(encoding="utf-8")))
]


def _field(path: tuple) -> str:
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path).lstrip(".")


@pytest.mark.parametrize(("schema_name", "path", "keyword"), RULES)
def test_each_rule_broken_alone_gives_one_german_message_on_its_line(schema_name, path, keyword):
    schema = json.loads((SCHEMA_DIR / schema_name).read_text(encoding="utf-8"))
    rule = _get_rule(schema, path)
    validator = Draft202012Validator(schema, format_checker=FORMATS)  # the checker the build uses
    base = BASE[schema_name]
    path = _concrete(base, path) if keyword not in ("required", "additionalProperties") else _concrete_group(base, path)
    for field_path, broken in _variants(base, path, keyword, rule):
        errors = list(validator.iter_errors(broken))
        # This rule fails, and nothing outside the one field (a wrong type may also break its enum).
        if any(error.validator == keyword for error in errors) and all(_inside(error, field_path) for error in errors):
            break
    else:
        pytest.fail(f"Kein Wert bricht nur die Regel {keyword} an {_field(path)}")
    text = yaml.safe_dump(broken, allow_unicode=True, sort_keys=False, width=100_000)
    document = parse_yaml(text, "data/x.yaml")
    problems = validate_document(document, SCHEMA_DIR / schema_name)
    assert problems, f"{keyword} an {_field(path)} wird nicht gemeldet"
    expected_field = _field(field_path)
    assert {problem.field for problem in problems} == {expected_field}, [str(problem) for problem in problems]
    for problem in problems:
        assert not problem.message.startswith(GENERIC), f"nur die allgemeine Meldung: {problem}"
        assert problem.hint, f"kein Hinweis, wie es richtig geht: {problem}"
        assert problem.line >= 1
        line = text.splitlines()[problem.line - 1]
        if not field_path:  # the whole file is of the wrong kind: reported on line 1
            continue
        name = str(field_path[-1]) if not isinstance(field_path[-1], int) else ""
        # The line shows the field, or, for a missing field, the group it belongs in.
        assert keyword == "required" or name in line or line.lstrip().startswith("-"), f"Zeile {problem.line}: {line!r} für {problem}"


def _concrete_group(base, path: tuple) -> tuple:
    return _concrete(base, path) if path else path


def _inside(error, field_path: tuple) -> bool:
    where = tuple(error.absolute_path)
    if error.validator in ("required", "additionalProperties"):  # reported on the key, not the group
        where += (error.message.split("'")[1],)
    return where == tuple(field_path)


def _get_rule(schema: dict, path: tuple) -> dict:
    for part in path:
        schema = schema["items"] if isinstance(part, int) else schema["properties"][part]
    return schema
