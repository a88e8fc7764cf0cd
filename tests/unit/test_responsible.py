"""Zuständigkeit (portal.types.responsible): loading, cross-file checks with the gazetteer, the resolver, pages, downloads, coverage.

The resolver table below is this module's own list of places across all 16
Länder (big cities, small Gemeinden, umlauts and their ae/oe/ue spelling,
names that exist twice, cities inside a Landkreis of the same name, PLZ in two
Kreise). Each expectation was written down from the Kreis reform state and the
Länder's own rules (data/responsible/SOURCES.md), not taken from the resolver.
"""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest
from support import ROOT

from portal import gazetteer
from portal.core.errors import DataError
from portal.types import REGISTRY, load_dataset
from portal.types.responsible import PLACES_DOWNLOAD, RULES_DOWNLOAD, Responsible, coverage_report, land_pages, rules_data
from portal.types.responsible_resolver import BODY, KREIS, SEVERAL, UNKNOWN, answer, resolve
from portal.core.model import Context
from datetime import datetime


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(ROOT)


@pytest.fixture(scope="module")
def data(dataset) -> Responsible:
    return dataset["responsible"]


# query → (Land, Kreisschlüssel, Träger: body id / "kreis" / "unknown", Integrationsamt id)
CASES = {
    # Bayern: seven Bezirke by Regierungsbezirk
    "Nürnberg": ("Bayern", "09564", "bezirk-mittelfranken", "zbfs-inklusionsamt"),
    "90402": ("Bayern", "09564", "bezirk-mittelfranken", "zbfs-inklusionsamt"),
    "Nuernberg": ("Bayern", "09564", "bezirk-mittelfranken", "zbfs-inklusionsamt"),
    "München": ("Bayern", "09162", "bezirk-oberbayern", "zbfs-inklusionsamt"),
    "80331": ("Bayern", "09162", "bezirk-oberbayern", "zbfs-inklusionsamt"),
    "Muenchen": ("Bayern", "09162", "bezirk-oberbayern", "zbfs-inklusionsamt"),
    "Würzburg": ("Bayern", "09663", "bezirk-unterfranken", "zbfs-inklusionsamt"),
    "Augsburg": ("Bayern", "09761", "bezirk-schwaben", "zbfs-inklusionsamt"),
    "Regensburg": ("Bayern", "09362", "bezirk-oberpfalz", "zbfs-inklusionsamt"),
    "Passau": ("Bayern", "09262", "bezirk-niederbayern", "zbfs-inklusionsamt"),  # the city, not Landkreis Passau
    "Landkreis Passau": ("Bayern", "09275", "bezirk-niederbayern", "zbfs-inklusionsamt"),
    "Rosenheim": ("Bayern", "09163", "bezirk-oberbayern", "zbfs-inklusionsamt"),
    "Landshut": ("Bayern", "09261", "bezirk-niederbayern", "zbfs-inklusionsamt"),
    "Bayreuth": ("Bayern", "09462", "bezirk-oberfranken", "zbfs-inklusionsamt"),
    "Fürth": ("Bayern", "09563", "bezirk-mittelfranken", "zbfs-inklusionsamt"),
    "Gößweinstein": ("Bayern", "09474", "bezirk-oberfranken", "zbfs-inklusionsamt"),
    "Oberstdorf": ("Bayern", "09780", "bezirk-schwaben", "zbfs-inklusionsamt"),
    "Weißenburg in Bayern": ("Bayern", "09577", "bezirk-mittelfranken", "zbfs-inklusionsamt"),
    # Nordrhein-Westfalen: LVR in the Rhineland, LWL in Westfalen-Lippe, for the Träger and the Inklusionsamt
    "Köln": ("Nordrhein-Westfalen", "05315", "lvr", "lvr-inklusionsamt"),
    "Koeln": ("Nordrhein-Westfalen", "05315", "lvr", "lvr-inklusionsamt"),
    "Düsseldorf": ("Nordrhein-Westfalen", "05111", "lvr", "lvr-inklusionsamt"),
    "Aachen": ("Nordrhein-Westfalen", "05334", "lvr", "lvr-inklusionsamt"),
    "Neuss": ("Nordrhein-Westfalen", "05162", "lvr", "lvr-inklusionsamt"),
    "Jülich": ("Nordrhein-Westfalen", "05358", "lvr", "lvr-inklusionsamt"),
    "Sankt Augustin": ("Nordrhein-Westfalen", "05382", "lvr", "lvr-inklusionsamt"),
    "Münster": ("Nordrhein-Westfalen", "05515", "lwl", "lwl-inklusionsamt-arbeit"),
    "Bielefeld": ("Nordrhein-Westfalen", "05711", "lwl", "lwl-inklusionsamt-arbeit"),
    "Gütersloh": ("Nordrhein-Westfalen", "05754", "lwl", "lwl-inklusionsamt-arbeit"),
    "Dortmund": ("Nordrhein-Westfalen", "05913", "lwl", "lwl-inklusionsamt-arbeit"),
    # City states and Bremen's two Stadtgemeinden
    "Berlin": ("Berlin", "11000", "berlin-teilhabefachdienste", "lageso-integrationsamt"),
    "10115": ("Berlin", "11000", "berlin-teilhabefachdienste", "lageso-integrationsamt"),
    "Hamburg": ("Hamburg", "02000", "hamburg-fachamt-eingliederungshilfe", "hamburg-integrationsamt"),
    "20095": ("Hamburg", "02000", "hamburg-fachamt-eingliederungshilfe", "hamburg-integrationsamt"),
    "Bremen": ("Bremen", "04011", "kreis", "avib-integrationsamt"),
    "Bremerhaven": ("Bremen", "04012", "kreis", "avib-integrationsamt"),
    # Hessen: LWV
    "Frankfurt am Main": ("Hessen", "06412", "lwv-hessen", "lwv-hessen-integrationsamt"),
    "Offenbach": ("Hessen", "06413", "lwv-hessen", "lwv-hessen-integrationsamt"),
    "Kassel": ("Hessen", "06611", "lwv-hessen", "lwv-hessen-integrationsamt"),
    "Heppenheim": ("Hessen", "06431", "lwv-hessen", "lwv-hessen-integrationsamt"),
    # Brandenburg: not verified → unknown, never a body
    "Frankfurt (Oder)": ("Brandenburg", "12053", "unknown", "lasv-integrationsamt"),
    "Cottbus": ("Brandenburg", "12052", "unknown", "lasv-integrationsamt"),
    "Potsdam": ("Brandenburg", "12054", "unknown", "lasv-integrationsamt"),
    # Sachsen-Anhalt and Sachsen: one body for the Land
    "Halle (Saale)": ("Sachsen-Anhalt", "15002", "sozialagentur-sachsen-anhalt", "lvwa-sachsen-anhalt-integrationsamt"),
    "Magdeburg": ("Sachsen-Anhalt", "15003", "sozialagentur-sachsen-anhalt", "lvwa-sachsen-anhalt-integrationsamt"),
    "Stendal": ("Sachsen-Anhalt", "15090", "sozialagentur-sachsen-anhalt", "lvwa-sachsen-anhalt-integrationsamt"),
    "Leipzig": ("Sachsen", "14713", "ksv-sachsen", "ksv-sachsen-integrationsamt"),
    "01067": ("Sachsen", "14612", "ksv-sachsen", "ksv-sachsen-integrationsamt"),
    "Bad Muskau": ("Sachsen", "14626", "ksv-sachsen", "ksv-sachsen-integrationsamt"),
    # Kreis itself: Thüringen, Mecklenburg-Vorpommern, Schleswig-Holstein, Baden-Württemberg
    "Erfurt": ("Thüringen", "16051", "kreis", "tlvwa-integrationsamt"),
    "Jena": ("Thüringen", "16053", "kreis", "tlvwa-integrationsamt"),
    "Ilmenau": ("Thüringen", "16070", "kreis", "tlvwa-integrationsamt"),
    "Rostock": ("Mecklenburg-Vorpommern", "13003", "kreis", "lagus-inklusionsamt"),
    "Kühlungsborn": ("Mecklenburg-Vorpommern", "13072", "kreis", "lagus-inklusionsamt"),  # Landkreis Rostock
    "Greifswald": ("Mecklenburg-Vorpommern", "13075", "kreis", "lagus-inklusionsamt"),
    "Kiel": ("Schleswig-Holstein", "01002", "kreis", "integrationsamt-schleswig-holstein"),
    "Lübeck": ("Schleswig-Holstein", "01003", "kreis", "integrationsamt-schleswig-holstein"),
    "Helgoland": ("Schleswig-Holstein", "01056", "kreis", "integrationsamt-schleswig-holstein"),
    "Sylt": ("Schleswig-Holstein", "01054", "kreis", "integrationsamt-schleswig-holstein"),
    "Stuttgart": ("Baden-Württemberg", "08111", "kreis", "kvjs-integrationsamt"),
    "Karlsruhe": ("Baden-Württemberg", "08212", "kreis", "kvjs-integrationsamt"),  # the Stadtkreis
    "Landkreis Karlsruhe": ("Baden-Württemberg", "08215", "kreis", "kvjs-integrationsamt"),
    "Tübingen": ("Baden-Württemberg", "08416", "kreis", "kvjs-integrationsamt"),  # a town in the Landkreis of its name
    "Freiburg im Breisgau": ("Baden-Württemberg", "08311", "kreis", "kvjs-integrationsamt"),
    # Niedersachsen: the Land decides, the Kreise take the application
    "Hannover": ("Niedersachsen", "03241", "land-niedersachsen-eingliederungshilfe", "ls-niedersachsen-integrationsamt"),
    "Göttingen": ("Niedersachsen", "03159", "land-niedersachsen-eingliederungshilfe", "ls-niedersachsen-integrationsamt"),
    "Osterode am Harz": ("Niedersachsen", "03159", "land-niedersachsen-eingliederungshilfe", "ls-niedersachsen-integrationsamt"),
    "Wangerooge": ("Niedersachsen", "03455", "land-niedersachsen-eingliederungshilfe", "ls-niedersachsen-integrationsamt"),
    # Rheinland-Pfalz and Saarland
    "Mainz": ("Rheinland-Pfalz", "07315", "lsjv-rheinland-pfalz", "lsjv-integrationsamt"),
    "Trier": ("Rheinland-Pfalz", "07211", "lsjv-rheinland-pfalz", "lsjv-integrationsamt"),
    "Saarbrücken": ("Saarland", "10041", "landesamt-fuer-soziales-saarland", "las-saarland-inklusionsamt"),
    "St. Ingbert": ("Saarland", "10045", "landesamt-fuer-soziales-saarland", "las-saarland-inklusionsamt"),
}
# Names and PLZ that lie in several Kreise: the reader chooses; the choices include these Kreise.
CHOICES = {
    "Frankfurt": {"06412", "12053"},
    "Halle": {"15002", "05754"},
    "Eisenach": {"16063", "07232"},
    "Neustadt": {"07316"},
    "06120": {"15002", "15088"},
    "03058": {"12052", "12071"},
}


