"""/zustaendig/ and its Leichte-Sprache twin in a real browser: the answer for a sample of places
matches the Python resolver (Land, Kreis, Träger, Integrationsamt), choices for ambiguous input,
keyboard only, axe in every scheme at two widths, no request leaves the site."""

from __future__ import annotations

import gzip
from urllib.parse import quote, urlsplit

import pytest

from portal.types import load_dataset
from portal.types.responsible_resolver import BODY, KREIS, answer, resolve
from support import ROOT

from .axe_check import assert_no_violations
from .targets import SCHEMES, VIEWPORTS, assert_scheme

pytestmark = pytest.mark.browser

PAGE = "zustaendig/"
EASY_PAGE = "leichte-sprache/zustaendig/"
# A sample across the Länder and the rule modes: Bezirk, LVR/LWL, Land body, the Kreis itself,
# not verified (Brandenburg), Niedersachsen (application at the Kreis), umlauts, ae/oe/ue, PLZ.
SAMPLE = ["90402", "Nürnberg", "Muenchen", "Köln", "Münster", "10115", "20095", "Bremerhaven", "Cottbus", "Halle (Saale)", "01067", "Tübingen", "Wangerooge", "Saarbrücken", "Kiel", "Jena", "Mainz", "Frankfurt am Main", "Greifswald"]


@pytest.fixture(scope="module")
def data():
    return load_dataset(ROOT)["responsible"]


def _ready(page) -> None:
    page.wait_for_selector("#zustaendig[data-ready=true]", timeout=20000)


def _open(open_page, path: str, query: str | None = None, **options):
    page = open_page(path + (f"?ort={quote(query)}" if query else ""), **options)
    _ready(page)
    return page


def _card(page, number: int) -> str:
    return page.locator(f"section[aria-labelledby=zustaendig-q{number}]").inner_text()


@pytest.mark.parametrize("query", SAMPLE)
def test_answer_matches_the_resolver(open_page, data, query):
    expected = answer(resolve(query).chosen, data)
    page = _open(open_page, PAGE, query)
    output = page.locator("#zustaendig-answer")
    assert output.get_attribute("data-land") == expected.land
    assert output.get_attribute("data-kreis") == expected.kreis_key
    assert page.locator("#zustaendig-status").inner_text() == f"Antwort für {expected.place} ({expected.kreis}, {expected.land})."
    traeger = _card(page, 1)
    item = expected.budget_fuer_arbeit
    if item.status == BODY:
        assert item.body["name"] in traeger
    elif item.status == KREIS:
        assert f"Ihr Kreis oder Ihre kreisfreie Stadt selbst: {expected.kreis}" in traeger
    else:
        assert "noch nicht geprüft" in traeger and "Wir nennen deshalb keine Stelle" in traeger
    assert "Stand: 30. November 2026" in traeger
    assert expected.integrationsamt.body["name"] in _card(page, 3)
    ausbildung = _card(page, 2)
    assert "Agentur für Arbeit" in ausbildung and "Arbeitsbereich" in ausbildung
    assert "teilhabeberatung.de" in _card(page, 4)
    if expected.applies_at:
        assert f"Den Antrag stellen Sie bei: {expected.applies_at}" in traeger


def test_brandenburg_names_no_body(open_page):
    page = _open(open_page, PAGE, "Cottbus")
    traeger = _card(page, 1)
    assert "noch nicht geprüft" in traeger
    assert "Bezirk" not in traeger and "Landschaftsverband" not in traeger and "Ihr Kreis" not in traeger


def test_plz_in_two_kreise_lets_the_reader_choose_and_keeps_the_choice_in_the_address(open_page):
    page = _open(open_page, PAGE, "06120")
    assert "Bitte wählen Sie Ihren Ort" in page.locator("#zustaendig-status").inner_text()
    choices = page.locator(".zustaendig__choices a")
    assert choices.count() == 2
    page.locator(".zustaendig__choices a[data-kreis='15088']").click()
    page.wait_for_function("() => document.getElementById('zustaendig-answer').dataset.kreis === '15088'")
    assert "kreis=15088" in page.url
    assert page.evaluate("document.activeElement.id") == "zustaendig-antwort"
    page.reload()
    _ready(page)
    assert page.locator("#zustaendig-answer").get_attribute("data-kreis") == "15088"


