"""Nothing is stored in the browser unless the reader chooses a palette (architecture decision 5)."""

from __future__ import annotations

import pytest

from .targets import PAGES

pytestmark = pytest.mark.browser

# Material keeps the chosen palette in localStorage under "<scope path>.__palette"
# (partials/javascripts/base.html: __md_set); the scope is the site root.
PALETTE_KEY = "/.__palette"

STORAGE = """() => ({
    local: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
    session: Object.fromEntries(Object.keys(sessionStorage).map((k) => [k, sessionStorage.getItem(k)])),
    cookie: document.cookie,
})"""


def use_search(page) -> None:
    page.locator("pagefind-modal-trigger button").click()
    dialog = page.locator("dialog.pf-modal")
    dialog.locator("input[type=search]").fill("Budget")
    dialog.locator("a.pf-result-link").first.wait_for()
    dialog.get_by_text("Ergebnisse eingrenzen", exact=True).click()
    page.keyboard.press("Escape")


@pytest.mark.parametrize("path", PAGES)
def test_reading_and_searching_store_nothing(open_page, path):
    page = open_page(path)
    use_search(page)
    # Material writes its state after the page has settled; give it the chance.
    page.wait_for_load_state("networkidle")
    stored = page.evaluate(STORAGE)
    cookies = page.context.cookies()
    assert stored == {"local": {}, "session": {}, "cookie": ""}, f"gespeichert auf /{path}: {stored}"
    assert not cookies, f"Cookies auf /{path}: {cookies}"


def test_palette_choice_stores_only_the_palette(open_page):
    page = open_page("budget-fuer-arbeit/")
    assert page.evaluate(STORAGE)["local"] == {}, "schon vor der Wahl gespeichert"
    page.locator("[data-md-component=palette] label:not([hidden])").click()
    page.wait_for_function("() => document.body.getAttribute('data-md-color-scheme') === 'slate'")
    stored = page.evaluate(STORAGE)
    assert list(stored["local"]) == [PALETTE_KEY], f"statt nur {PALETTE_KEY} gespeichert: {stored}"
    assert '"scheme":"slate"' in stored["local"][PALETTE_KEY], stored
    assert stored["session"] == {} and stored["cookie"] == "", stored
    assert not page.context.cookies()
    # The choice is what it is stored for: it holds on the next page.
    page.goto(page.url.replace("budget-fuer-arbeit/", "anbieter/"))
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
