"""Closed value lists that code needs too, read from the JSON Schemas (the single source)."""

from __future__ import annotations

import json
from pathlib import Path

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"


def _providers_schema() -> dict:
    return json.loads((SCHEMA_DIR / "providers.schema.json").read_text(encoding="utf-8"))


_PROVIDER = _providers_schema()["properties"]["providers"]["items"]["properties"]
LAENDER: tuple[str, ...] = tuple(_PROVIDER["land"]["enum"])
PROVIDER_KINDS: tuple[str, ...] = tuple(_PROVIDER["kind"]["enum"])
SERVICES: tuple[str, ...] = tuple(_PROVIDER["services"]["items"]["enum"])


def _case_schema() -> dict:
    return json.loads((SCHEMA_DIR / "good-practice.schema.json").read_text(encoding="utf-8"))


_CASE = _case_schema()["properties"]
CASE_KINDS: tuple[str, ...] = tuple(_CASE["kind"]["enum"])
SECTORS: tuple[str, ...] = tuple(_CASE["sector"]["enum"])