def test_frankfurt_offers_both_and_unknown_place_says_so(open_page):
    page = _open(open_page, PAGE, "Frankfurt")
    labels = page.locator(".zustaendig__choices a").all_inner_texts()
    assert any("Hessen" in label for label in labels) and any("Brandenburg" in label for label in labels)
    page = _open(open_page, PAGE, "Nirgendwohausen")
    assert "kennt das Ortsverzeichnis nicht" in page.locator("#zustaendig-status").inner_text()


def test_nearby_providers_label_jobcenter(open_page):
    page = _open(open_page, PAGE, "Stendal")
    providers = _card(page, 5)
    assert "Stelle für langzeitarbeitslose Menschen (SGB II): Über das Budget für Arbeit entscheidet sie nicht." in providers
    assert "Auch in der Nähe, aber nicht für das Budget für Arbeit:" in providers
    assert "etwa" in providers and "km entfernt" in providers


@pytest.mark.parametrize(("path", "status_start", "heading"), [(PAGE, "Antwort für Nürnberg", "Wer entscheidet über Ihr Budget für Arbeit?"), (EASY_PAGE, "Das Ergebnis für Nürnberg", "Wer entscheidet über Ihr Budget für Arbeit?")], ids=["standard", "leichte-sprache"])
def test_keyboard_only(open_page, path, status_start, heading):
    page = _open(open_page, path)
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "zustaendig-ort":
            break
    else:
        pytest.fail("Das Feld „Postleitzahl oder Ort“ ist per Tab nicht erreichbar")
    page.keyboard.type("Nürnberg")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.getElementById('zustaendig-answer').dataset.kreis === '09564'")
    assert page.locator("#zustaendig-status").inner_text().startswith(status_start)
    assert page.locator("#zustaendig-status").get_attribute("role") == "status"
    assert "ort=N%C3%BCrnberg" in page.url
    assert heading in _card(page, 1)
    # The answer's links are reachable with Tab after the field.
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('#zustaendig') !== null")


def test_easy_twin_answers_in_leichte_sprache(open_page):
    page = _open(open_page, EASY_PAGE, "Stuttgart")
    traeger = _card(page, 1)
    assert "Ihr Kreis entscheidet. Ihr Kreis ist: Stuttgart, Stadt" in traeger
    assert "Wer berät Sie?" in _card(page, 4)
    assert "örtlichen Träger" not in traeger  # the standard-German note stays on the standard page


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize(("scheme_options", "md_scheme"), SCHEMES)
@pytest.mark.parametrize("path", [PAGE, EASY_PAGE], ids=["standard", "leichte-sprache"])
def test_axe_with_an_answer(open_page, path, scheme_options, md_scheme, viewport):
    page = _open(open_page, path, "Hannover", width=viewport["width"], height=viewport["height"], **scheme_options)
    assert_scheme(page, md_scheme)
    assert page.locator("#zustaendig-answer section").count() == 5
    assert_no_violations(page)


def test_axe_on_choices_and_a_land_page(open_page):
    page = _open(open_page, PAGE, "Frankfurt")
    assert_no_violations(page)
    page = open_page("zustaendig/nordrhein-westfalen/", width=320, height=640)
    assert "Kreisschlüssel 05315" in page.content()
    assert_no_violations(page)


def test_no_request_leaves_the_site(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(site_url + PAGE + "?ort=90402", wait_until="networkidle")
    _ready(page)
    page.locator(".zustaendig__provider a").first.wait_for()
    cookies = context.cookies()
    context.close()
    foreign = [url for url in requests if urlsplit(url).hostname != "127.0.0.1"]
    assert not foreign, foreign
    assert any(url.endswith("zustaendig/orte.json") for url in requests)
    assert any(url.endswith("zustaendig/regeln.json") for url in requests)
    assert any(url.endswith("components/zustaendig/zustaendig.css") for url in requests)
    assert not cookies


def test_place_data_only_on_the_pages_that_use_it(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(site_url + "budget-fuer-arbeit/", wait_until="networkidle")
    context.close()
    assert not any("zustaendig" in url for url in requests)


def test_place_data_within_200_kb_gzip(built_site):
    raw = (built_site / "zustaendig" / "orte.json").read_bytes()
    assert len(gzip.compress(raw, 9)) <= 200 * 1024
