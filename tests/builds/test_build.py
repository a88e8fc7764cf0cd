"""A strict build of the real site, then assertions on the files."""

import re
import subprocess
import sys
from pathlib import Path

from support import FIXTURES, SOURCE_DATE_EPOCH, build_site, make_project

from portal.types import load_dataset
from portal.core.schemas import LAENDER

ROOT = Path(__file__).resolve().parents[2]


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_every_record_has_a_page_outside_the_nav(built_site):
    dataset = load_dataset(ROOT)
    for record in dataset.providers:
        page = read(built_site, f"anbieter/{record.slug}/index.html")
        assert 'data-pagefind-filter="Typ:Anbieter"' in page
    for record in dataset.cases:
        assert (built_site / f"gute-praxis/{record.slug}/index.html").exists()
    for record in dataset.events:
        assert (built_site / f"termine/{record.slug}/index.html").exists()
    navigation = read(built_site, "index.html").split('data-md-type="navigation"')[1].split("</nav>")[0]
    assert "lwl-inklusionsamt-arbeit" not in navigation


def test_listings_link_every_record(built_site):
    listing = read(built_site, "anbieter/index.html")
    for record in load_dataset(ROOT).providers:
        assert f'href="{record.slug}/"' in listing


def test_search_index_is_written_in_german_and_material_search_is_absent(built_site):
    assert (built_site / "pagefind" / "pagefind.js").exists()
    assert list((built_site / "pagefind").glob("wasm.de.pagefind"))
    assert not (built_site / "search" / "search_index.json").exists()
    assert '<html lang="de"' in read(built_site, "index.html")


def test_only_main_content_is_indexed(built_site):
    page = read(built_site, "budget-fuer-arbeit/index.html")
    assert page.count("data-pagefind-body") == 1
    assert "data-pagefind-body" not in read(built_site, "404.html")


def test_header_switch_leads_to_the_twin(built_site):
    standard = read(built_site, "budget-fuer-arbeit/index.html")
    assert re.search(r'class="md-header__button portal-twin-switch" href="\.\./leichte-sprache/budget-fuer-arbeit/"', standard)
    easy = read(built_site, "leichte-sprache/budget-fuer-arbeit/index.html")
    assert re.search(r'class="md-header__button portal-twin-switch" href="\.\./\.\./budget-fuer-arbeit/"', easy)


def test_missing_twin_says_so(built_site):
    page = read(built_site, "anbieter/lwl-inklusionsamt-arbeit/index.html")
    # Visibly, above the page, and in the switch's own text.
    assert '<p class="portal-twin-missing" id="__twin_missing" data-pagefind-ignore>Diese Seite gibt es nicht in Leichter Sprache.' in page
    assert '<span class="portal-twin-switch__where">: zur Start-Seite</span>' in page


def test_font_is_self_hosted(built_site):
    assert (built_site / "assets/fonts/atkinson-hyperlegible-latin-400-normal.woff2").exists()
    assert "fonts.googleapis" not in read(built_site, "index.html")


def test_build_needs_no_network(tmp_path):
    """The whole build in a network namespace without any interface but loopback."""
    site = tmp_path / "site"
    command = ["unshare", "--net", "--", sys.executable, "-m", "portal", "build", "--site-dir", str(site)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env={"SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert (site / "pagefind" / "pagefind.js").exists()


def test_hostile_but_valid_text_is_rendered_inert(tmp_path):
    root = make_project(tmp_path / "project", FIXTURES / "valid" / "data")
    site = tmp_path / "site"
    result = build_site(root, site)
    assert result.returncode == 0, result.stderr
    pages = [path.read_text(encoding="utf-8") for path in site.rglob("*.html")]
    html = "\n".join(pages)
    assert 'href="javascript:' not in html.lower()
    assert '<img src="https://evil.example' not in html
    trick = (site / "anbieter/beispiel-link-trick/index.html").read_text(encoding="utf-8")
    assert "&#91;Hier klicken&#93;" in trick or "[Hier klicken]" in trick
    assert "<title>&#91;Hier klicken&#93;" in trick or "<title>[Hier klicken]" in trick
    case = (site / "gute-praxis/beispiel-fall/index.html").read_text(encoding="utf-8")
    assert "<h1" in case and case.count("<h1") == 1
    assert "<code>" not in case.split("portal-lead")[1].split("</p>")[0]
