"""German places and Postleitzahlen for the browser: ``zustaendig/orte.json``.

No records of its own: the data comes from the gazetteer (a registry package,
see portal/gazetteer/README.md). The site search reads the file to put the
answer for a place or a Postleitzahl first; the /zustaendig/ page reads the
same file. Format: ``portal-gazetteer/1`` (portal/gazetteer/export.py).
"""

from __future__ import annotations

from portal import gazetteer
from portal.core.model import Context, GeneratedDownload, RecordType

PLACES_FILE = "zustaendig/orte.json"


def place_downloads(_context: Context) -> list[GeneratedDownload]:
    return [GeneratedDownload(PLACES_FILE, gazetteer.export_for_browser().encode("utf-8"))]


TYPE = RecordType(
    name="places",
    counted_as=("", ""),  # not in the build log's counts
    load=lambda _root, _schemas, _problems: None,
    count=lambda _value: 0,
    downloads=place_downloads,
)
