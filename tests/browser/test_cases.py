"""The good-practice listing's filters in a real browser: keyboard only, live count, sorting, address, no-JS, axe."""

from __future__ import annotations

from pathlib import Path

import pytest

from portal.types import load_dataset
from portal.types.cases import is_related

from .axe_check import assert_no_violations
from .targets import SCHEMES, assert_scheme

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
LISTING = "gute-praxis/"
ACTIVE = "() => document.activeElement.id"


@pytest.fixture(scope="module")
def cases():
    """The cases of the filtered list: related programmes (SGB II) stand apart below it, unfiltered."""
    return [case for case in load_dataset(ROOT).cases if not is_related(case)]


@pytest.fixture(scope="module")
def related():
    return [case for case in load_dataset(ROOT).cases if is_related(case)]


def shown_titles(page) -> list[str]:
    return page.locator("#case-list .portal-case:not([hidden]) h2").all_text_contents()


def status(page) -> str:
    return page.locator("#case-filter-status").text_content().strip()


def tab_to(page, control_id: str) -> None:
    """Move the focus with the Tab key alone until it reaches the control."""
    page.locator("h1").click()  # start from the page content, as after reading the heading
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate(ACTIVE) == control_id:
            return
    raise AssertionError(f"{control_id} ist mit der Tab-Taste nicht erreichbar")


def test_choosing_a_land_by_keyboard_shows_only_its_cases(open_page, cases):
    page = open_page(LISTING)
    page.wait_for_selector("#case-filter", state="visible")
    assert status(page) == f"Alle {len(cases)} Beispiele werden angezeigt."
    hessen = sorted(record["title"] for record in cases if record.get("land") == "Hessen")
    assert hessen and len(hessen) < len(cases), "Testannahme: Hessen hat einige, aber nicht alle Beispiele"

    tab_to(page, "case-filter-land")
    page.keyboard.type("Hessen")  # type-ahead selects the option, as screen-reader users do
    assert page.locator("#case-filter-land").input_value() == "Hessen"
    page.wait_for_function(f"() => document.querySelectorAll('#case-list .portal-case:not([hidden])').length === {len(hessen)}")
    assert sorted(shown_titles(page)) == hessen
    assert page.locator("#case-filter-status").get_attribute("role") == "status"
    assert status(page) == f"{len(hessen)} von {len(cases)} Beispielen passen zu Ihrer Auswahl."
    # The choice is kept in the address, so the filtered list can be bookmarked.
    assert page.url.endswith("?land=Hessen")

    # The reset button is reached with Tab and pressed with Enter: every case again.
    tab_to(page, "case-filter-reset")
    page.keyboard.press("Enter")
    page.wait_for_function(f"() => document.querySelectorAll('#case-list .portal-case:not([hidden])').length === {len(cases)}")
    assert page.locator("#case-filter-land").input_value() == ""
    assert status(page) == f"Alle {len(cases)} Beispiele werden angezeigt."
    assert "?" not in page.url


def test_filters_combine_and_tell_when_nothing_matches(open_page, cases, related):
    page = open_page(LISTING)
    page.wait_for_selector("#case-filter", state="visible")
    group = "Unternehmen"
    expected = sorted(record["title"] for record in cases if group in record.get("target_group", []))
    assert expected and len(expected) < len(cases), "Testannahme: einige, aber nicht alle Beispiele richten sich an Unternehmen"
    page.select_option("#case-filter-zielgruppe", value=group)
    page.wait_for_function(f"() => document.querySelectorAll('#case-list .portal-case:not([hidden])').length === {len(expected)}")
    assert sorted(shown_titles(page)) == expected
    both = sorted(record["title"] for record in cases if group in record.get("target_group", []) and record.get("land") == "Rheinland-Pfalz")
    page.select_option("#case-filter-land", value="Rheinland-Pfalz")
    page.wait_for_function(f"() => document.querySelectorAll('#case-list .portal-case:not([hidden])').length === {len(both)}")
    assert sorted(shown_titles(page)) == both
    # The perspective filter works like the others (data-perspective on each case).
    employers = sorted(record["title"] for record in cases if record.get("perspective") == "employer" and group in record.get("target_group", []) and record.get("land") == "Rheinland-Pfalz")
    page.select_option("#case-filter-sicht", value="employer")
    page.wait_for_function(f"() => document.querySelectorAll('#case-list .portal-case:not([hidden])').length === {len(employers)}")
    assert sorted(shown_titles(page)) == employers
    assert "sicht=employer" in page.url
    page.select_option("#case-filter-sicht", value="")
    page.select_option("#case-filter-zielgruppe", value="Fachkräfte")
    page.select_option("#case-filter-land", value="Berlin")
    assert not [record for record in cases if "Fachkräfte" in record.get("target_group", []) and record.get("land") == "Berlin"]
    page.wait_for_function("() => document.querySelectorAll('#case-list .portal-case:not([hidden])').length === 0")
    assert status(page).startswith("Kein Beispiel passt zu dieser Auswahl.")
    # The related programmes (SGB II) stay listed apart, untouched by the filters.
    assert page.locator("#verwandte-programme .portal-case h3").all_text_contents() != []
    assert sorted(page.locator("#verwandte-programme .portal-case h3").all_text_contents()) == sorted(record["title"] for record in related)
    assert page.locator("#verwandte-programme").is_visible()


