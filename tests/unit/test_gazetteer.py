"""The German gazetteer (portal.gazetteer): PLZ and names → Kreis (official key) and Land, the export, the town check."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest

from portal import gazetteer
from portal.gazetteer import core

ROOT = Path(__file__).resolve().parents[2]

# Kreise per Land at the territorial state the data has (after Eisenach joined the
# Wartburgkreis in 2021): (kreisfreie Städte incl. Stadtkreise and the city states, Landkreise incl. Kreise/Region/…).
KREISE_PER_LAND = {
    "Schleswig-Holstein": (4, 11),
    "Hamburg": (1, 0),
    "Niedersachsen": (8, 37),
    "Bremen": (2, 0),
    "Nordrhein-Westfalen": (22, 31),
    "Hessen": (5, 21),
    "Rheinland-Pfalz": (12, 24),
    "Baden-Württemberg": (9, 35),
    "Bayern": (25, 71),
    "Saarland": (0, 6),
    "Berlin": (1, 0),
    "Brandenburg": (4, 14),
    "Mecklenburg-Vorpommern": (2, 6),
    "Sachsen": (3, 10),
    "Sachsen-Anhalt": (3, 11),
    "Thüringen": (5, 17),
}


@pytest.fixture(scope="module")
def g() -> gazetteer.Gazetteer:
    return gazetteer.load()


def first(g, query):
    found = g.lookup(query)
    assert found, f"{query!r} not found"
    return found[0]


# -- counts and keys ----------------------------------------------------------------------


def test_sixteen_laender_named_as_in_the_provider_schema(g):
    schema = json.loads((ROOT / "schemas" / "providers.schema.json").read_text(encoding="utf-8"))

    def land_enums(node):
        if isinstance(node, dict):
            land = node.get("properties", {}).get("land") if isinstance(node.get("properties"), dict) else None
            if isinstance(land, dict) and "enum" in land:
                yield set(land["enum"])
            for value in node.values():
                yield from land_enums(value)
        elif isinstance(node, list):
            for value in node:
                yield from land_enums(value)

    enums = list(land_enums(schema))
    assert enums and all(enum == set(gazetteer.LAENDER.values()) for enum in enums)
    assert len({k.land for k in g.kreise.values()}) == 16
    assert {place.land for place in g.places} == set(gazetteer.LAENDER.values())


def test_400_kreise_294_landkreise_106_kreisfreie_staedte(g):
    assert len(g.kreise) == 400
    cities = [k for k in g.kreise.values() if k.is_city]
    assert len(cities) == 106
    assert len(g.kreise) - len(cities) == 294
    counts = Counter((k.land, k.is_city) for k in g.kreise.values())
    for land, (city, rural) in KREISE_PER_LAND.items():
        assert (counts[(land, True)], counts[(land, False)]) == (city, rural), land


def test_every_kreis_key_has_five_digits_and_its_lands_prefix(g):
    for key, kreis in g.kreise.items():
        assert len(key) == 5 and key.isdigit()
        assert gazetteer.LAENDER[key[:2]] == kreis.land
        assert kreis.kind in gazetteer.KINDS
    assert [k.key for k in g.kreise_of_land("Schleswig-Holstein")][:1] == ["01001"]
    assert all(k.key.startswith("16") for k in g.kreise_of_land("Thüringen"))


def test_kinds_follow_the_lands_words(g):
    assert g.kreis("08111").kind == "Stadtkreis"  # Stuttgart
    assert g.kreis("08115").kind == "Landkreis"  # Böblingen
    assert g.kreis("05154").label == "Kreis Kleve"
    assert g.kreis("01054").label == "Kreis Nordfriesland"
    assert g.kreis("03241").label == "Region Hannover"
    assert g.kreis("05334").label == "Städteregion Aachen"
    assert g.kreis("10041").label == "Regionalverband Saarbrücken"
    assert g.kreis("16063").label == "Wartburgkreis"
    assert g.kreis("09564").label == "Nürnberg, Stadt"
    assert g.kreis("11000").label == "Berlin"


def test_kreis_reforms_are_in_the_data(g):
    # Göttingen and Osterode am Harz merged 2016 into Landkreis Göttingen.
    assert "03156" not in g.kreise
    assert first(g, "Osterode am Harz").kreis_key == "03159"
    # Mecklenburg-Vorpommern 2011: six Landkreise 13071–13076, two kreisfreie Städte.
    assert [k.key for k in g.kreise_of_land("Mecklenburg-Vorpommern")] == ["13003", "13004", *[f"1307{i}" for i in range(1, 7)]]
    # Sachsen 2008: three kreisfreie Städte and ten Landkreise with the new keys.
    assert {"14511", "14612", "14713"} <= set(g.kreise) and "14161" not in g.kreise
    # Eisenach: no longer kreisfrei (16056), part of the Wartburgkreis.
    assert "16056" not in g.kreise
    assert first(g, "99817").kreis_key == "16063"


# -- every PLZ ------------------------------------------------------------------------------


def test_every_plz_resolves_to_a_land_and_at_least_one_kreis(g):
    codes = g.plz_codes()
    assert len(codes) > 8000
    for code in codes:
        found = g.lookup(code)
        assert found, code
        for place in found:
            assert place.kreis_key in g.kreise, code
            assert place.land in gazetteer.LAENDER.values(), code
            assert place.plz == (code,)
            assert 47.2 < place.lat < 55.1 and 5.8 < place.lon < 15.1, code
    assert g.excluded == ("87491",)  # Jungholz lies in Tirol: German PLZ, no German Kreis


def test_a_plz_in_several_kreise_offers_each_kreis(g):
    multi = [code for code in g.plz_codes() if len({p.kreis_key for p in g.by_plz[code]}) > 1]
    assert len(multi) > 100
    for code in multi:
        found = g.lookup(code)
        assert len(found) == len({p.kreis_key for p in g.by_plz[code]}) >= 2
        assert len({p.kreis_key for p in found}) == len(found)


@pytest.mark.parametrize(
    ("plz", "kreis", "land", "name"),
    [
        ("10115", "11000", "Berlin", "Berlin"),
        ("20095", "02000", "Hamburg", "Hamburg"),
        ("90402", "09564", "Bayern", "Nürnberg"),
        ("37073", "03159", "Niedersachsen", "Göttingen"),
        ("01067", "14612", "Sachsen", "Dresden"),
    ],
)
def test_known_postcodes(g, plz, kreis, land, name):
    place = first(g, plz)
    assert (place.kreis_key, place.land) == (kreis, land)
    assert name in place.name.split(", ")


# -- names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "kreis", "land", "name"),
    [
        ("Nürnberg", "09564", "Bayern", "Nürnberg"),
        ("München", "09162", "Bayern", "München"),
        ("Köln", "05315", "Nordrhein-Westfalen", "Köln"),
        ("Frankfurt am Main", "06412", "Hessen", "Frankfurt am Main"),
        ("Frankfurt (Oder)", "12053", "Brandenburg", "Frankfurt (Oder)"),
        ("Halle (Saale)", "15002", "Sachsen-Anhalt", "Halle (Saale)"),
        ("Göttingen", "03159", "Niedersachsen", "Göttingen"),
        ("Eisenach", "16063", "Thüringen", "Eisenach"),
    ],
)
def test_cities_by_their_german_names(g, query, kreis, land, name):
    place = first(g, query)
    assert (place.name, place.kreis_key, place.land) == (name, kreis, land)
    assert g.kreis(kreis).label == place.kreis_name


def test_every_place_name_finds_its_place(g):
    for place in g.places:
        assert place in g.lookup(place.name), place.name


def test_munich_is_not_muenchenbernsdorf(g):
    found = g.lookup("München")
    assert found[0].kreis_key == "09162"
    assert all("Münchenbernsdorf" != p.name for p in found)
    assert first(g, "Münchenbernsdorf").kreis_key == "16076"


@pytest.mark.parametrize("query", ["Nuernberg", "nürnberg", "NÜRNBERG", "Nurnberg", " Nürnberg "])
def test_case_umlaut_and_spelling_insensitive(g, query):
    assert first(g, query).kreis_key == "09564"


def test_koeln_and_sz(g):
    assert first(g, "Koeln").kreis_key == "05315"
    assert first(g, "Neustadt an der Weinstrasse").kreis_key == "07316"
    assert first(g, "Frankfurt/Oder").kreis_key == "12053"
    assert first(g, "St. Augustin").name == "Sankt Augustin"


def test_frankfurt_offers_both_frankfurts(g):
    found = g.lookup("Frankfurt")
    assert [p.kreis_key for p in found[:2]] == ["06412", "12053"]


def test_a_name_that_exists_many_times(g):
    found = g.lookup("Neustadt")
    assert len(found) >= 10
    assert len({p.kreis_key for p in found}) >= 10
    assert len({p.land for p in found}) >= 5


def test_city_inside_a_landkreis_of_the_same_name(g):
    goettingen = first(g, "Göttingen")
    assert goettingen.kreis_key == "03159" and goettingen.kreis_name == "Landkreis Göttingen"
    assert g.kreis("03159").kind == "Landkreis"
    # Stadt München (09162) and Landkreis München (09184) are different Kreise.
    assert g.kreis("09162").label == "München, Stadt" and g.kreis("09184").label == "Landkreis München"
    assert first(g, "Landkreis München").kreis_key == "09184"
    assert "München" not in {p.name for p in g.places_of_kreis("09184")}
    assert "Unterhaching" in {p.name for p in g.places_of_kreis("09184")}


def test_places_of_kreis_and_unknown_inputs(g):
    assert {p.kreis_key for p in g.places_of_kreis("09564")} == {"09564"}
    assert g.places_of_kreis("99999") == []
    assert g.kreis("99999") is None
    assert g.lookup("") == [] and g.lookup("00000") == [] and g.lookup("Xyzzyhausen") == []


# -- the editors' check -----------------------------------------------------------------------


def test_find_town_accepts_town_and_plz(g):
    check = gazetteer.find_town("Nürnberg", "90402", gazetteer=g)
    assert check.ok and check.places[0].kreis_key == "09564" and not check.message


def test_find_town_suggests_close_names(g):
    check = gazetteer.find_town("Nürnbreg", gazetteer=g)
    assert not check.ok
    assert "Nürnberg" in check.suggestions
    assert check.message.startswith("Ort „Nürnbreg“ kennt das Verzeichnis nicht. Meinten Sie „")
    assert check.message.endswith("?")


def test_find_town_names_the_owner_of_a_wrong_plz(g):
    check = gazetteer.find_town("Nürnberg", "10115", gazetteer=g)
    assert not check.ok
    assert check.message == "PLZ 10115 gehört nicht zu Nürnberg, sondern zu „Berlin“."
    unknown = gazetteer.find_town("Nürnberg", "00000", gazetteer=g)
    assert not unknown.ok and unknown.message == "PLZ 00000 kennt das Verzeichnis nicht."


def test_every_provider_town_in_the_data_is_known(g):
    import yaml

    providers = yaml.safe_load((ROOT / "data" / "providers.yaml").read_text(encoding="utf-8"))
    items = providers["providers"] if isinstance(providers, dict) else providers
    checked = 0
    for provider in items:
        address = provider.get("address") or {}
        if address.get("town"):
            check = gazetteer.find_town(address["town"], address.get("postal_code"), gazetteer=g)
            assert check.ok, (provider["id"], check.message)
            checked += 1
    assert checked >= 5


# -- browser export ---------------------------------------------------------------------------


def test_browser_export_fits_200_kb_gzip_and_decodes_to_the_same_answers(g):
    text = gazetteer.export_for_browser(g)
    size = len(gzip.compress(text.encode("utf-8"), 9))
    assert size <= 200 * 1024, size
    data = gazetteer.decode_export(text)
    assert len(data["kreise"]) == 400
    assert len(data["places"]) == len(g.places)
    assert set(data["plz"]) == set(g.plz_codes())
    for code, indices in data["plz"].items():
        decoded = {data["places"][i][1] for i in indices}
        assert decoded == {p.kreis_key for p in g.by_plz[code]}, code
    by_name = {}
    for name, key, lat, lon in data["places"]:
        by_name.setdefault(name, []).append((key, lat, lon))
    key, lat, lon = by_name["Nürnberg"][0]
    assert key == "09564" and abs(lat - 49.444) < 0.01 and abs(lon - 11.078) < 0.01
    assert json.loads(text)["attribution"] == gazetteer.ATTRIBUTION


def test_build_from_rows_without_the_package():
    rows = [
        core.source.Row("99998", "Musterdorf", "Thüringen", "Landkreis Musterland", "16099", 51.0, 10.0),
        core.source.Row("99998", "Beispielstadt", "Thüringen", "Beispielstadt, Stadt", "16098", 51.1, 10.1),
        core.source.Row("99999", "Beispielstadt", "Thüringen", "Beispielstadt, Stadt", "16098", None, None),
        core.source.Row("87491", "Jungholz", "", "", "", 47.5, 10.4),
    ]
    small = core.build(rows)
    assert sorted(small.kreise) == ["16098", "16099"]
    assert small.kreis("16098").is_city and small.kreis("16099").label == "Landkreis Musterland"
    assert sorted(p.kreis_key for p in small.lookup("99998")) == ["16098", "16099"]
    assert small.excluded == ("87491",)
    assert small.lookup("Beispielstadt")[0].plz == ("99998", "99999")
