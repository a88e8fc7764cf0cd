"""Check documents against the JSON Schemas in ``schemas/`` and explain each error in German."""

from __future__ import annotations

import difflib
import json
import math
import re
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker, validators
from jsonschema.exceptions import ValidationError

from portal.core.errors import Problem, field_path
from portal.core.load import YamlDocument

TYPE_NAMES = {
    "string": "ein Text",
    "integer": "eine ganze Zahl",
    "number": "eine Zahl",
    "boolean": "ja/nein (true/false)",
    "array": "eine Liste",
    "object": "eine Gruppe von Feldern",
    "null": "leer",
}

# How to write a list or a group, for type errors whose schema has no one-line example.
SHAPE_HINTS = {
    "array": "Schreiben Sie jeden Eintrag in eine eigene, eingerückte Zeile, die mit „- “ beginnt.",
    "object": "Schreiben Sie die Felder eingerückt in die Zeilen darunter, jeweils „name: Wert“.",
}


FORMATS = FormatChecker()


@FORMATS.checks("date-time", raises=ValueError)
def _is_moment(value: object) -> bool:
    """RFC 3339 moment with a time zone. jsonschema checks "date-time" only with an extra
    package (rfc3339-validator); without one a 30 February would pass, so check it here."""
    if not isinstance(value, str):
        return True
    moment = datetime.fromisoformat(value)
    return moment.tzinfo is not None


# An unescaped "$" outside a character class: in Python it also matches before a
# final newline, so "probe\n" would pass "^[a-z]+$". The schemas stay portable
# (ECMA-262 regular expressions); here each such "$" means the end of the text.
_DOLLAR = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]|\$")


@lru_cache(maxsize=None)
def whole_text_pattern(pattern: str) -> re.Pattern:
    """``pattern`` with every end anchor "$" made strict ("\\Z")."""
    return re.compile(_DOLLAR.sub(lambda match: r"\Z" if match.group() == "$" else match.group(), pattern))


