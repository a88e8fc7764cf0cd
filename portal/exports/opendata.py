"""Open data: every provider as JSON and as CSV, generated from the validated records.

Both files hold exactly the fields of ``data/providers.yaml`` (nothing derived),
so that they read back into the same records (tests/unit/test_providers_opendata.py).
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from portal.rendering.render import plain

LICENSE = "CC BY 4.0"
LIST_SEPARATOR = "; "

# The CSV columns in order; a dot joins a group and its field, lists are joined by LIST_SEPARATOR.
CSV_COLUMNS = (
    "id",
    "name",
    "kind",
    "land",
    "kreis",
    "region_served",
    "services",
    "address.street",
    "address.postal_code",
    "address.town",
    "geo.lat",
    "geo.lon",
    "contact.phone",
    "contact.email",
    "contact.website",
    "contact.contact_form",
    "online",
    "accessibility",
    "languages",
    "hours",
    "description",
    "description_leichte_sprache",
    "source.title",
    "source.url",
    "checked",
)
LIST_FIELDS = {"services", "online", "accessibility", "languages"}
NUMBER_FIELDS = {"geo.lat", "geo.lon"}
# A cell that starts with one of these is run as a formula by spreadsheets
# (CSV injection). Such cells, and cells that start with the escape itself,
# get a leading apostrophe, which spreadsheets hide and read_csv removes.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def open_record(value: Any) -> Any:
    """A record as the open data carry it: every text on one line, without control or bidi characters.

    The page shows the same text (``plain``); a trailing newline from a YAML block
    or an invisible character never reaches a spreadsheet or another program.
    """
    if isinstance(value, str):
        return plain(value)
    if isinstance(value, dict):
        return {key: open_record(item) for key, item in value.items()}
    if isinstance(value, list):
        return [open_record(item) for item in value]
    return value


def providers_json(records: list[dict[str, Any]], generated: str) -> bytes:
    """All providers as a JSON document with licence and date."""
    document = {"license": LICENSE, "generated": generated, "providers": [open_record(record) for record in records]}
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


def read_json(content: bytes) -> list[dict[str, Any]]:
    return json.loads(content.decode("utf-8"))["providers"]


def _cell(record: dict[str, Any], column: str) -> str:
    value: Any = record
    for part in column.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if value is None:
        return ""
    if column in LIST_FIELDS:
        value = LIST_SEPARATOR.join(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def providers_csv(records: list[dict[str, Any]]) -> bytes:
    """All providers as CSV (UTF-8 with BOM so that spreadsheets detect the umlauts, comma, CRLF)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for record in records:
        record = open_record(record)
        writer.writerow([_cell(record, column) for column in CSV_COLUMNS])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def read_csv(content: bytes) -> list[dict[str, Any]]:
    """Read providers.csv back into records shaped like the YAML entries."""
    reader = csv.DictReader(io.StringIO(content.decode("utf-8-sig"), newline=""))
    records = []
    for row in reader:
        record: dict[str, Any] = {}
        for column in CSV_COLUMNS:
            text = row.get(column, "")
            if not text:
                continue
            if text.startswith("'"):
                text = text[1:]
            value: Any = text
            if column in LIST_FIELDS:
                value = text.split(LIST_SEPARATOR)
            elif column in NUMBER_FIELDS:
                value = float(text)
            group, _, field = column.partition(".")
            if field:
                record.setdefault(group, {})[field] = value
            else:
                record[group] = value
        records.append(record)
    return records
