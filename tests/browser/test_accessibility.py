"""axe-core on states the page walk cannot reach (the open search dialog), and unique titles.

Every built page, in every scheme and both viewports, is checked in test_every_page.py.
"""

from __future__ import annotations

import pytest

from .axe_check import assert_no_violations
from .targets import PAGES, SCHEMES, assert_scheme


@pytest.mark.browser
@pytest.mark.parametrize(("scheme_options", "md_scheme"), SCHEMES)
def test_open_search_dialog_has_no_axe_violations(open_page, scheme_options, md_scheme):
    page = open_page("", **scheme_options)
    assert_scheme(page, md_scheme)
    page.locator("pagefind-modal-trigger button").click()
    dialog = page.locator("dialog.pf-modal")
    dialog.locator("input[type=search]").fill("Budget")
    dialog.locator("a.pf-result-link").first.wait_for()
    # Open every filter group so that the checkboxes are checked too.
    dialog.get_by_text("Ergebnisse eingrenzen", exact=True).click()
    for summary in dialog.locator("summary.pf-filter-group-title").all():
        summary.click()
    # Results fade in; wait until finite animations have ended so that colours are final.
    page.wait_for_function(
        """() => document.getAnimations().every(
            (a) => a.playState !== 'running' || a.effect.getComputedTiming().iterations === Infinity)"""
    )
    assert_no_violations(page)


@pytest.mark.browser
@pytest.mark.parametrize("width", [320, 1280], ids=["320px", "1280px"])
def test_page_titles_are_unique(browser, site_url, width):
    """Every checked page has its own <title> (WCAG 2.4.2)."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    titles = {}
    for param in PAGES:
        (path,) = param.values
        page.goto(site_url + path)
        titles.setdefault(page.title(), []).append(path or "/")
    context.close()
    duplicates = {title: paths for title, paths in titles.items() if len(paths) > 1}
    assert not duplicates, f"Gleicher Seitentitel auf mehreren Seiten: {duplicates}"
