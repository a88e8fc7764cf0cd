"""Pagefind search in the header: results, filters, keyboard use and German strings."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PROVIDER_PAGE = "/anbieter/lwl-inklusionsamt-arbeit/"
# A word that both standard pages and data pages contain, so that a filter has something to remove.
BROAD_QUERY = "Budget"


def open_search(page):
    """Open the search dialog with the header button and return the dialog."""
    page.locator("pagefind-modal-trigger button").click()
    dialog = page.locator("dialog.pf-modal")
    dialog.locator("input[type=search]").wait_for(state="visible")
    return dialog


def search(dialog, query: str) -> list[str]:
    """Type a query and return the paths of all results once they are rendered."""
    dialog.locator("input[type=search]").fill(query)
    return result_paths(dialog)


def result_paths(dialog) -> list[str]:
    page = dialog.page
    # Results render as placeholders and load when scrolled into view; scroll
    # to each remaining placeholder, as a reader would, until all are loaded.
    page.wait_for_function(
        """() => {
            const list = document.querySelector("dialog.pf-modal .pf-results");
            if (!list || list.getAttribute("aria-busy") === "true" || !list.querySelector(".pf-result")) return false;
            const placeholder = list.querySelector(".pf-skeleton");
            if (placeholder) placeholder.scrollIntoView({ block: "nearest" });
            return placeholder === null;
        }"""
    )
    return [urlsplit(href).path for href in dialog.locator("a.pf-result-link").evaluate_all("(links) => links.map((a) => a.href)")]


def choose_filter(dialog, name: str, value: str) -> None:
    """Open the filter group and tick the value's checkbox, as a reader would."""
    dialog.get_by_text("Ergebnisse eingrenzen", exact=True).click()
    group = dialog.locator(f'details.pf-filter-group[data-filter-name="{name}"]')
    group.locator("summary").click()
    # By value: the accessible name also holds the count ("Anbieter 13"), and
    # another value may start with the same word ("Anbieterliste").
    group.locator(f'input[type=checkbox][value="{value}"]').check()


def pages_with_filter(built_site: Path, name: str, value: str) -> set[str]:
    """Paths of the built pages that carry the Pagefind filter name=value (either markup form)."""
    inline = f'data-pagefind-filter="{name}:{value}"'
    content = re.compile(rf'data-pagefind-filter="{re.escape(name)}"[^>]*>\s*{re.escape(value)}\s*<')
    paths = set()
    for html in built_site.rglob("index.html"):
        text = html.read_text(encoding="utf-8")
        if inline in text or content.search(text):
            paths.add("/" + str(html.parent.relative_to(built_site)).replace("\\", "/").strip(".") + "/")
    return {path.replace("//", "/") for path in paths}


@pytest.fixture
def start_page(open_page):
    return open_page("")


def test_search_finds_a_word(start_page):
    dialog = open_search(start_page)
    assert search(dialog, "Werkstatt"), "keine Ergebnisse für „Werkstatt“"


def test_search_finds_provider_by_town(start_page):
    dialog = open_search(start_page)
    paths = search(dialog, "Münster")
    assert PROVIDER_PAGE in paths, f"{PROVIDER_PAGE} fehlt in den Ergebnissen für „Münster“: {paths}"


@pytest.mark.parametrize(
    ("name", "value"),
    [pytest.param("Typ", "Anbieter", id="Typ-Anbieter"), pytest.param("Bundesland", "Hessen", id="Bundesland-Hessen")],
)
def test_filter_keeps_only_matching_pages(start_page, built_site, name, value):
    matching = pages_with_filter(built_site, name, value)
    assert matching, f"kein Seite trägt den Filter {name}={value}"
    dialog = open_search(start_page)
    before = search(dialog, BROAD_QUERY)
    assert set(before) - matching, f"ohne Filter nur passende Seiten – der Test würde nichts beweisen: {before}"

    choose_filter(dialog, name, value)
    start_page.wait_for_function(
        "(count) => document.querySelectorAll('dialog.pf-modal .pf-result').length !== count", arg=len(before)
    )
    after = result_paths(dialog)
    assert after, f"keine Ergebnisse mit {name}={value}"
    assert set(after) <= matching, f"Ergebnisse ohne {name}={value}: {sorted(set(after) - matching)}"


def test_tab_order_reaches_skip_link_then_header_controls(start_page):
    page = start_page
    reached = []
    for _ in range(12):
        page.keyboard.press("Tab")
        reached.append(
            page.evaluate(
                """() => {
                    const el = document.activeElement;
                    if (el.matches(".md-skip")) return "skip";
                    if (el.matches(".portal-twin-switch")) return "twin:" + el.textContent.trim();
                    if (el.closest("pagefind-modal-trigger")) return "search";
                    return el.tagName.toLowerCase() + (el.className ? "." + el.className : "");
                }"""
            )
        )
    assert reached[0] == "skip", f"erster Tab-Halt ist nicht der Sprunglink: {reached}"
    assert "twin:Leichte Sprache" in reached, f"Schalter „Leichte Sprache“ nicht per Tab erreicht: {reached}"
    assert "search" in reached, f"Suchknopf nicht per Tab erreicht: {reached}"


@pytest.mark.parametrize("opening", ["Enter", "Control+k"], ids=["enter-on-button", "ctrl-k"])
def test_keyboard_opens_and_escape_closes_search(start_page, opening):
    page = start_page
    trigger = page.locator("pagefind-modal-trigger button")
    dialog = page.locator("dialog.pf-modal")
    if opening == "Enter":
        trigger.focus()
    page.keyboard.press(opening)
    input_ = dialog.locator("input[type=search]")
    input_.wait_for(state="visible")
    expect(input_).to_be_focused()
    expect(trigger).to_have_attribute("aria-expanded", "true")

    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    # The dialog's close event comes a task later; expect() waits for it.
    expect(trigger).to_have_attribute("aria-expanded", "false")
    expect(trigger).to_be_focused()


def test_search_speaks_german(start_page):
    page = start_page
    trigger = page.locator("pagefind-modal-trigger button")
    assert trigger.get_attribute("aria-label") == "Suchen"
    dialog = open_search(page)
    input_ = dialog.locator("input[type=search]")
    assert input_.get_attribute("placeholder") == "Suchbegriff eingeben"
    assert dialog.get_attribute("aria-label") == "Suchen"
    assert page.get_by_label("Diese Website durchsuchen", exact=True).count() >= 1
    input_.fill("qqqxxyzz")
    summary = dialog.locator(".pf-summary")
    summary.filter(has_text="Keine Ergebnisse für").wait_for()
    status = dialog.locator(".portal-search__status")
    expect(status).to_be_visible()
    assert "Versuchen Sie ein anderes" in status.inner_text()
