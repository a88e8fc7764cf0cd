"""Closed value lists that code needs too, read from the JSON Schemas (the single source)."""

from __future__ import annotations

import json
from pathlib import Path

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"


def _properties(schema_name: str) -> dict:
    return json.loads((SCHEMA_DIR / schema_name).read_text(encoding="utf-8"))["properties"]


_PROVIDER = _properties("providers.schema.json")["providers"]["items"]["properties"]
LAENDER: tuple[str, ...] = tuple(_PROVIDER["land"]["enum"])
PROVIDER_KINDS: tuple[str, ...] = tuple(_PROVIDER["kind"]["enum"])
SERVICES: tuple[str, ...] = tuple(_PROVIDER["services"]["items"]["enum"])
ACCESSIBILITY: tuple[str, ...] = tuple(_PROVIDER["accessibility"]["items"]["enum"])
ONLINE: tuple[str, ...] = tuple(_PROVIDER["online"]["items"]["enum"])

_CASE = _properties("good-practice.schema.json")
CASE_KINDS: tuple[str, ...] = tuple(_CASE["kind"]["enum"])
SECTORS: tuple[str, ...] = tuple(_CASE["sector"]["enum"])
