"""Leichte Sprache wherever the reader goes, on a 375 px phone: finder, generated pages, header switch, pictures."""

from __future__ import annotations

from pathlib import Path

import pytest

from portal.core.schemas import EASY_LABELS
from portal.types import load_dataset

from .axe_check import assert_no_violations
from .targets import SCHEMES, assert_scheme

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
PHONE = {"width": 375, "height": 667}
FINDER_EASY = "leichte-sprache/anbieter/"
EASY_PROVIDER = "leichte-sprache/anbieter/jobcenter-stendal/"
CORE_PAGES = [
    "",
    "budget-fuer-arbeit/",
    "wer-kann-es-bekommen/",
    "antrag/",
    "geld-und-versicherung/",
    "anleitung-und-begleitung/",
    "zurueck-in-die-werkstatt/",
    "budget-fuer-ausbildung/",
    "beratung/",
    "fragen/",
    "hindernisse/",
    "unternehmen/",
    "fuer/werkstatt-beschaeftigte/",
]


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(ROOT)


def ready(page):
    page.wait_for_selector("#finder[data-ready=true]")
    return page


def test_easy_finder_results_come_within_two_screens_with_filters_folded(open_page):
    page = ready(open_page(FINDER_EASY, **PHONE))
    assert page.evaluate("() => document.getElementById('finder-filters').open") is False
    top = page.evaluate("() => document.getElementById('finder-results-heading').getBoundingClientRect().top + window.scrollY")
    assert top < 2 * PHONE["height"], f"Die Ergebnisse beginnen bei {top:.0f} px, mehr als 2 Bildschirme"
    assert page.locator("#finder-results li").count() > 0
    # The folded filters open with the keyboard.
    page.locator("#finder-filters > summary").focus()
    page.keyboard.press("Enter")
    assert page.locator("#finder-land").is_visible()


def test_wide_screens_show_the_filters_open(open_page):
    page = ready(open_page(FINDER_EASY))
    assert page.evaluate("() => document.getElementById('finder-filters').open") is True


def test_easy_finder_speaks_easy_labels(open_page):
    page = ready(open_page(FINDER_EASY, **PHONE))
    page.locator("#finder-filters > summary").click()
    form = page.locator("#finder-form")
    assert form.get_by_label("Üben und Lernen am Arbeits-Platz", exact=True).count() == 1
    assert form.get_by_label("Jobcoaching", exact=True).count() == 0
    assert form.get_by_label("Technik für Hör-Geräte", exact=True).count() == 1
    kinds = page.locator("#finder-kind option").all_text_contents()
    assert "Job-Center" in kinds and "Gruppe oder Projekt" in kinds and "Netzwerk/Projekt" not in kinds


def test_an_easy_label_filters_by_the_value_behind_it(open_page, dataset):
    # ?sgb2=1: the SGB II bodies (hidden by default) are among the providers this test counts.
    page = ready(open_page(FINDER_EASY + "?sgb2=1", **PHONE))
    # A filter from the address opens the folded filters already; open them only if still closed.
    if not page.evaluate("document.querySelector('#finder-filters').open"):
        page.locator("#finder-filters > summary").click()
    page.locator("#finder-form").get_by_label("Beratung für Betriebe", exact=True).check()
    expected = {record["name"] for record in dataset.providers if "Arbeitgeberberatung" in record.get("services", [])}
    assert expected
    page.wait_for_function(f"() => document.querySelectorAll('#finder-results li').length === {len(expected)}")
    assert set(page.locator("#finder-results li > a").all_text_contents()) == expected
    # Each result names its kind by its easy label.
    kinds = {meta.split(" · ")[0] for meta in page.locator("#finder-results .finder__meta").all_text_contents()}
    assert kinds and kinds <= set(EASY_LABELS["kind"].values()), kinds


def test_a_provider_link_in_the_easy_finder_opens_its_easy_page(open_page, site_url, dataset):
    # The provider with easy text is a Jobcenter: SGB II bodies show only when asked for (?sgb2=1).
    page = ready(open_page(FINDER_EASY + "?sgb2=1", **PHONE))
    record = dataset.record("providers", "jobcenter-stendal")
    assert record.get("description_leichte_sprache")
    link = page.locator("#finder-results a", has_text=record["name"])
    with page.expect_navigation():
        link.click()
    assert page.url == site_url + EASY_PROVIDER
    assert page.locator("h1").text_content().strip() == record["name"]
    assert page.locator(".portal-easy").count() == 1
    # Back in standard language by the header switch: the provider's standard page.
    assert page.locator("a.portal-twin-switch").get_attribute("href").endswith("anbieter/jobcenter-stendal/")