def test_sorting_by_date_and_restoring_from_the_address(open_page, cases):
    newest_first = [record["title"] for record in sorted(cases, key=lambda record: (record.get("period", {}).get("start", ""), record.slug), reverse=True)]
    page = open_page(LISTING)
    page.wait_for_selector("#case-filter", state="visible")
    assert shown_titles(page) == newest_first
    tab_to(page, "case-filter-sort")
    page.keyboard.press("ArrowDown")
    assert page.locator("#case-filter-sort").input_value() == "old"
    page.wait_for_function("() => new URL(location.href).searchParams.get('sort') === 'old'")
    assert shown_titles(page) == newest_first[::-1]
    # A shared address opens the same selection.
    page = open_page(LISTING + "?land=Rheinland-Pfalz&sort=old")
    page.wait_for_selector("#case-filter", state="visible")
    expected = [title for title in newest_first[::-1] if any(record["title"] == title and record.get("land") == "Rheinland-Pfalz" for record in cases)]
    assert len(expected) > 1
    assert shown_titles(page) == expected
    assert page.locator("#case-filter-land").input_value() == "Rheinland-Pfalz"
    # An unknown value in the address is ignored, not applied as an empty filter.
    page = open_page(LISTING + "?land=Atlantis")
    page.wait_for_selector("#case-filter", state="visible")
    assert len(shown_titles(page)) == len(cases)


def test_without_javascript_every_case_is_listed_and_the_form_stays_hidden(browser, site_url, cases, related):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + LISTING)
    assert page.locator("#case-filter").is_hidden()
    assert sorted(shown_titles(page)) == sorted(record["title"] for record in cases)
    assert sorted(page.locator("#verwandte-programme .portal-case h3").all_text_contents()) == sorted(record["title"] for record in related)
    context.close()


@pytest.mark.parametrize(("scheme_options", "md_scheme"), SCHEMES)
def test_filtered_listing_has_no_axe_violations(open_page, scheme_options, md_scheme):
    page = open_page(LISTING, **scheme_options)
    assert_scheme(page, md_scheme)
    page.wait_for_selector("#case-filter", state="visible")
    page.select_option("#case-filter-land", value="Hessen")
    page.wait_for_function("() => document.querySelector('#case-filter-status').textContent.includes('von')")
    assert_no_violations(page)


def test_easy_listing_filters_by_land_in_leichte_sprache(open_page, cases):
    page = open_page("leichte-sprache/" + LISTING)
    page.wait_for_selector("#case-filter", state="visible")
    assert status(page) == "Sie sehen alle Beispiele."
    tab_to(page, "case-filter-land")
    page.keyboard.type("Rheinland-Pfalz")
    # The Leichte-Sprache listing shows each case's easy title where it has one.
    expected = sorted(record.get("title_leichte_sprache") or record["title"] for record in cases if record.get("land") == "Rheinland-Pfalz")
    page.wait_for_function(f"() => document.querySelectorAll('#case-list .portal-case:not([hidden])').length === {len(expected)}")
    assert sorted(shown_titles(page)) == expected
    assert status(page) == f"Sie sehen {len(expected)} Beispiele."
    # Nationwide projects are a choice of their own, named in plain words.
    page.select_option("#case-filter-land", label="ganz Deutschland")
    nationwide = sorted(record.get("title_leichte_sprache") or record["title"] for record in cases if not record.get("land"))
    page.wait_for_function(f"() => document.querySelectorAll('#case-list .portal-case:not([hidden])').length === {len(nationwide)}")
    assert sorted(shown_titles(page)) == nationwide