def test_the_table_covers_all_16_laender():
    assert {land for land, *_ in CASES.values()} == set(gazetteer.LAENDER.values())
    assert len(CASES) + len(CHOICES) >= 50


@pytest.mark.parametrize("query", CASES)
def test_resolver_names_land_kreis_traeger_and_amt(query, data):
    land, kreis_key, traeger, amt = CASES[query]
    resolution = resolve(query)
    assert resolution.chosen is not None, f"{query}: keine eindeutige Antwort"
    result = answer(resolution.chosen, data)
    assert (result.land, result.kreis_key) == (land, kreis_key)
    item = result.budget_fuer_arbeit
    if traeger == "kreis":
        assert item.status == KREIS and item.body is None
        assert item.name == gazetteer.load().kreis(kreis_key).label  # the Kreis's name comes from the gazetteer
    elif traeger == "unknown":
        assert item.status == UNKNOWN and item.body is None and item.name is None
        assert "EUTB" in item.note or "Beratung" in item.note  # routes to counselling
    else:
        assert item.status == BODY and item.body["id"] == traeger
    assert result.integrationsamt.body["id"] == amt
    # Budget für Ausbildung: the Agentur für Arbeit for § 57, the Träger for § 58 (§ 63 SGB IX).
    assert result.ausbildung_eingang.body["id"] == "bundesagentur-fuer-arbeit"
    assert result.ausbildung_arbeitsbereich == item
    assert result.eutb.link["url"].startswith("https://www.teilhabeberatung.de/")
    for part in (item, result.integrationsamt, result.ausbildung_eingang, result.ansprechstelle_arbeitgeber):
        assert part.checked == "2026-11-30"


