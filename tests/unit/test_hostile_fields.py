"""Every string field of every data type rejects markup, control characters and huge values.

The field list is read from the schemas, so a new field is covered the day it is added.
"""

import json

import pytest
import yaml
from records import BASE  # one valid record per schema, every field used

from portal.core.load import parse_yaml
from portal.core.schemas import SCHEMA_DIR
from portal.core.validate import validate_document

REJECTED = {
    "script": "<script>alert(1)</script>",
    "handler": '<img src=x onerror="alert(1)">',
    "bidi": "harmlos\u202egnp.exe",
    "huge": "x" * 10_000,
}


def string_paths(value, path=()):
    """Every path in ``value`` that holds a string."""
    if isinstance(value, str):
        yield path
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from string_paths(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from string_paths(item, path + (index,))


def replaced(value, path, new):
    copy = json.loads(json.dumps(value))
    target = copy
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = new
    return copy


CASES = [
    pytest.param(schema, path, name, id=f"{schema.split('.')[0]}:{'.'.join(map(str, path))}:{name}")
    for schema, base in BASE.items()
    for path in string_paths(base)
    for name in REJECTED
]


def test_the_base_records_are_valid_and_cover_every_schema_field():
    for schema_name, base in BASE.items():
        document = parse_yaml(yaml.safe_dump(base, allow_unicode=True), "x.yaml")
        assert validate_document(document, SCHEMA_DIR / schema_name) == []
        schema = json.loads((SCHEMA_DIR / schema_name).read_text(encoding="utf-8"))
        properties = schema["properties"]
        if "providers" in properties:
            properties = properties["providers"]["items"]["properties"]
            record = base["providers"][0]
        else:
            record = base
        assert set(record) == set(properties), "BASE must use every field of the schema"


@pytest.mark.parametrize(("schema", "path", "payload"), CASES)
def test_hostile_value_is_rejected_with_a_german_message_on_its_field(schema, path, payload):
    data = replaced(BASE[schema], path, REJECTED[payload])
    document = parse_yaml(yaml.safe_dump(data, allow_unicode=True, width=100_000), "x.yaml")
    problems = validate_document(document, SCHEMA_DIR / schema)
    fields = [problem.field for problem in problems]
    expected = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path).lstrip(".")
    assert expected in fields, f"{expected} not rejected; problems: {[str(p) for p in problems]}"
    assert all(problem.line >= 1 for problem in problems)
