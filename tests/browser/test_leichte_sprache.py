"""Leichte-Sprache pages in a real browser: twin switch by keyboard, reading layout, Vorlesen."""

import pytest

from portal.rendering.twins import EASY_DIR

pytestmark = pytest.mark.browser


def twins(built_site):
    """(standard path, easy path) URL pairs for every standard page that has a twin."""
    pairs = []
    for easy in sorted((built_site / "leichte-sprache").rglob("index.html")):
        relative = easy.relative_to(built_site / "leichte-sprache").parent.as_posix()
        standard = "" if relative == "." else relative + "/"
        if (built_site / standard / "index.html").exists():
            pairs.append((standard, EASY_DIR + standard))
    return pairs


def follow_switch_by_keyboard(page) -> str:
    """Tab to the header switch and press Enter; return the new path."""
    switch = page.locator("a.portal-twin-switch")
    for _ in range(40):
        page.keyboard.press("Tab")
        if switch.evaluate("element => element === document.activeElement"):
            break
    else:
        raise AssertionError("Der Umschalter wurde mit der Tabulatortaste nicht erreicht")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    return page.url


def test_switch_leads_to_the_twin_and_back_by_keyboard(built_site, browser, site_url):
    pairs = twins(built_site)
    assert len(pairs) >= 3
    context = browser.new_context()
    page = context.new_page()
    for standard, easy in pairs:
        page.goto(site_url + standard)
        assert follow_switch_by_keyboard(page) == site_url + easy
        assert follow_switch_by_keyboard(page) == site_url + standard
    context.close()


def test_reading_layout_is_larger_and_airy(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    page.goto(site_url + "budget-fuer-arbeit/")
    standard = page.locator("article p").first.evaluate("element => parseFloat(getComputedStyle(element).fontSize)")
    page.goto(site_url + "leichte-sprache/budget-fuer-arbeit/")
    style = page.locator(".portal-easy p").first.evaluate(
        """element => {
            const style = getComputedStyle(element);
            return {size: parseFloat(style.fontSize), line: parseFloat(style.lineHeight), align: style.textAlign, hyphens: style.hyphens};
        }"""
    )
    context.close()
    assert style["size"] >= 1.2 * standard - 0.01
    assert style["line"] >= 1.5 * style["size"] - 0.01
    assert style["align"] in ("left", "start")
    assert style["hyphens"] == "none"


RECORD_SPEECH = """
window.__spoken = [];
window.speechSynthesis.speak = (utterance) => window.__spoken.push({text: utterance.text, lang: utterance.lang});
"""

NO_SPEECH = "delete window.speechSynthesis; delete window.SpeechSynthesisUtterance;"


def test_vorlesen_reads_the_page_in_german(browser, site_url):
    context = browser.new_context()
    context.add_init_script(RECORD_SPEECH)
    page = context.new_page()
    page.goto(site_url + "leichte-sprache/budget-fuer-arbeit/")
    button = page.get_by_role("button", name="Vorlesen", exact=True)
    button.focus()
    page.keyboard.press("Enter")
    spoken = page.evaluate("() => window.__spoken")
    stop = page.get_by_role("button", name="Vorlesen beenden")
    assert stop.is_visible()
    assert stop.evaluate("element => element === document.activeElement")
    context.close()
    assert len(spoken) == 1 and spoken[0]["lang"] == "de-DE"
    assert "Sie arbeiten in einem normalen Betrieb." in spoken[0]["text"]
    assert "Vorlesen" not in spoken[0]["text"]


def test_vorlesen_is_absent_without_speech_synthesis(browser, site_url):
    context = browser.new_context()
    context.add_init_script(NO_SPEECH)
    page = context.new_page()
    page.goto(site_url + "leichte-sprache/budget-fuer-arbeit/")
    assert page.locator(".portal-read-aloud").count() == 1  # the reserved slot
    assert page.get_by_role("button").filter(has_text="Vorlesen").count() == 0
    assert not page.locator(".portal-read-aloud").is_visible()
    context.close()


def test_standard_pages_have_no_vorlesen(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    page.goto(site_url + "budget-fuer-arbeit/")
    assert page.locator(".portal-read-aloud").count() == 0
    context.close()