@pytest.mark.parametrize("query", CHOICES)
def test_ambiguous_queries_let_the_reader_choose(query):
    resolution = resolve(query)
    assert resolution.chosen is None
    assert CHOICES[query] <= {place.kreis_key for place in resolution.choices}


def test_unknown_place_finds_nothing():
    assert not resolve("Nirgendwohausen").found
    assert not resolve("99999").found


def test_niedersachsen_names_where_the_application_goes(data):
    result = answer(resolve("Wangerooge").chosen, data)
    assert result.applies_at == "Landkreis Friesland"
    assert answer(resolve("Nürnberg").chosen, data).applies_at is None


def test_employer_contact_points(data):
    saarland = answer(resolve("Saarbrücken").chosen, data).ansprechstelle_arbeitgeber
    assert saarland.status == BODY and saarland.body["id"] == "eaa-saarland"
    bayern = answer(resolve("Nürnberg").chosen, data).ansprechstelle_arbeitgeber
    assert bayern.status == SEVERAL and bayern.link["url"] == "https://www.eaa-bayern.de/"
    hamburg = answer(resolve("Hamburg").chosen, data).ansprechstelle_arbeitgeber
    assert hamburg.status == UNKNOWN and hamburg.body is None and "Integrationsamt" in hamburg.note


