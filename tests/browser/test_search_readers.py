"""The search dialog for the words readers type: places first, one entry per page,
Leichte Sprache first from a Leichte-Sprache page, plain empty state, hints for touch.
And through Pagefind's own JS API: every word of the Wörterbuch finds its page."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from playwright.sync_api import expect

from .axe_check import assert_no_violations
from .targets import SCHEMES, assert_scheme

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]


def open_dialog(page):
    page.locator("pagefind-modal-trigger button").click()
    dialog = page.locator("dialog.pf-modal")
    dialog.locator("input[type=search]").wait_for(state="visible")
    return dialog


def settled_results(dialog, query: str) -> list[dict]:
    """Type the query; return the rendered cards (link, excerpt marks, sub-result links) once all have loaded."""
    dialog.locator("input[type=search]").fill(query)
    page = dialog.page
    page.wait_for_function(
        """(query) => {
            const list = document.querySelector("dialog.pf-modal .pf-results");
            if (!list || list.getAttribute("aria-busy") === "true") return false;
            const status = document.querySelector(".portal-search__status");
            if (!status || status.dataset.query !== query) return false;
            if (!list.querySelector(".pf-result")) return status && !status.hidden;
            const placeholder = list.querySelector(".pf-skeleton");
            if (placeholder) placeholder.scrollIntoView({ block: "nearest" });
            return placeholder === null;
        }""",
        arg=query,
    )
    return dialog.locator(".pf-results > li").evaluate_all(
        r"""(items) => items.map((item) => ({
            href: item.querySelector("a.pf-result-link")?.href,
            marks: [...item.querySelectorAll(".pf-result-excerpt mark, .pf-heading-excerpt mark")].map((m) => m.textContent),
            sections: [...item.querySelectorAll("a.pf-heading-link")].map((a) => a.href),
            language: (item.querySelector(".portal-result-language")?.textContent || "").replace(/^,\s*/, ""),
        }))"""
    )


def fold(text: str) -> str:
    from portal.gazetteer.core import fold as gazetteer_fold  # noqa: PLC0415 - the folding the place list uses

    return gazetteer_fold(text)


@pytest.mark.parametrize(("query", "place"), [("Nürnberg", "Nürnberg"), ("90402", "90402"), ("Köln", "Köln")])
def test_a_place_brings_its_answer_first_and_no_other_word(open_page, query, place):
    dialog = open_dialog(open_page(""))
    cards = settled_results(dialog, query)
    assert cards, f"keine Ergebnisse für „{query}“"
    first = urlsplit(cards[0]["href"])
    assert first.path == "/zustaendig/", f"erstes Ergebnis für „{query}“ ist nicht die Antwort für den Ort: {cards[0]['href']}"
    assert parse_qs(first.query)["ort"] == [place]
    # Every other result matched the place itself, never a word that merely starts like it ("nur").
    for card in cards[1:]:
        assert all(fold(place) in fold(mark) for mark in card["marks"]), f"„{query}“ markiert ein anderes Wort: {card}"


@pytest.mark.parametrize("query", ["Werkstatt", "Budget", "Geld", "Antrag"])
def test_no_page_appears_twice(open_page, query):
    dialog = open_dialog(open_page(""))
    cards = settled_results(dialog, query)
    paths = [urlsplit(card["href"]).path for card in cards]
    assert len(paths) == len(set(paths)), f"Seiten doppelt in den Ergebnissen für „{query}“: {paths}"
    for card in cards:
        page_path = urlsplit(card["href"]).path
        for section in card["sections"]:
            parts = urlsplit(section)
            assert parts.path == page_path and parts.fragment, f"Unterergebnis zeigt nicht auf einen anderen Abschnitt derselben Seite: {section}"
        assert card["language"] in ("Leichte Sprache", "Standard-Sprache"), f"Sprache der Seite fehlt: {card}"


@pytest.mark.parametrize("query", ["Werkstatt", "Geld"])
def test_from_an_easy_page_easy_results_come_first(open_page, query):
    dialog = open_dialog(open_page("leichte-sprache/"))
    cards = settled_results(dialog, query)
    assert urlsplit(cards[0]["href"]).path.startswith("/leichte-sprache/"), f"erstes Ergebnis ist keine Seite in Leichter Sprache: {cards[0]}"
    assert cards[0]["language"] == "Leichte Sprache"


def test_the_reader_can_switch_easy_first_off(open_page):
    page = open_page("leichte-sprache/")
    dialog = open_dialog(page)
    cards = settled_results(dialog, "Werkstatt")
    switch = dialog.get_by_label("Leichte Sprache zuerst zeigen")
    expect(switch).to_be_checked()
    switch.uncheck()
    # Pagefind's own order: for "Werkstatt" the standard page for Werkstatt-Beschäftigte leads.
    page.wait_for_function(
        "(first) => { const a = document.querySelector('dialog.pf-modal a.pf-result-link'); return a && a.href !== first; }",
        arg=cards[0]["href"],
    )
    first = dialog.locator("a.pf-result-link").first.get_attribute("href")
    assert not urlsplit(first).path.startswith("/leichte-sprache/"), first


def test_start_page_has_no_easy_first_switch(open_page):
    dialog = open_dialog(open_page(""))
    assert dialog.get_by_label("Leichte Sprache zuerst zeigen").count() == 0


@pytest.mark.parametrize(
    ("path", "expected_text", "links"),
    [
        ("", "Versuchen Sie ein anderes", ["/zustaendig/", "/anbieter/", "/beratung/"]),
        ("leichte-sprache/", "Wir haben nichts gefunden", ["/zustaendig/", "/leichte-sprache/anbieter/", "/leichte-sprache/beratung/"]),
    ],
)
def test_empty_state_in_plain_words_with_ways_on(open_page, path, expected_text, links):
    dialog = open_dialog(open_page(path))
    assert settled_results(dialog, "qqqxxyzz") == []
    status = dialog.locator(".portal-search__status")
    expect(status).to_be_visible()
    assert expected_text in status.inner_text()
    assert [urlsplit(href).path for href in status.locator("a").evaluate_all("(links) => links.map((a) => a.href)")] == links


def test_a_question_no_page_holds_whole_falls_back_to_partial_matches(open_page):
    dialog = open_dialog(open_page(""))
    # No page holds both words ("Arbeitgeber Hamburg" now finds the Land page for Hamburg whole).
    cards = settled_results(dialog, "Lohnkostenzuschuss Hamburg")
    assert cards, "keine Teiltreffer"
    assert "Teil" in dialog.locator(".portal-search__status").inner_text()


@pytest.mark.parametrize("query", ["Budget Quarkwolke", "Zitronenfalter Werkstatt", "Antrag Lohn Sternschnuppe"])
def test_a_word_no_page_holds_is_not_passed_over_in_silence(open_page, query):
    """Pagefind drops a word it does not know; the dialog must not present the rest as a whole match."""
    dialog = open_dialog(open_page(""))
    cards = settled_results(dialog, query)
    assert cards, f"{query}: keine Treffer für die bekannten Wörter"
    assert "Teil" in dialog.locator(".portal-search__status").inner_text(), f"{query}: als ganzer Treffer gezeigt"


def test_words_that_all_occur_are_a_whole_match(open_page):
    dialog = open_dialog(open_page(""))
    assert settled_results(dialog, "Budget Arbeit Lohnkostenzuschuss")
    assert "Teil" not in dialog.locator(".portal-search__status").inner_text()


def test_phones_get_a_touch_hint_instead_of_keyboard_hints(open_page):
    page = open_page("", width=375, height=740, has_touch=True, is_mobile=True)
    dialog = open_dialog(page)
    settled_results(dialog, "Budget")
    expect(dialog.locator("pagefind-keyboard-hints")).to_be_hidden()
    expect(dialog.locator(".portal-search__touch-hint")).to_be_visible()


def test_desktop_keeps_keyboard_hints(open_page):
    dialog = open_dialog(open_page(""))
    settled_results(dialog, "Budget")
    expect(dialog.locator(".portal-search__touch-hint")).to_be_hidden()


@pytest.mark.parametrize(("scheme_options", "md_scheme"), SCHEMES)
@pytest.mark.parametrize(("path", "query"), [("", "Nürnberg"), ("", "qqqxxyzz"), ("leichte-sprache/", "Werkstatt")], ids=["ort", "leer", "leichte-sprache"])
def test_dialog_states_have_no_axe_violations(open_page, scheme_options, md_scheme, path, query):
    page = open_page(path, **scheme_options)
    assert_scheme(page, md_scheme)
    dialog = open_dialog(page)
    settled_results(dialog, query)
    page.wait_for_function(
        """() => document.getAnimations().every(
            (a) => a.playState !== 'running' || a.effect.getComputedTiming().iterations === Infinity)"""
    )
    assert_no_violations(page)


def glossary_cases() -> list[tuple[str, str, tuple[str, ...]]]:
    """(word, term id, accepted paths): each spelling, abbreviation and everyday word of the Wörterbuch."""
    data = yaml.safe_load((ROOT / "data" / "glossary.yaml").read_text(encoding="utf-8"))
    cases = []
    for term in data["terms"]:
        if term.get("page"):
            page = "/" + re.sub(r"(index)?\.md$", "", term["page"]).rstrip("/") + "/"
            accepted = (page, "/leichte-sprache" + page)
        else:
            accepted = ("/woerterbuch/", "/leichte-sprache/woerterbuch/")
        words = [*term.get("variants", []), *term.get("everyday", [])] + ([term["abbreviation"]] if term.get("abbreviation") else [])
        cases += [(word, term["id"], accepted) for word in words]
    return cases


def test_every_glossary_word_finds_its_page_through_pagefinds_api(open_page):
    """pagefind.search with Pagefind's default options: the ranking comes from the index."""
    page = open_page("")
    cases = glossary_cases()
    assert len(cases) > 80
    misses = []
    for word, term_id, accepted in cases:
        top = page.evaluate(
            """async (word) => {
                const pagefind = await import(new URL("pagefind/pagefind.js", document.baseURI).href);
                const found = await pagefind.search(word);
                return Promise.all(found.results.slice(0, 3).map(async (r) => (await r.data()).url.split("#")[0]));
            }""",
            word,
        )
        if not set(top) & set(accepted):
            misses.append(f"„{word}“ ({term_id}): erwartet {accepted}, erste drei {top}")
    # A few spellings are words of many pages ("Budget", "LWL" in the names of
    # providers); at least 95 % must lead to the page that explains them.
    share = 1 - len(misses) / len(cases)
    assert share >= 0.95, f"nur {share:.0%} der Wörter des Wörterbuchs finden ihre Seite:\n" + "\n".join(misses)
