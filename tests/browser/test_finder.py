"""The provider finder in a real browser: filters, live count, keyboard, distance, no-JS path, axe, the entry form."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml

from portal.types import load_dataset
from portal.core.schemas import LAENDER
from portal.types.providers import is_nationwide
from portal.types.responsible import is_sgb2

from .axe_check import assert_no_violations
from .targets import SCHEMES, assert_scheme

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
FINDER = "anbieter/"
FINDER_EASY = "leichte-sprache/anbieter/"
# Stendal market square; Jobcenter Stendal is the only provider in the town.
NEAR_STENDAL = {"latitude": 52.6045, "longitude": 11.8565}


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(ROOT)


def ready(page):
    """Wait until finder.js has loaded the data and revealed the form."""
    page.wait_for_selector("#finder[data-ready=true]")
    return page


def result_ids(page) -> list[str]:
    hrefs = page.locator("#finder-results a").evaluate_all("(links) => links.map((a) => a.href)")
    return [urlsplit(href).path.rstrip("/").rsplit("/", 1)[-1] for href in hrefs]


def count_text(page) -> str:
    return page.locator("#finder-count").text_content().strip()


def shown_by_default(dataset) -> list:
    """SGB II bodies (Jobcenter, programmes for long-term unemployed people) only show on request."""
    return [record for record in dataset.providers if not is_sgb2(record)]


def near(page, text):
    page.fill("#finder-place", text)
    page.locator("#finder-place-go").click()
    page.wait_for_function("() => document.querySelector('#finder-near-status').textContent.startsWith('Sortiert nach Entfernung')")
    return page.locator("#finder-near-status").text_content()


def first_distance_km(page) -> int:
    text = page.locator("#finder-results li").first.locator(".finder__distance").text_content()
    return int(text.split()[1])


def test_hessen_shows_hessian_and_nationwide_providers_and_announces_the_count(open_page, dataset):
    page = ready(open_page(FINDER))
    expected = {record.slug for record in shown_by_default(dataset) if record["land"] == "Hessen" or is_nationwide(record)}
    assert any(record["land"] == "Hessen" and not is_nationwide(record) for record in dataset.providers)
    page.select_option("#finder-land", label="Hessen")
    page.wait_for_function(f"() => document.querySelectorAll('#finder-results li').length === {len(expected)}")
    assert set(result_ids(page)) == expected
    # The count is in a live region, so screen readers announce it.
    status = page.locator("#finder-count")
    assert status.get_attribute("role") == "status"
    assert count_text(page) == f"{len(expected)} Anbieter gefunden."


def test_filters_combine_kind_service_and_accessibility(open_page, dataset):
    page = ready(open_page(FINDER))
    page.select_option("#finder-kind", label="Jobcenter")
    expected = {record.slug for record in dataset.providers if record["kind"] == "Jobcenter"}
    page.wait_for_function(f"() => document.querySelectorAll('#finder-results li').length === {len(expected)}")
    assert set(result_ids(page)) == expected
    page.select_option("#finder-kind", value="")
    page.get_by_label("Jobcoaching").check()
    expected = {record.slug for record in shown_by_default(dataset) if "Jobcoaching" in record.get("services", [])}
    page.wait_for_function(f"() => document.querySelectorAll('#finder-results li').length === {len(expected)}")
    assert set(result_ids(page)) == expected
    page.get_by_label("Jobcoaching").uncheck()
    # No real entry documents a hearing loop yet: the "nothing found" state with its way out.
    page.get_by_label("Induktive Höranlage").check()
    expected = {record.slug for record in dataset.providers if "Induktive Höranlage" in record.get("accessibility", [])}
    assert not expected, "Testannahme: kein Eintrag nennt eine Höranlage"
    page.wait_for_selector("#finder-empty", state="visible")
    assert count_text(page) == "Keine Anbieter gefunden."
    page.locator("#finder-empty-reset").click()
    page.wait_for_function(f"() => document.querySelectorAll('#finder-results li').length === {len(shown_by_default(dataset))}")
    assert page.locator("#finder-empty").is_hidden()


def test_free_text_searches_within_the_list(open_page):
    page = ready(open_page(FINDER + "?sgb2=1"))
    page.fill("#finder-text", "stendal")
    page.wait_for_function("() => document.querySelectorAll('#finder-results li').length === 1")
    assert result_ids(page) == ["jobcenter-stendal"]
    page.fill("#finder-text", "zzzz-nirgends")
    page.wait_for_selector("#finder-empty", state="visible")
    # The announcement waits until typing pauses; then it says nothing was found.
    page.wait_for_function("() => document.querySelector('#finder-count').textContent === 'Keine Anbieter gefunden.'")


def test_every_control_works_with_the_keyboard_alone(open_page, dataset):
    page = ready(open_page(FINDER))
    controls = page.locator("#finder-form").locator("input, select, button").evaluate_all("(els) => els.map((e) => e.id || e.name + ':' + e.value)")
    page.locator("h1").click()  # start from the page content, as after reading the heading
    reached = []
    for _ in range(len(controls) + 5):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("() => document.activeElement.id || document.activeElement.name + ':' + document.activeElement.value"))
        if reached[-1] == "finder-reset":
            break
    assert [item for item in reached if item in controls] == controls, "Tab-Reihenfolge weicht von der Reihenfolge im Formular ab"

    def focus(control_id):
        page.locator("h1").click()
        for _ in range(len(controls) + 5):
            page.keyboard.press("Tab")
            if page.evaluate("() => document.activeElement.id || document.activeElement.name + ':' + document.activeElement.value") == control_id:
                return
        raise AssertionError(f"{control_id} ist mit der Tab-Taste nicht erreichbar")

    focus("finder-text")
    page.keyboard.type("Hessen")
    page.wait_for_function("() => document.querySelector('#finder-count').textContent.endsWith('Anbieter gefunden.')")
    focus("finder-land")
    page.keyboard.press("ArrowDown")
    assert page.locator("#finder-land").input_value() != ""
    focus("finder-kind")
    page.keyboard.press("ArrowDown")
    assert page.locator("#finder-kind").input_value() != ""
    focus("service:0")
    page.keyboard.press("Space")
    assert page.locator("input[name=service][value='0']").is_checked()
    focus("access:0")
    page.keyboard.press("Space")
    assert page.locator("input[name=access][value='0']").is_checked()
    focus("finder-place")
    page.keyboard.type("Stendal")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('#finder-near-status').textContent.includes('Stendal')")
    focus("finder-reset")
    page.keyboard.press("Enter")
    page.wait_for_function(f"() => document.querySelectorAll('#finder-results li').length === {len(shown_by_default(dataset))}")
    assert page.locator("#finder-text").input_value() == "" and page.locator("#finder-land").input_value() == ""
    # From the form, Tab continues into the results: the first provider link.
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.closest('#finder-results') !== null")


def test_geolocation_near_stendal_puts_stendal_first(browser, site_url):
    context = browser.new_context(geolocation=NEAR_STENDAL, permissions=["geolocation"], locale="de-DE")
    page = context.new_page()
    page.goto(site_url + FINDER + "?sgb2=1")
    ready(page)
    page.locator("#finder-locate").click()
    page.wait_for_function("() => document.querySelector('#finder-near-status').textContent.startsWith('Sortiert nach Entfernung')")
    ids = result_ids(page)
    assert ids[0] == "jobcenter-stendal"
    assert "etwa 1 km entfernt" in page.locator("#finder-results li").first.text_content()
    context.close()


def test_place_name_and_postal_code_sort_by_distance(open_page):
    page = ready(open_page(FINDER + "?sgb2=1"))
    page.fill("#finder-place", "Stendal")
    page.locator("#finder-place-go").click()
    page.wait_for_function("() => document.querySelector('#finder-near-status').textContent.includes('Stendal (Sachsen-Anhalt)')")
    assert result_ids(page)[0] == "jobcenter-stendal"
    page.fill("#finder-place", "64646")
    page.locator("#finder-place-go").click()
    page.wait_for_function("() => document.querySelector('#finder-near-status').textContent.includes('64646')")
    assert result_ids(page)[0] == "neue-wege-kreis-bergstrasse"
    page.fill("#finder-place", "Gibtesnichtdorf")
    page.locator("#finder-place-go").click()
    page.wait_for_function("() => document.querySelector('#finder-near-status').textContent.includes('kennt das Portal nicht')")


@pytest.mark.parametrize("query", ["Nürnberg", "90402"])
def test_nuernberg_by_name_or_postcode_sorts_from_nuernberg(open_page, dataset, query):
    page = ready(open_page(FINDER))
    status = near(page, query)
    assert "Nürnberg" in status and "Bayern" in status, status
    ids = result_ids(page)
    # The nearest provider is close (Erlangen, about 17 km), not in Thüringen or by the letters "nur…".
    assert first_distance_km(page) < 40
    land = {record.slug: record["land"] for record in dataset.providers}
    bavarian = [i for i, slug in enumerate(ids) if land[slug] == "Bayern" and not is_nationwide(dataset.provider(slug))]
    hessian = [i for i, slug in enumerate(ids) if land[slug] == "Hessen"]
    assert bavarian and hessian and max(bavarian) < min(hessian)


def test_munich_is_not_muenchenbernsdorf(open_page):
    page = ready(open_page(FINDER))
    status = near(page, "München")
    assert "(Bayern)" in status and "Thüringen" not in status, status


@pytest.mark.parametrize("land", ["Berlin", "Hamburg"])
def test_bundesland_filter_puts_that_lands_bodies_first(open_page, dataset, land):
    page = ready(open_page(FINDER))
    page.select_option("#finder-land", label=land)
    expected = [r for r in shown_by_default(dataset) if r["land"] == land or is_nationwide(r)]
    page.wait_for_function(f"() => document.querySelectorAll('#finder-results li').length === {len(expected)}")
    lands = [dataset.provider(slug)["land"] for slug in result_ids(page)]
    own = lands.count(land)
    assert own and lands[:own] == [land] * own, lands
    # Then the nationwide ones; nothing local of another Land is offered.
    assert all(is_nationwide(dataset.provider(slug)) for slug in result_ids(page)[own:])


def test_sgb2_bodies_are_hidden_by_default_and_labelled_on_request(open_page, dataset):
    sgb2 = {record.slug for record in dataset.providers if is_sgb2(record)}
    assert {"jobcenter-stendal", "qsg-genthin"} <= sgb2
    page = ready(open_page(FINDER))
    page.wait_for_function(f"() => document.querySelectorAll('#finder-results li').length === {len(shown_by_default(dataset))}")
    assert not sgb2 & set(result_ids(page))
    box = page.get_by_label("Auch Stellen für langzeitarbeitslose Menschen (SGB II) zeigen")
    assert not box.is_checked()
    box.check()
    page.wait_for_function(f"() => document.querySelectorAll('#finder-results li').length === {len(dataset.providers)}")
    assert sgb2 <= set(result_ids(page))
    for item in page.locator("#finder-results li").all():
        slug = urlsplit(item.locator("a").first.get_attribute("href")).path.rstrip("/").rsplit("/", 1)[-1]
        labelled = "Stelle für langzeitarbeitslose Menschen (SGB II)" in item.text_content()
        assert labelled == (slug in sgb2), slug
    assert "sgb2=1" in page.url
    easy = ready(open_page(FINDER_EASY))
    easy.get_by_label("Auch Stellen für Menschen ohne Arbeit zeigen").check()
    easy.wait_for_function(f"() => document.querySelectorAll('#finder-results li').length === {len(dataset.providers)}")
    assert "Diese Stelle ist für Menschen ohne Arbeit." in easy.locator("#finder-results").text_content()


def test_filters_are_kept_in_the_address_and_restored(open_page, dataset):
    page = ready(open_page(FINDER))
    page.select_option("#finder-land", label="Bayern")
    page.get_by_label("Jobcoaching").check()
    near(page, "90402")
    page.wait_for_function("() => location.search.includes('ort=90402')")
    query = urlsplit(page.url).query
    assert "land=Bayern" in query and "angebot=" in query
    again = ready(open_page(FINDER + "?" + query))
    assert again.locator("#finder-land").input_value() == "Bayern"
    assert again.get_by_label("Jobcoaching").is_checked()
    assert again.locator("#finder-place").input_value() == "90402"
    again.wait_for_function("() => document.querySelector('#finder-near-status').textContent.includes('Nürnberg')")
    expected = {r.slug for r in shown_by_default(dataset) if (r["land"] == "Bayern" or is_nationwide(r)) and "Jobcoaching" in r.get("services", [])}
    again.wait_for_function(f"() => document.querySelectorAll('#finder-results li').length === {len(expected)}")
    restored = ready(open_page(FINDER + "?land=Hessen&art=Jobcenter&q=bergstra"))
    assert restored.locator("#finder-kind").input_value() == "Jobcenter"
    restored.wait_for_function("() => document.querySelectorAll('#finder-results li').length === 1")
    assert result_ids(restored) == ["neue-wege-kreis-bergstrasse"]
    # Reset clears the address too.
    restored.locator("#finder-reset").click()
    restored.wait_for_function("() => location.search === ''")


def test_nationwide_providers_show_for_every_land(open_page, dataset):
    page = ready(open_page(FINDER))
    nationwide = {record.slug for record in dataset.providers if is_nationwide(record)}
    assert nationwide
    for land in LAENDER:
        page.select_option("#finder-land", label=land)
        page.wait_for_function("() => document.querySelector('#finder-count').textContent !== ''")
        assert nationwide <= set(result_ids(page))


def test_without_javascript_every_provider_is_reachable_by_links(browser, site_url, dataset):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + FINDER)
    assert page.locator("#finder").is_hidden()
    main = "article.md-content__inner a[href]"
    land_pages = {urljoin(page.url, href) for href in page.locator(main).evaluate_all("(links) => links.map((a) => a.getAttribute('href'))") if "bundesland/" in href}
    assert len(land_pages) == 16
    reached = set()
    for url in sorted(land_pages):
        page.goto(url)
        for href in page.locator(main).evaluate_all("(links) => links.map((a) => a.href)"):
            path = urlsplit(href).path
            if path.startswith("/anbieter/") and "/bundesland/" not in path and path.count("/") == 3:
                reached.add(path.strip("/").rsplit("/", 1)[-1])
    context.close()
    assert reached == {record.slug for record in dataset.providers}


def test_no_request_leaves_the_site(open_page, site_url, browser):
    context = browser.new_context(geolocation=NEAR_STENDAL, permissions=["geolocation"])
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(site_url + FINDER)
    ready(page)
    page.fill("#finder-place", "Genthin")
    page.locator("#finder-place-go").click()
    page.wait_for_function("() => document.querySelector('#finder-near-status').textContent.includes('Genthin')")
    page.locator("#finder-locate").click()
    page.locator("#finder-results a").first.click()
    page.wait_for_load_state("load")
    context.close()
    foreign = [url for url in requests if not url.startswith(site_url) and not url.startswith("data:")]
    assert not foreign, foreign


@pytest.mark.parametrize("path", [FINDER, FINDER_EASY, "anbieter/jobcenter-stendal/", "anbieter/bundesland/hessen/", "mitmachen/"])
@pytest.mark.parametrize(("scheme_options", "md_scheme"), SCHEMES)
def test_finder_pages_have_no_axe_violations(open_page, path, scheme_options, md_scheme):
    page = open_page(path, **scheme_options)
    assert_scheme(page, md_scheme)
    if path in (FINDER, FINDER_EASY):
        ready(page)
        page.fill("#finder-place", "Stendal")
        page.locator("#finder-place-go").click()
        page.wait_for_function("() => document.querySelector('#finder-near-status').textContent !== ''")
    if path == "mitmachen/":
        page.wait_for_selector("#entry[data-ready=true]")
        page.locator("#entry-form button[type=submit]").click()  # show the error summary too
        page.wait_for_selector("#entry-errors", state="visible")
    assert_no_violations(page)


def test_easy_finder_speaks_leichte_sprache(open_page, dataset):
    page = ready(open_page(FINDER_EASY))
    page.select_option("#finder-land", label="Sachsen-Anhalt")
    expected = {record.slug for record in shown_by_default(dataset) if record["land"] == "Sachsen-Anhalt" or is_nationwide(record)}
    page.wait_for_function(f"() => document.querySelectorAll('#finder-results li').length === {len(expected)}")
    assert count_text(page) == f"Wir haben {len(expected)} Stellen gefunden."
    # Result links lead to a provider's Leichte-Sprache page where it has one, else to its standard page.
    easy = {record.slug for record in dataset.providers if record.get("description_leichte_sprache")}
    for href in page.locator("#finder-results a").evaluate_all("(links) => links.map((a) => a.getAttribute('href'))"):
        slug = href.rstrip("/").rsplit("/", 1)[-1]
        assert href == (f"./{slug}/" if slug in easy else f"../../anbieter/{slug}/"), href


def test_provider_page_states_facts_as_text_and_links_out_plainly(open_page):
    page = open_page("anbieter/neue-wege-kreis-bergstrasse/")
    article = page.locator("article")
    assert article.get_by_text("Barrierefreiheit", exact=True).count() == 1
    assert "Dazu liegen uns keine belegten Angaben vor" in article.text_content()
    assert page.locator("a[href^='mailto:info@neue-wege.org']").count() == 1
    osm = page.locator("a[href^='https://www.openstreetmap.org/']")
    assert osm.count() == 1 and page.locator("iframe").count() == 0
    vcard = page.locator("a[href$='neue-wege-kreis-bergstrasse.vcf']")
    with page.expect_download() as download_info:
        vcard.click()
    text = Path(download_info.value.path()).read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0") and "EMAIL;TYPE=work:info@neue-wege.org" in text
    assert "Stand:" in article.text_content()


def test_entry_form_makes_a_yaml_entry_the_build_accepts(open_page, tmp_path):
    page = open_page("mitmachen/")
    page.wait_for_selector("#entry[data-ready=true]")
    page.fill("#entry-name", "Beratungsstelle <Test> & Söhne")
    assert page.locator("#entry-id").input_value() == "beratungsstelle-test-soehne"
    page.select_option("#entry-kind", label="EUTB-Beratungsstelle")
    page.select_option("#entry-land", label="Sachsen-Anhalt")
    page.locator("#entry-form").get_by_label("Beratung Budget für Arbeit").check()
    page.locator("#entry-form").get_by_label("Leichte Sprache").check()
    page.fill("#entry-postal", "3957")
    page.fill("#entry-source-title", "Quelle")
    page.fill("#entry-source-url", "http://example.org")
    page.fill("#entry-checked", "2026-11-23")
    page.locator("#entry-form button[type=submit]").click()
    errors = page.locator("#entry-errors")
    errors.wait_for(state="visible")
    text = errors.text_content()
    assert "Postleitzahl: Die Postleitzahl hat genau fünf Ziffern" in text
    assert "Adresse der Quelle, https://…: Die Adresse beginnt mit https://" in text
    assert "Name der Stelle: Bitte ohne spitze Klammern" in text
    assert page.evaluate("() => document.activeElement.id") == "entry-errors"
    page.fill("#entry-name", "Beratungsstelle Test & Söhne")
    page.fill("#entry-postal", "39576")
    page.fill("#entry-town", "Stendal")
    page.fill("#entry-source-url", "https://example.org/quelle")
    page.fill("#entry-languages", "Deutsch, Englisch")
    page.locator("#entry-form button[type=submit]").click()
    page.locator("#entry-result").wait_for(state="visible")
    entry = page.locator("#entry-output").text_content()
    # The generated text, pasted under providers:, is accepted by the real validation.
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "providers.yaml").write_text("providers:\n" + entry, encoding="utf-8")
    record = load_dataset(tmp_path).providers[0]
    assert record.data == yaml.safe_load("providers:\n" + entry)["providers"][0]
    assert record["address"] == {"postal_code": "39576", "town": "Stendal"}
    assert record["accessibility"] == ["Leichte Sprache"] and record["languages"] == ["Deutsch", "Englisch"]
    assert record["id"] == "beratungsstelle-test-soehne"
