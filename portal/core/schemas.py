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



def _easy_labels(node: dict, where: str) -> dict[str, str]:
    """``x-leichte-sprache`` of a closed list: one Leichte-Sprache label per value, none missing, none extra."""
    labels = node.get("x-leichte-sprache") or {}
    values = node["enum"]
    missing = [value for value in values if not str(labels.get(value, "")).strip()]
    extra = [value for value in labels if value not in values]
    if missing or extra:
        raise ValueError(
            f"schemas/providers.schema.json, {where}: x-leichte-sprache braucht genau eine Bezeichnung je Wert der Liste. "
            + (f"Es fehlt: {', '.join(missing)}. " if missing else "")
            + (f"Nicht in der Liste: {', '.join(extra)}. " if extra else "")
            + "Tragen Sie für jeden Wert aus enum eine Bezeichnung in Leichter Sprache ein."
        )
    return {value: labels[value] for value in values}


# The same lists in Leichter Sprache (x-leichte-sprache next to each enum), for the Leichte-Sprache pages and finder.
EASY_LABELS: dict[str, dict[str, str]] = {
    "kind": _easy_labels(_PROVIDER["kind"], "kind"),
    "services": _easy_labels(_PROVIDER["services"]["items"], "services"),
    "accessibility": _easy_labels(_PROVIDER["accessibility"]["items"], "accessibility"),
    "online": _easy_labels(_PROVIDER["online"]["items"], "online"),
}


def easy_label(list_name: str, value: str) -> str:
    """The Leichte-Sprache label of a value of a provider list (``kind``, ``services``, ``accessibility``, ``online``)."""
    return EASY_LABELS[list_name][value]

_CASE = _properties("good-practice.schema.json")
CASE_KINDS: tuple[str, ...] = tuple(_CASE["kind"]["enum"])
SECTORS: tuple[str, ...] = tuple(_CASE["sector"]["enum"])
