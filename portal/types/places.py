"""German places and Postleitzahlen for the browser: ``zustaendig/orte.json``.

No records of its own: the data comes from the gazetteer (a registry package,
see portal/gazetteer/README.md). The site search reads the file to put the
answer for a place or a Postleitzahl first; the /zustaendig/ page reads the
same file. Format: ``portal-gazetteer/1`` (portal/gazetteer/export.py).
"""

from __future__ import annotations

from portal import gazetteer
from portal.core.model import Context, GeneratedDownload, RecordType
from portal.postbuild.search import SearchRecord
from portal.types.providers import land_slug

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


def place_search_records() -> list[SearchRecord]:
    """One search record per Land, at its /zustaendig/<land>/ page: the Kreise, places and Postleitzahlen it covers.

    A place or a Postleitzahl then finds the answer for its Land through
    Pagefind itself (the search dialog goes on to the exact place with
    zustaendig/orte.json). One record per Land, not per Kreis: Pagefind's
    Python service answers about ten records a second.
    """
    places = gazetteer.load()
    records = []
    for land in sorted(gazetteer.LAENDER.values()):
        kreise = places.kreise_of_land(land)
        towns = sorted({place.name for kreis in kreise for place in places.places_of_kreis(kreis.key)})
        codes = sorted({code for kreis in kreise for place in places.places_of_kreis(kreis.key) for code in place.plz})
        records.append(
            SearchRecord(
                url=f"/zustaendig/{land_slug(land)}/",
                title=f"Wer ist zuständig in {land}?",
                content=(
                    f"Wer ist zuständig in {land}? Kreise und kreisfreie Städte: {', '.join(k.label for k in kreise)}. "
                    f"Orte: {', '.join(towns)}. Postleitzahlen: {' '.join(codes)}."
                ),
                filters={"Typ": ["Zuständigkeit"]},
            )
        )
    return records
