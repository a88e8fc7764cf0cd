"""The three palettes: chosen from the reader's settings, switchable with the toggle, German labels, high contrast that earns its name."""

from __future__ import annotations

import re

import pytest

from .axe_check import axe, describe
from .targets import PAGES, assert_scheme

pytestmark = pytest.mark.browser

# The toggle names the palette it switches to; Material cycles in mkdocs.yml order.
TOGGLE_NAMES = {
    "default": "Dunkle Darstellung einschalten",
    "slate": "Kontrastreiche Darstellung einschalten",
    "contrast": "Helle Darstellung einschalten",
}
NEXT = {"default": "slate", "slate": "contrast", "contrast": "default"}
INFORMAL = re.compile(r"\b(du|dich|dir|dein\w*|euch|euer|eure\w*)\b", re.IGNORECASE)


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        pytest.param({"color_scheme": "light"}, "default", id="light"),
        pytest.param({"color_scheme": "dark"}, "slate", id="dark"),
        pytest.param({"color_scheme": "light", "contrast": "more"}, "contrast", id="light-more-contrast"),
        pytest.param({"color_scheme": "dark", "contrast": "more"}, "contrast", id="dark-more-contrast"),
    ],
)
def test_reader_settings_choose_the_palette(open_page, options, expected):
    page = open_page("", **options)
    assert_scheme(page, expected)


def test_toggle_cycles_through_all_palettes_with_german_labels(open_page):
    page = open_page("")
    scheme = "default"
    assert_scheme(page, scheme)
    for _ in range(3):
        label = page.locator("[data-md-component=palette] label:not([hidden])")
        assert label.count() == 1, f"nicht genau ein sichtbarer Schalter: {label.count()}"
        name = label.get_attribute("title")
        assert name == TOGGLE_NAMES[scheme], f"Schalter im Schema {scheme}: {name!r}"
        radio = page.locator(f"#{label.get_attribute('for')}")
        assert radio.get_attribute("aria-label") in TOGGLE_NAMES.values()
        label.click()
        scheme = NEXT[scheme]
        page.wait_for_function("(s) => document.body.getAttribute('data-md-color-scheme') === s", arg=scheme)
    assert scheme == "default"


def test_toggle_labels_address_the_reader_formally(open_page):
    """Labels are German; a label that is a sentence addresses the reader with "Sie", never "du"."""
    page = open_page("")
    names = page.locator("[data-md-component=palette] input").evaluate_all("(inputs) => inputs.map((i) => i.getAttribute('aria-label'))")
    assert sorted(names) == sorted(TOGGLE_NAMES.values()), names
    for name in names:
        assert not INFORMAL.search(name), f"Duzen im Schalter: {name!r}"
        if name.rstrip().endswith((".", "?", "!")):
            assert re.search(r"\bSie\b", name), f"Satz ohne „Sie“: {name!r}"


@pytest.mark.parametrize("path", PAGES)
def test_high_contrast_meets_aaa_text_contrast(open_page, path):
    """axe's enhanced contrast rule (WCAG 1.4.6, 7:1) holds in the contrast palette."""
    page = open_page(path, contrast="more")
    assert_scheme(page, "contrast")
    options = {"runOnly": {"type": "rule", "values": ["color-contrast-enhanced"]}, "resultTypes": ["violations"]}
    violations = axe.run(page, options=options).response["violations"]
    assert not violations, f"Kontrast unter 7:1 im kontrastreichen Schema auf /{path}:\n{describe(violations)}"
    colours = page.evaluate(
        """() => { const s = getComputedStyle(document.querySelector('.md-typeset'));
                   const b = getComputedStyle(document.body);
                   return [s.color, b.backgroundColor]; }"""
    )
    assert colours == ["rgb(0, 0, 0)", "rgb(255, 255, 255)"], f"kein Schwarz auf Weiß auf /{path}: {colours}"
