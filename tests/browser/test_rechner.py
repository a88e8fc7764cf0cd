"""The Lohnkostenzuschuss-Rechner in Chromium: same arithmetic as Python, usable by keyboard alone, result announced, axe-clean."""

from __future__ import annotations

from decimal import Decimal

import pytest
from .axe_check import assert_no_violations
from .targets import SCHEMES, assert_scheme

from oracles.calculator import subsidy

PATH = "rechner/"
# Same cases as tests/unit/test_calculator.py, including the half-cent ones.
CASES = [("2400", "75"), ("1234.56", "75"), ("1000.01", "75"), ("3333.33", "50"), ("999.99", "33.33"), ("2000.02", "62.5"), ("0.02", "75"), ("1", "0")]


def _cents(value: str) -> int:
    return int(Decimal(value) * 100)


def test_javascript_arithmetic_matches_python(open_page):
    page = open_page(PATH)
    script_url = page.locator('script[src$="calculator/calculator.js"]').evaluate("element => element.src")
    results = page.evaluate(
        "async ([url, cases]) => { const m = await import(url); return cases.map(([g, s]) => m.subsidy(g, s)); }",
        [script_url, [[_cents(gross), _cents(share)] for gross, share in CASES]],
    )
    for (gross, share), (amount, remaining) in zip(CASES, results):
        expected = subsidy(Decimal(gross), Decimal(share))
        assert (Decimal(amount) / 100, Decimal(remaining) / 100) == expected, f"{gross} € bei {share} %"


def test_keyboard_only_calculation_is_announced_in_words(open_page):
    page = open_page(PATH)
    wage = page.locator("#rechner-lohn")
    # Walk with Tab from the top of the page until the wage field has focus: no mouse involved.
    for _ in range(80):
        page.keyboard.press("Tab")
        if wage.evaluate("element => element === document.activeElement"):
            break
    else:
        pytest.fail("Das Feld für den Bruttolohn ist mit der Tab-Taste nicht erreichbar")
    page.keyboard.type("2.400,50")
    page.keyboard.press("Tab")
    assert page.locator("#rechner-anteil").evaluate("element => element === document.activeElement")
    page.keyboard.press("Control+A")
    page.keyboard.type("75")
    page.keyboard.press("Enter")
    region = page.locator("#rechner-ergebnis")
    assert region.get_attribute("aria-live") == "polite"
    assert region.get_attribute("role") == "status"
    text = " ".join(region.inner_text().split())
    assert "Lohnkostenzuschuss von 1.800,38 €" in text.replace("\u00a0", " ")
    assert "selbst 600,12 €" in text.replace("\u00a0", " ")
    assert "im Einzelfall" in text


def test_invalid_input_gets_german_messages_and_focus(open_page):
    page = open_page(PATH)
    page.locator("#rechner-anteil").fill("80")
    page.locator("#rechner-lohn").focus()
    page.keyboard.press("Enter")
    wage = page.locator("#rechner-lohn")
    assert wage.get_attribute("aria-invalid") == "true"
    assert wage.evaluate("element => element === document.activeElement"), "Der Fokus springt zum ersten fehlerhaften Feld"
    assert "rechner-lohn-fehler" in wage.get_attribute("aria-describedby")
    assert "Bitte geben Sie den Bruttolohn" in page.locator("#rechner-lohn-fehler").inner_text()
    assert "höchstens 75 Prozent" in page.locator("#rechner-anteil-fehler").inner_text()
    assert "Bitte prüfen Sie 2 Angaben" in page.locator("#rechner-ergebnis").inner_text()


def test_the_page_states_that_the_share_is_decided_case_by_case(open_page):
    page = open_page(PATH)
    assert "entscheidet der zuständige Träger im Einzelfall" in " ".join(page.locator("article").inner_text().split())


@pytest.mark.parametrize(("options", "scheme"), SCHEMES)
def test_rechner_has_no_axe_violations_before_and_after_a_result(open_page, options, scheme):
    page = open_page(PATH, **options)
    assert_scheme(page, scheme)
    assert_no_violations(page)
    # Submit with Enter: a mouse click would leave the pointer over the button, and axe would
    # measure the colours halfway through Material's hover transition.
    page.locator("#rechner-lohn").fill("abc")
    page.locator("#rechner-lohn").press("Enter")
    assert_no_violations(page)
    page.locator("#rechner-lohn").fill("2400")
    # The calculator presets no share (the share follows the reduced performance; 75 % is the ceiling).
    page.locator("#rechner-anteil").fill("75")
    page.locator("#rechner-lohn").press("Enter")
    page.wait_for_function("() => document.querySelector('#rechner-ergebnis').textContent.includes('1.800,00')")
    assert_no_violations(page)
