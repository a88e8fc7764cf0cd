"""The Mitmachen form's rules, taken from the provider schema at build time.

The form (content/mitmachen.md, component entry-form) builds a
``data/providers.yaml`` entry in the browser. Its patterns, closed lists and
length limits must be the ones the build enforces, so none is written into
the JavaScript: ``form_rules`` reads them from ``schemas/providers.schema.json``
and the build publishes them as ``mitmachen/form-rules.json``.
"""

from __future__ import annotations

import json
from pathlib import Path

from portal.core.schemas import SCHEMA_DIR

SCHEMA = SCHEMA_DIR / "providers.schema.json"
FORM_RULES = "mitmachen/form-rules.json"

# Form field name → the property of a provider entry it fills (path below providers[n]).
FORM_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("name",),
    "id": ("id",),
    "kind": ("kind",),
    "land": ("land",),
    "kreis": ("kreis",),
    "region_served": ("region_served",),
    "services": ("services",),
    "street": ("address", "street"),
    "postal_code": ("address", "postal_code"),
    "town": ("address", "town"),
    "phone": ("contact", "phone"),
    "email": ("contact", "email"),
    "website": ("contact", "website"),
    "contact_form": ("contact", "contact_form"),
    "online": ("online",),
    "accessibility": ("accessibility",),
    "languages": ("languages",),
    "hours": ("hours",),
    "description": ("description",),
    "description_leichte_sprache": ("description_leichte_sprache",),
    "source_title": ("source", "title"),
    "source_url": ("source", "url"),
    "checked": ("checked",),
}


def schema_property(schema: dict, path: tuple[str, ...]) -> dict:
    """The schema of one property of a provider entry, e.g. ("contact", "email")."""
    node = schema["properties"]["providers"]["items"]
    for key in path:
        node = node["properties"][key]
    return node


def field_rule(prop: dict) -> dict:
    """What the browser checks for one field: pattern, closed list, length limit; ``list`` for a YAML list."""
    rule: dict = {}
    if prop.get("type") == "array":
        rule["list"] = True
        prop = prop["items"]
    for key in ("pattern", "enum", "maxLength"):
        if key in prop:
            rule[key] = prop[key]
    return rule


def form_rules(schema: dict) -> dict:
    """The rules document for the form: one entry per form field.

    The schema's patterns are ECMA-262 regular expressions (JSON Schema says so),
    so the browser compiles them as they are with ``new RegExp(pattern)``.
    """
    return {"source": "schemas/providers.schema.json", "fields": {name: field_rule(schema_property(schema, path)) for name, path in FORM_FIELDS.items()}}


def form_rules_json(schema_file: Path = SCHEMA) -> str:
    """``mitmachen/form-rules.json``, compact, for the build."""
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    return json.dumps(form_rules(schema), ensure_ascii=False, separators=(",", ":"))
