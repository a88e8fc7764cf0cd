"""axe-core (WCAG 2.2 AA plus best practice) on one page of every template, in the light and the dark scheme."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from .targets import PAGES, SCHEMES

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": AXE_TAGS},
    "resultTypes": ["violations"],
    # No rule is switched off. Add one here only for a proven false positive,
    # with the reason and a link to the axe-core issue beside it.
    "rules": {},
}

axe = Axe()


def describe(violations: list[dict]) -> str:
    """One block per violated rule: id, impact, help text and the selectors of every failing node."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>")
        for node in violation["nodes"]:
            target = " >> ".join(map(str, node["target"]))
            lines.append(f"    {target}")
            if node.get("failureSummary"):
                lines.append("      " + node["failureSummary"].replace("\n", "\n      "))
    return "\n".join(lines)


def assert_no_violations(page) -> None:
    violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, f"axe meldet {len(violations)} Regelverstöße auf {page.url}:\n{describe(violations)}"


def assert_scheme(page, expected: str) -> None:
    """Guard against a vacuous pass: the page really shows the scheme under test."""
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    assert scheme == expected, f"Farbschema {scheme!r} statt {expected!r} auf {page.url}"


@pytest.mark.browser
@pytest.mark.parametrize(("color_scheme", "md_scheme"), SCHEMES)
@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_axe_violations(open_page, path, color_scheme, md_scheme):
    page = open_page(path, color_scheme)
    assert_scheme(page, md_scheme)
    assert_no_violations(page)


@pytest.mark.browser
@pytest.mark.parametrize(("color_scheme", "md_scheme"), SCHEMES)
def test_open_search_dialog_has_no_axe_violations(open_page, color_scheme, md_scheme):
    page = open_page("", color_scheme)
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
