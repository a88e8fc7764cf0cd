"""The provider finder's pure parts: open data round trip, vCard, finder data, places, escaping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from portal.core.model import Record
from portal.types import load_dataset
from portal.exports.opendata import CSV_COLUMNS, open_record, providers_csv, providers_json, read_csv, read_json
from portal.types.providers import land_pages, provider_listing, provider_pages
from portal.core.places import distance_km, normalise
from portal.types.providers import by_land, finder_context, finder_data, is_nationwide, json_ld, kreis_key, land_slug, osm_url, position, provider_downloads
from portal.types.responsible import is_sgb2
from portal.rendering.paths import href
from portal.core.schemas import LAENDER
from portal.exports.vcard import provider_vcard

ROOT = Path(__file__).resolve().parents[2]
NOW = __import__("datetime").datetime(2026, 11, 23, 12, 0, tzinfo=__import__("datetime").timezone.utc)

HOSTILE = {
    "id": "boese",
    "name": "=HYPERLINK(\"https://evil.example\") <script>alert(1)</script> [x](javascript:alert(1))",
    "kind": "Integrationsfachdienst",
    "land": "Hessen",
    "region_served": "+SUM(1;2), \"Kreis\"; 'Stadt'",
    "services": ["Jobcoaching", "Antragshilfe"],
    "address": {"street": "-Weg 1", "postal_code": "01234", "town": "@Ort, mit Komma"},
    "geo": {"lat": 50.12345, "lon": 8.5},
    "contact": {"phone": "+49 30 1234567", "email": "a@example.org", "website": "https://example.org/?a=1&b=2"},
    "languages": ["Deutsch", "Türkisch"],
    "description": "Zeile mit \"Anführung\", Komma; Semikolon\nund Umbruch",
    "source": {"title": "'Quelle", "url": "https://example.org/"},
    "checked": "2026-11-23",
}


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(ROOT)


def test_real_data_has_at_least_fifteen_sourced_entries(dataset):
    assert len(dataset.providers) >= 15
    for record in dataset.providers:
        assert record["source"]["url"].startswith("https://") and record["checked"]


@pytest.mark.parametrize("records", ["real", "hostile"])
def test_json_and_csv_read_back_to_the_same_records(dataset, records):
    data = [record.data for record in dataset.providers] if records == "real" else [HOSTILE]
    assert read_json(providers_json(data, "2026-11-23")) == [open_record(record) for record in data]
    assert read_csv(providers_csv(data)) == [open_record(record) for record in data]


def test_csv_defuses_formulas_for_spreadsheets():
    text = providers_csv([HOSTILE]).decode("utf-8-sig")
    header, row = text.split("\r\n")[:2]
    assert header.split(",") == list(CSV_COLUMNS)
    assert "'=HYPERLINK" in row and "'+49 30" in row and "'-Weg" in row and "'@Ort" in row and "''Quelle" in row


def test_vcard_escapes_and_folds():
    card = provider_vcard(HOSTILE).decode("utf-8")
    assert card.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\n") and card.endswith("END:VCARD\r\n")
    assert "TEL;VALUE=uri;TYPE=work,voice:tel:+49301234567" in card
    assert "ADR;TYPE=work:;;-Weg 1;@Ort\\, mit Komma;Hessen;01234;Deutschland" in card
    unfolded = card.replace("\r\n ", "")
    assert "NOTE:Zeile mit \"Anführung\"\\, Komma\\; Semikolon und Umbruch" in unfolded
    assert all(len(line.encode("utf-8")) <= 75 for line in card.split("\r\n"))


def test_finder_data_holds_every_provider_compactly_with_named_columns(dataset):
    data = json.loads(finder_data(dataset))
    assert data["fields"] == ["id", "name", "kind", "land", "town", "nationwide", "lat", "lon", "approximate", "services", "access", "online", "region", "easy", "kreis", "sgb2"]
    rows = [dict(zip(data["fields"], row, strict=True)) for row in data["p"]]
    assert [row["id"] for row in rows] == sorted((r.slug for r in dataset.providers), key=lambda slug: dataset.provider(slug)["name"].casefold())
    assert data["lands"] == list(LAENDER)
    stendal = next(row for row in rows if row["id"] == "jobcenter-stendal")
    # No recorded position: the town in the gazetteer (the one /zustaendig/ uses), flagged as approximate.
    assert abs(stendal["lat"] - 5260) <= 2 and abs(stendal["lon"] - 1186) <= 2 and stendal["approximate"] == 1
    assert stendal["kreis"] == "15090" and stendal["sgb2"] == 1
    # The Kreis of each town comes from the gazetteer; SGB II bodies are flagged.
    assert next(row for row in rows if row["id"] == "access-erlangen")["kreis"] == "09562"
    assert {row["id"] for row in rows if row["sgb2"] == 1} == {r.slug for r in dataset.providers if is_sgb2(r)}
    assert "plz" not in data
    assert data["s"][stendal["town"]] == "Stendal" and data["s"][0] == ""
    assert data["lands"][stendal["land"]] == "Sachsen-Anhalt" and data["kinds"][stendal["kind"]] == "Jobcenter"
    nationwide = {row["id"] for row in rows if row["nationwide"] == 1}
    assert nationwide == {r.slug for r in dataset.providers if is_nationwide(r)}
    # Which providers have a Leichte-Sprache page, and the lists' Leichte-Sprache labels in the same order.
    assert {row["id"] for row in rows if row["easy"] == 1} == {r.slug for r in dataset.providers if r.get("description_leichte_sprache")}
    assert data["easy"]["kinds"][data["kinds"].index("Jobcenter")] == "Job-Center"
    assert data["easy"]["services"][data["services"].index("Jobcoaching")] == "Üben und Lernen am Arbeits-Platz"
    assert [len(data["easy"][name]) for name in ("kinds", "services", "access", "online")] == [len(data[name]) for name in ("kinds", "services", "access", "online")]


def test_land_lists_hold_own_and_nationwide_providers(dataset):
    lands = by_land(dataset)
    assert set(lands) == set(LAENDER)
    hessen = {r.slug for r in lands["Hessen"]["local"]} | {r.slug for r in lands["Hessen"]["nationwide"]}
    assert hessen == {r.slug for r in dataset.providers if r["land"] == "Hessen" or is_nationwide(r)}
    pages = land_pages(dataset)
    assert len(pages) == 16 and pages[0].src_uri == "anbieter/bundesland/baden-wuerttemberg.md"
    assert land_slug("Thüringen") == "thueringen"


def test_positions_and_kreise_come_from_the_gazetteer(dataset):
    # German names and the PLZ: Nürnberg is found (GeoNames' city table knew only "Nuremberg").
    nuernberg = {"land": "Bayern", "address": {"postal_code": "90402", "town": "Nürnberg"}}
    lat, lon, approximate = position(nuernberg)
    assert 49.3 < lat < 49.6 and 10.9 < lon < 11.2 and approximate
    assert kreis_key(nuernberg) == "09564"
    # A name in two Länder: the place in the provider's Land (Hamburg, not the village in Stormarn).
    assert kreis_key({"land": "Hamburg", "address": {"town": "Hamburg"}}) == "02000"
    assert position({"land": "Hessen", "address": {"town": "Gibtesnichtdorf"}}) is None and kreis_key({"land": "Hessen"}) == ""
    assert normalise("Straße  Öhringen") == "strasse ohringen"
    assert 95 < distance_km(52.52, 13.40, 52.13, 11.63) < 130
    # The finder searches places in the gazetteer download of /zustaendig/; the old GeoNames table is gone.
    context = finder_context(dataset, "anbieter/index.md")
    assert context["places_href"] == "../zustaendig/orte.json" and "GeoNames" in context["attribution"]
    assert context["sgb2_count"] == sum(1 for r in dataset.providers if is_sgb2(r)) > 0
    paths = {download.src_uri for download in provider_downloads(dataset, NOW)}
    assert "anbieter/orte.json" not in paths and "anbieter/finder.json" in paths


def test_sgb2_bodies_are_jobcenters_and_programmes_for_long_term_unemployed_people():
    assert is_sgb2({"kind": "Jobcenter", "name": "Jobcenter X"})
    assert is_sgb2({"kind": "Bildungsträger", "name": "Y", "description": "Empfohlen zum Landesprogramm „Stabilisierung und Teilhabe am Arbeitsleben“."})
    assert not is_sgb2({"kind": "Integrationsfachdienst", "name": "IFD", "description": "Berät zum Budget für Arbeit."})


def test_position_prefers_the_recorded_geo():
    assert position(HOSTILE) == (50.12345, 8.5, False)
    assert position({"land": "Hessen"}) is None


def test_links_out_are_plain_and_safe():
    assert osm_url(HOSTILE) == "https://www.openstreetmap.org/?mlat=50.12345&mlon=8.5#map=17/50.12345/8.5"
    url = osm_url({"land": "Hessen", "address": {"street": "A-Weg 1", "postal_code": "12345", "town": "Ort (Test)"}})
    assert url.startswith("https://www.openstreetmap.org/search?query=") and " " not in url and "(" not in url
    assert json_ld(HOSTILE)["address"]["addressRegion"] == "Hessen"
    assert href("anbieter/finder.json", "leichte-sprache/anbieter/index.md") == "../../anbieter/finder.json"
    assert href("anbieter/finder.json", "anbieter/index.md") == "finder.json"


def test_contributed_text_is_escaped_on_provider_pages():
    record = Record("provider", "boese", HOSTILE, "data/providers.yaml", 1)

    class Data:
        providers = [record]
        events = []

    page = provider_pages(Data(), NOW)[0].markdown
    body = page.split("\n---\n", 1)[1]  # the front matter title is a quoted YAML string, not Markdown
    assert "<script>alert" not in page
    assert "&#60;script&#62;" in body or "&lt;script&gt;" in body
    assert "](javascript:" not in body.split('<script type="application/ld+json">')[0]
    # JSON-LD cannot close its script element.
    ld = page.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert "<" not in ld and json.loads(ld)["name"] == HOSTILE["name"]


def test_finder_and_easy_finder_render_from_the_directive(dataset):
    standard = provider_listing(dataset, "anbieter/index.md")
    easy = provider_listing(dataset, "leichte-sprache/anbieter/index.md")
    assert 'id="finder"' in standard and "Alle Anbieter nach Bundesland" in standard and "providers.csv" in standard
    assert "Stellen in jedem Bundes-Land" in easy and 'data-easy="1"' in easy
    assert easy.count("](../../anbieter/bundesland/") == 16
    # The finder's script comes with the page's front matter (components: [finder]), not with the fragment.
    assert "<script" not in standard and "onclick" not in standard
    table = provider_listing(dataset, "zahlen.md", land="Hessen")
    assert "| Name | Art | Ort |" in table


def test_easy_descriptions_pass_the_leichte_sprache_checker(dataset):
    from portal.leichte_sprache.fields import easy_field_problems
    from portal.types.providers import TYPE

    assert [problem for record in dataset.providers for problem in easy_field_problems(record, TYPE.easy_fields)] == []
    bad = Record("provider", "x", {**HOSTILE, "description_leichte_sprache": "Die Eingliederungshilfe berät."}, "data/providers.yaml", 7, prefix=("providers", 0))
    [problem] = easy_field_problems(bad, TYPE.easy_fields)
    assert problem.field == "providers[0].description_leichte_sprache" and problem.line == 7
    assert "Eingliederungshilfe" in problem.message and problem.message.startswith("Leichte Sprache:")
