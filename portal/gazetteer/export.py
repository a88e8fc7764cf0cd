"""Compact JSON copy of the gazetteer for the browser, and its reference decoder.

Format ``portal-gazetteer/1`` (one JSON object; integers only where noted)::

    {
      "format": "portal-gazetteer/1",
      "attribution": "...", "attribution_url": "...", "license_url": "...",
      "laender": {"01": "Schleswig-Holstein", ...},   # Land of a Kreis = its key's first two digits
      "kinds": ["kreisfreie Stadt", "Stadtkreis", ...],
      "kreise": [["01001", "Flensburg, Stadt", 0], ...],   # key, label, index into kinds; sorted by key
      "places": {
        "names": "Flensburg|Glücksburg (Ostsee)|...",   # "|"-joined, grouped by Kreis in "kreise" order
        "per_kreis": [3, 118, ...],                     # how many consecutive names belong to each Kreis
        "lat": [54784, -42, ...],                       # latitude × 1000, first absolute then differences
        "lon": [9436, 15, ...]                          # longitude × 1000, likewise
      },
      "plz": [1067, 2, 5, 3, 2, 1, -1, ...]
    }

``plz`` is one flat list of integer groups, one group per PLZ in ascending order:
``[PLZ minus previous PLZ (the first: the PLZ itself), n, then n place indices]``;
each place index is written as its difference from the previous place index
written (starting at 0). A PLZ lies in the Kreise of its places; the place's
coordinates are the place's (a mean of its PLZ points), precise to about 100 m.
"""

from __future__ import annotations

import json

from .core import KINDS, LAENDER, Gazetteer

FORMAT_VERSION = "portal-gazetteer/1"


def export_for_browser(gazetteer: Gazetteer, *, attribution: str, attribution_url: str, license_url: str) -> str:
    kreis_keys = sorted(gazetteer.kreise)
    kreis_index = {key: i for i, key in enumerate(kreis_keys)}
    places = sorted(gazetteer.places, key=lambda p: (kreis_index[p.kreis_key], p.name))
    place_index = {id(place): i for i, place in enumerate(places)}
    per_kreis = [0] * len(kreis_keys)
    for place in places:
        per_kreis[kreis_index[place.kreis_key]] += 1
    lat, lon = [], []
    previous_lat = previous_lon = 0
    for place in places:
        value_lat, value_lon = round(place.lat * 1000), round(place.lon * 1000)
        lat.append(value_lat - previous_lat)
        lon.append(value_lon - previous_lon)
        previous_lat, previous_lon = value_lat, value_lon
    plz_flat: list[int] = []
    previous_code = 0
    previous_place = 0
    for code in gazetteer.plz_codes():
        indices = sorted(place_index[id(p)] for p in gazetteer.by_plz[code])
        plz_flat += [int(code) - previous_code, len(indices)]
        for index in indices:
            plz_flat.append(index - previous_place)
            previous_place = index
        previous_code = int(code)
    payload = {
        "format": FORMAT_VERSION,
        "attribution": attribution,
        "attribution_url": attribution_url,
        "license_url": license_url,
        "laender": LAENDER,
        "kinds": list(KINDS),
        "kreise": [[key, gazetteer.kreise[key].label, KINDS.index(gazetteer.kreise[key].kind)] for key in kreis_keys],
        "places": {"names": "|".join(p.name for p in places), "per_kreis": per_kreis, "lat": lat, "lon": lon},
        "plz": plz_flat,
    }
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def decode_export(text: str) -> dict:
    """Reference decoder (what the browser does): {"kreise", "places": [(name, kreis_key, lat, lon)], "plz": {plz: [place index]}}."""
    data = json.loads(text)
    if data.get("format") != FORMAT_VERSION:
        raise ValueError(f"Unbekanntes Format: {data.get('format')!r}")
    kreise = [{"key": k, "label": label, "kind": data["kinds"][kind], "land": data["laender"][k[:2]]} for k, label, kind in data["kreise"]]
    names = data["places"]["names"].split("|")
    keys = [kreis["key"] for kreis, count in zip(kreise, data["places"]["per_kreis"]) for _ in range(count)]
    places = []
    lat = lon = 0
    for name, key, d_lat, d_lon in zip(names, keys, data["places"]["lat"], data["places"]["lon"], strict=True):
        lat += d_lat
        lon += d_lon
        places.append((name, key, lat / 1000, lon / 1000))
    plz: dict[str, list[int]] = {}
    flat = data["plz"]
    position = code = place = 0
    while position < len(flat):
        code += flat[position]
        count = flat[position + 1]
        position += 2
        indices = []
        for _ in range(count):
            place += flat[position]
            indices.append(place)
            position += 1
        plz[f"{code:05d}"] = indices
    return {"kreise": kreise, "places": places, "plz": plz}