def _pattern(validator, pattern: str, instance: Any, schema: dict):
    if validator.is_type(instance, "string") and not whole_text_pattern(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


_StrictValidator = validators.extend(Draft202012Validator, {"pattern": _pattern})


@lru_cache(maxsize=None)
def _validator(schema_path: Path) -> Draft202012Validator:
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return _StrictValidator(schema, format_checker=FORMATS)


def _infinite_numbers(value: Any, path: tuple = ()) -> list[tuple]:
    """Paths of .nan and .inf values: YAML reads them as numbers, but no figure is infinite or not a number."""
    if isinstance(value, float) and not math.isfinite(value):
        return [path]
    if isinstance(value, dict):
        return [found for key, item in value.items() for found in _infinite_numbers(item, path + (key,))]
    if isinstance(value, list):
        return [found for index, item in enumerate(value) for found in _infinite_numbers(item, path + (index,))]
    return []


def _type_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _example(schema: dict) -> str:
    examples = schema.get("examples")
    if examples and not isinstance(examples[0], (dict, list)):
        return f"Beispiel: {examples[0]}"
    return ""


def _quote(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    if len(text) > 60:
        text = text[:57] + "…"
    return f"„{text}“"


def _suggest(word: str, options: list[str]) -> str:
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f"Meinten Sie „{close[0]}“? " if close else ""


def explain(error: ValidationError) -> tuple[tuple, str, str]:
    """Turn one jsonschema error into (path, message, hint) in German."""
    path = tuple(error.absolute_path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    value = error.instance
    keyword = error.validator
    if keyword == "required":
        missing = error.message.split("'")[1]
        sub = schema.get("properties", {}).get(missing, {})
        return path + (missing,), f"Pflichtfeld „{missing}“ fehlt", f"Ergänzen Sie es. {sub.get('description', '')} {_example(sub)}".strip()
    if keyword == "additionalProperties":
        allowed = sorted(schema.get("properties", {}))
        extras = [key for key in value if key not in allowed]
        key = extras[0] if extras else ""
        return (
            path + (key,),
            f"Unbekanntes Feld „{key}“",
            f"{_suggest(key, allowed)}Erlaubt sind: {', '.join(allowed)}.",
        )
    if keyword == "enum":
        options = [str(option) for option in error.validator_value]
        return path, f"{_quote(value)} ist kein erlaubter Wert", f"{_suggest(str(value), options)}Erlaubt sind: {', '.join(options)}."
    if keyword == "type":
        expected = error.validator_value if isinstance(error.validator_value, str) else error.validator_value[0]
        return path, f"{_quote(value)} ist {TYPE_NAMES[_type_of(value)]}, erwartet wird {TYPE_NAMES.get(expected, expected)}", _example(schema) or SHAPE_HINTS.get(expected, "")
    if keyword == "pattern":
        return path, f"{_quote(value)} {schema.get('x-message', 'hat nicht die verlangte Form')}", _example(schema)
    if keyword == "format":
        noun = "gültiges Datum" if error.validator_value == "date" else "gültiger Zeitpunkt"
        return path, f"{_quote(value)} ist kein {noun}", _example(schema)
    if keyword == "minLength":
        return path, "Das Feld ist leer", f"Tragen Sie einen Text ein oder lassen Sie das Feld ganz weg. {_example(schema)}".strip()
    if keyword == "maxLength":
        return path, f"Der Text ist {len(value)} Zeichen lang, erlaubt sind höchstens {error.validator_value}", "Kürzen Sie ihn."
    if keyword == "minItems":
        return path, "Die Liste ist leer", f"Tragen Sie mindestens {error.validator_value} Eintrag ein oder lassen Sie das Feld weg."
    if keyword == "minProperties":
        return path, "Die Gruppe ist leer", "Tragen Sie mindestens eine Angabe ein oder lassen Sie das Feld weg."
    if keyword in ("minimum", "maximum"):
        bound = "mindestens" if keyword == "minimum" else "höchstens"
        return path, f"{_quote(value)} ist zu {'klein' if keyword == 'minimum' else 'groß'}, erlaubt ist {bound} {error.validator_value}", f"{schema.get('description', '')} {_example(schema)}".strip()
    if keyword == "const":
        expected = json.dumps(error.validator_value, ensure_ascii=False)
        message = schema.get("x-message", f"ist hier nicht möglich, erlaubt ist nur {expected}")
        return path, f"{_quote(value)} {message}", schema.get("description", "") or f"Tragen Sie {expected} ein."
    if keyword == "uniqueItems":
        return path, "Die Liste enthält einen Eintrag doppelt", "Löschen Sie die Wiederholung."
    return path, f"Ungültiger Wert {_quote(value)}", _example(schema)


# When one value breaks several rules (a date "23.11.2026" breaks its pattern and its
# format), the editor gets one message for the field: the most telling rule's.
PRIORITY = ("required", "additionalProperties", "type", "enum", "const", "pattern", "format")


def validate_document(document: YamlDocument, schema_path: Path) -> list[Problem]:
    """Every schema problem of one document, each with file, line and field; one per field."""
    found: dict[tuple, tuple[int, Problem]] = {}
    for path in _infinite_numbers(document.data):
        problem = Problem(
            document.display,
            document.line(path),
            field_path(path),
            f"„{document_value(document.data, path)}“ ist keine Zahl, mit der sich rechnen lässt",
            "Tragen Sie eine Zahl ein (zum Beispiel 75 oder 0,5 als 0.5) oder lassen Sie das Feld weg.",
        )
        found[path] = (-1, problem)
    for error in _validator(schema_path).iter_errors(document.data):
        for leaf in _leaves(error):
            path, message, hint = explain(leaf)
            rank = PRIORITY.index(leaf.validator) if leaf.validator in PRIORITY else len(PRIORITY)
            problem = Problem(document.display, document.line(path), field_path(path), message, hint)
            if path not in found or rank < found[path][0]:
                found[path] = (rank, problem)
    return [problem for _, problem in found.values()]


def document_value(data: Any, path: tuple) -> Any:
    for part in path:
        data = data[part]
    return {math.inf: ".inf", -math.inf: "-.inf"}.get(data, ".nan") if isinstance(data, float) else data


def _leaves(error: ValidationError) -> list[ValidationError]:
    """For if/then and allOf errors, report the concrete causes, not the wrapper."""
    if error.context:
        return [leaf for sub in error.context for leaf in _leaves(sub)]
    return [error]
