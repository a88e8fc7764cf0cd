"""The provider finder in the built site: open data, vCards, Bundesland lists, scripts, escaping."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from portal.types import load_dataset
from portal.exports.opendata import open_record, read_csv, read_json
from portal.types.providers import is_nationwide, land_slug
from portal.core.schemas import LAENDER
from support import ROOT, build_site


@pytest.fixture(scope="module")
def records():
    return [record.data for record in load_dataset(ROOT).providers]


def test_open_data_files_read_back_to_the_yaml_records(built_site, records):
    assert read_json((built_site / "anbieter" / "providers.json").read_bytes()) == [open_record(record) for record in records]
    assert read_csv((built_site / "anbieter" / "providers.csv").read_bytes()) == [open_record(record) for record in records]
    finder = (built_site / "anbieter" / "index.html").read_text(encoding="utf-8")
    assert 'href="providers.json"' in finder and 'href="providers.csv"' in finder


def test_every_provider_has_a_page_with_vcard_osm_link_and_json_ld(built_site, records):
    for record in records:
        page = (built_site / "anbieter" / record["id"] / "index.html").read_text(encoding="utf-8")
        assert f'href="../{record["id"]}.vcf"' in page
        assert (built_site / "anbieter" / f"{record['id']}.vcf").read_bytes().startswith(b"BEGIN:VCARD\r\n")
        [ld] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
        assert json.loads(ld)["name"] == record["name"]
        assert "Stand:" in page and "<iframe" not in page
        if record.get("address", {}).get("town"):
            assert 'href="https://www.openstreetmap.org/' in page


def test_each_land_list_links_its_own_and_the_nationwide_providers(built_site, records):
    for land in LAENDER:
        page = (built_site / "anbieter" / "bundesland" / land_slug(land) / "index.html").read_text(encoding="utf-8")
        linked = set(re.findall(r'href="\.\./\.\./([a-z0-9-]+)/"', page))
        assert linked == {record["id"] for record in records if record["land"] == land or is_nationwide(record)}, land


def test_finder_loads_its_component_from_files_and_names_geonames(built_site):
    page = (built_site / "anbieter" / "index.html").read_text(encoding="utf-8")
    assert '<script src="../assets/components/finder/finder.js" type="module"></script>' in page
    assert '<link rel="stylesheet" href="../assets/components/finder/finder.css">' in page
    assert (built_site / "assets" / "components" / "finder" / "finder.js").exists()
    assert (built_site / "assets" / "components" / "lib" / "normalise.js").exists()
    assert " on" not in re.sub(r"\s+", " ", " ".join(re.findall(r"<(?:input|button|select|form)[^>]*>", page))).replace(" one", "")
    assert "GeoNames" in page and "CC BY 4.0" in page
    # The finder searches the gazetteer of /zustaendig/; the old GeoNames city table is no longer made.
    assert 'data-places="../zustaendig/orte.json"' in page and (built_site / "zustaendig" / "orte.json").exists()
    assert not (built_site / "anbieter" / "orte.json").exists()


def test_contributed_markup_stays_text_everywhere(project, tmp_path):
    root = project("providers-hostile")
    # Other data files that content/ pages draw on are real; borrow those the fixture does not hold.
    for item in (ROOT / "data").glob("*.yaml"):
        if not (root / "data" / item.name).exists():
            shutil.copy(item, root / "data" / item.name)
    site = tmp_path / "site"
    result = build_site(root, site)
    assert result.returncode == 0, result.stdout + result.stderr
    provider = (site / "anbieter" / "markdown-falle" / "index.html").read_text(encoding="utf-8")
    land = (site / "anbieter" / "bundesland" / "hessen" / "index.html").read_text(encoding="utf-8")
    finder = (site / "anbieter" / "index.html").read_text(encoding="utf-8")
    for html in (provider, land, finder):
        assert 'href="javascript:' not in html
        assert "<strong>fett</strong>" not in html and "<img" not in html.split("<article", 1)[1]
        assert "onclick=alert" not in html.replace("{: onclick=alert(1) }", "")
    assert "[klick](javascript:alert(1))" in provider  # shown as the editor wrote it
    assert "{{ jinja }}" in provider and "&amp;lt;script&amp;gt;" in provider
    assert "Das ist ein Test.<br>" in provider
    assert "Gebärdensprache" in provider and "Leichte Sprache" in provider
    assert "Beratung per Video" in provider and "Türkisch" in provider
    vcard = (site / "anbieter" / "markdown-falle.vcf").read_bytes().decode("utf-8")
    assert "GEO:geo:49.6414,8.632" in vcard
    # Both providers are on the Hessen list: the local one and the nationwide one.
    assert 'href="../../markdown-falle/"' in land and 'href="../../bundesweit-test/"' in land