def test_providers_without_easy_text_say_their_page_is_in_standard_language(open_page, dataset):
    page = ready(open_page(FINDER_EASY, **PHONE))
    without = next(record for record in dataset.providers if not record.get("description_leichte_sprache"))
    item = page.locator("#finder-results li", has=page.locator("a", has_text=without["name"])).first
    assert "Diese Seite gibt es nur in schwerer Sprache." in item.text_content()
    assert "/leichte-sprache/" not in item.locator("a").evaluate("a => a.href")


def test_a_page_without_twin_says_where_the_switch_leads(open_page, site_url):
    page = open_page("rechner/", **PHONE)
    switch = page.locator("a.portal-twin-switch")
    assert switch.is_visible()
    assert " ".join(switch.inner_text().split()) == "Leichte Sprache: zur Start-Seite"
    note = page.locator("#__twin_missing")
    assert note.is_visible() and note.text_content().startswith("Diese Seite gibt es nicht in Leichter Sprache.")
    assert switch.get_attribute("aria-describedby") == "__twin_missing"
    # The header keeps its height with the longer label.
    assert page.locator("header.md-header").bounding_box()["height"] <= 56
    with page.expect_navigation():
        switch.click()
    assert page.url == site_url + "leichte-sprache/"


def test_a_page_with_twin_keeps_the_short_switch_and_no_note(open_page):
    page = open_page("anbieter/jobcenter-stendal/", **PHONE)
    assert " ".join(page.locator("a.portal-twin-switch").inner_text().split()) == "Leichte Sprache"
    assert page.locator("#__twin_missing").count() == 0


def test_easy_case_listing_shows_easy_titles_linking_easy_pages(open_page, dataset):
    page = open_page("leichte-sprache/gute-praxis/", **PHONE)
    record = dataset.record("cases", "lwl-budget-fuer-arbeit-westfalen-lippe")
    heading = page.locator("#case-list h2", has_text=record["title_leichte_sprache"])
    assert heading.count() == 1
    assert page.locator("#case-list h2", has_text=record["title"]).count() == 0
    with page.expect_navigation():
        heading.locator("a").click()
    assert page.url.endswith("/leichte-sprache/gute-praxis/lwl-budget-fuer-arbeit-westfalen-lippe/")
    assert page.locator("h1").text_content().strip() == record["title_leichte_sprache"]


@pytest.mark.parametrize("path", [FINDER_EASY, EASY_PROVIDER, "leichte-sprache/gute-praxis/lwl-budget-fuer-ausbildung/", "rechner/"])
@pytest.mark.parametrize(("scheme_options", "md_scheme"), SCHEMES)
def test_easy_pages_on_a_phone_have_no_axe_violations(open_page, path, scheme_options, md_scheme):
    page = open_page(path, **PHONE, **scheme_options)
    assert_scheme(page, md_scheme)
    if path == FINDER_EASY:
        ready(page)
        assert_no_violations(page)
        page.locator("#finder-filters > summary").click()  # and with the filters open
    assert_no_violations(page)


@pytest.mark.parametrize("path", CORE_PAGES)
def test_core_easy_pages_carry_a_picture_beside_words(open_page, path):
    page = open_page("leichte-sprache/" + path, **PHONE)
    pictures = page.locator("article .portal-picture")
    assert pictures.count() >= 1
    for index in range(pictures.count()):
        picture = pictures.nth(index)
        # Decorative for assistive technology, or named by a text alternative.
        assert picture.get_attribute("aria-hidden") == "true" or picture.get_attribute("aria-label") or picture.get_attribute("alt")
        assert picture.locator("svg").count() == 1  # inline SVG, nothing requested
        box = picture.bounding_box()
        assert box["width"] >= 40 and box["height"] >= 40, f"Bild zu klein: {box}"
        # Never instead of words: the paragraph has a sentence beside the picture.
        text = picture.evaluate("element => element.parentElement.textContent").strip()
        assert len(text.split()) >= 3, text


def test_no_request_leaves_the_site(browser, site_url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    for path in [*CORE_PAGES, "anbieter/", "anbieter/jobcenter-stendal/", "gute-praxis/lwl-budget-fuer-ausbildung/"]:
        page.goto(site_url + "leichte-sprache/" + path, wait_until="load")
    page.goto(site_url + "rechner/", wait_until="load")
    context.close()
    foreign = [url for url in requests if not url.startswith(site_url) and not url.startswith("data:")]
    assert not foreign, foreign
    assert len(requests) > len(CORE_PAGES)