def test_answer_for_a_kreis_and_for_every_kreis(data):
    places = gazetteer.load()
    for kreis in places.kreise.values():
        result = answer(kreis, data)
        assert result.land == kreis.land
        item = result.budget_fuer_arbeit
        rule = data.rules[kreis.land]["eingliederungshilfe"]
        if rule["mode"] == "unknown":
            assert item.status == UNKNOWN and item.body is None
        else:
            assert item.status in (BODY, KREIS), kreis
        assert result.integrationsamt.status == BODY, kreis


# --- cross-file checks ------------------------------------------------------------------


@pytest.fixture
def root(tmp_path) -> Path:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "schemas", tmp_path / "schemas")
    return tmp_path


def _report(root: Path) -> str:
    with pytest.raises(DataError) as caught:
        load_dataset(root)
    return caught.value.report()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line(path: Path, text: str) -> int:
    return next(number for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def test_unknown_body_is_named_with_a_suggestion(root):
    path = root / "data/responsible/rules/hessen.yaml"
    _edit(path, "body: lwv-hessen\n", "body: lwv-hesen\n")
    report = _report(root)
    assert f"data/responsible/rules/hessen.yaml:{_line(path, 'lwv-hesen')} eingliederungshilfe.body" in report
    assert "„lwv-hesen“ gibt es in data/responsible/bodies.yaml nicht" in report and "Meinten Sie „lwv-hessen“" in report


def test_body_of_the_wrong_kind_or_land(root):
    path = root / "data/responsible/rules/hessen.yaml"
    _edit(path, "body: lwv-hessen-integrationsamt\n", "body: lwv-hessen\n")
    _edit(root / "data/responsible/rules/sachsen.yaml", "body: ksv-sachsen\n", "body: lwv-hessen\n")
    report = _report(root)
    assert "integrationsamt.body: „lwv-hessen“ ist ein Träger der Eingliederungshilfe, hier gehört ein Integrations-/Inklusionsamt hin" in report
    assert "„lwv-hessen“ gehört zu Hessen, diese Datei zu Sachsen" in report


def test_kreis_keys_must_exist_lie_in_the_land_and_cover_it(root):
    path = root / "data/responsible/rules/bayern.yaml"
    _edit(path, '"09564": bezirk-mittelfranken', '"09599": bezirk-mittelfranken')
    _edit(path, '"09565": bezirk-mittelfranken', '"05315": bezirk-mittelfranken')
    report = _report(root)
    assert f"bayern.yaml:{_line(path, '09599')} eingliederungshilfe.bodies_by_kreis.09599: Den Kreisschlüssel 09599 kennt das Ortsverzeichnis nicht" in report
    assert "Kreisschlüssel 05315 ist Köln, Stadt in Nordrhein-Westfalen, nicht in Bayern" in report
    assert "Es fehlen 2 Kreise des Landes: 09564 (Nürnberg, Stadt), 09565 (Schwabach, Stadt)" in report
    assert "Ordnen Sie jedem Kreis" in report


def test_nrw_inklusionsamt_mapping_is_checked_too(root):
    path = root / "data/responsible/rules/nordrhein-westfalen.yaml"
    text = path.read_text(encoding="utf-8")
    section = text.index("integrationsamt:\n")
    line = next(l for l in text[section:].splitlines() if '"05315"' in l)
    path.write_text(text[:section] + text[section:].replace(line + "\n", "", 1), encoding="utf-8")
    assert "integrationsamt.bodies_by_kreis: Es fehlen 1 Kreise des Landes: 05315 (Köln, Stadt)" in _report(root)


def test_missing_land_file_duplicate_and_misnamed_files(root):
    rules = root / "data/responsible/rules"
    (rules / "thueringen.yaml").rename(rules / "thuringia.yaml")
    shutil.copy(rules / "saarland.yaml", rules / "saarland-kopie.yaml")
    (rules / "bremen.yaml").unlink()
    report = _report(root)
    assert "Die Datei für Thüringen heißt „thuringia.yaml“" in report and "„thueringen.yaml“" in report
    assert "data/responsible/rules/saarland.yaml" in report and "Für Saarland gibt es schon eine Datei" in report
    assert "Für Bremen fehlt die Datei mit den Zuständigkeiten" in report


def test_duplicate_body_id(root):
    path = root / "data/responsible/bodies.yaml"
    _edit(path, "  - id: bezirk-oberpfalz\n", "  - id: bezirk-oberbayern\n")
    report = _report(root)
    assert "Die Kennung „bezirk-oberbayern“ gibt es schon" in report


def test_schema_problem_in_a_rules_file_is_german(root):
    _edit(root / "data/responsible/rules/bayern.yaml", "  mode: regional_bodies\n", "  mode: regional\n")
    assert "data/responsible/rules/bayern.yaml:6 eingliederungshilfe.mode" in _report(root)


def test_without_the_folder_nothing_is_required(root):
    shutil.rmtree(root / "data/responsible")
    loaded = load_dataset(root)
    assert not loaded["responsible"].present and len(loaded["responsible"]) == 0


# --- provider towns --------------------------------------------------------------------------


def test_provider_town_plz_and_land_are_checked(root):
    path = root / "data/providers.yaml"
    _edit(path, "town: Wetzlar", "town: Wetzlr")
    _edit(path, 'postal_code: "48143"', 'postal_code: "10115"')
    _edit(path, "town: Stendal", "town: Nuremberg")
    report = _report(root)
    assert f"data/providers.yaml:{_line(path, 'Wetzlr')} providers[4].address.town: Ort „Wetzlr“ kennt das Verzeichnis nicht. Meinten Sie „Wetzlar“" in report
    assert "providers[7].address.postal_code: PLZ 10115 gehört nicht zu Münster, sondern zu „Berlin“" in report
    assert "Ort „Nuremberg“ kennt das Verzeichnis nicht" in report


def test_provider_town_in_another_land(root):
    path = root / "data/providers.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("town: Mainz")
    land = text.rindex("land: Rheinland-Pfalz", 0, start)
    path.write_text(text[:land] + "land: Saarland" + text[land + len("land: Rheinland-Pfalz"):], encoding="utf-8")
    assert "land: Mainz liegt in Rheinland-Pfalz, nicht in Saarland" in _report(root)


# --- pages, downloads, coverage -------------------------------------------------------------


def test_one_page_per_land_with_rules_bodies_kreise_and_places(dataset):
    pages = {page.src_uri: page.markdown for page in land_pages(dataset, datetime(2026, 11, 30))}
    assert len(pages) == 16
    bayern = pages["zustaendig/bayern.md"]
    assert "# Wer ist in Bayern zuständig?" in bayern
    assert "**Bezirk Mittelfranken**" in bayern and "[0981 4664-0](tel:098146640)" in bayern
    assert "**Nürnberg, Stadt** (Kreisschlüssel 09564): Budget für Arbeit – Bezirk Mittelfranken." in bayern
    assert "Gößweinstein" in bayern  # places are on the page, so the site search finds them
    assert bayern.count("(Kreisschlüssel 09") == 96
    nrw = pages["zustaendig/nordrhein-westfalen.md"]
    assert "**Köln, Stadt** (Kreisschlüssel 05315): Budget für Arbeit – Landschaftsverband Rheinland (LVR); Inklusionsamt – LVR-Inklusionsamt." in nrw
    brandenburg = pages["zustaendig/brandenburg.md"]
    assert "Das hat das Portal für Brandenburg noch nicht geprüft." in brandenburg
    assert "Landkreis Oberspreewald-Lausitz" in brandenburg
    bw = pages["zustaendig/baden-wuerttemberg.md"]
    assert "die Landkreise und kreisfreien Städte selbst Träger" in bw and "**Landkreis Tübingen**" in bw
    for markdown in pages.values():
        assert "teilhabeberatung.de/beratung/beratungsangebote-der-eutb" in markdown
        assert "GeoNames" in markdown and "CC BY 4.0" in markdown


def test_downloads_place_data_within_budget_and_rules(dataset):
    downloads = {d.src_uri: d.content for d in REGISTRY[-1].downloads(Context(dataset, datetime(2026, 11, 30)))}
    places = downloads[PLACES_DOWNLOAD]
    size = len(gzip.compress(places, 9))
    assert size <= 200 * 1024, f"orte.json: {size} Bytes gzip"
    assert json.loads(places)["attribution"] == gazetteer.ATTRIBUTION
    rules = json.loads(downloads[RULES_DOWNLOAD])
    assert rules == json.loads(rules_data(dataset))
    assert len(rules["laender"]) == 16
    assert rules["laender"]["Bayern"]["eingliederungshilfe"]["bodies_by_kreis"]["09564"] == "bezirk-mittelfranken"
    assert "kreis_list_source" not in rules["laender"]["Bayern"]["eingliederungshilfe"]
    assert set(rules["bodies"]) >= {"bezirk-mittelfranken", "lvr", "lwl", "eaa-saarland", "bundesagentur-fuer-arbeit"}
    rows = {row[0]: row for row in rules["providers"]}
    assert len(rows) == len(dataset.providers)
    assert rows["jobcenter-stendal"][8] == 1 and rows["lwv-hessen"][8] == 0  # SGB II bodies are marked
    assert all(row[5] is not None for row in rows.values() if row[4])  # every town is placed
    assert len(gzip.compress(downloads[RULES_DOWNLOAD], 9)) < 40 * 1024


def test_coverage_report(dataset):
    report = coverage_report(dataset)
    assert "Träger-Regel geprüft: 15 von 16 Ländern." in report
    assert "Integrations-/Inklusionsämter mit Kontaktangaben: 15 von 17" in report
    line = next(l for l in report.splitlines() if l.startswith("Brandenburg"))
    assert "unknown" in line and "nein" in line
    line = next(l for l in report.splitlines() if l.startswith("Nordrhein-Westfalen"))
    assert "lwl-inklusionsamt-arbeit: ATEW" in line
    assert f"Anbieter: {len(dataset.providers)}" in report


def test_land_pages_are_the_same_whatever_the_hash_seed():
    """Places that fold alike keep one order: two processes with other string hashes write the same pages."""
    import os  # noqa: PLC0415 - only this test starts processes
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    script = (
        "import hashlib; from pathlib import Path; from portal.build import Build; "
        "o = Build.load(Path('.')); "
        "print(hashlib.sha256(''.join(p.markdown for p in o.pages() if p.src_uri.startswith('zustaendig/')).encode()).hexdigest())"
    )
    digests = {
        subprocess.run([sys.executable, "-c", script], cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True, check=True).stdout
        for seed in ("1", "2", "3")
    }
    assert len(digests) == 1
