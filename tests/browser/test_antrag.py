"""/antrag-schreiben/ and its Leichte-Sprache twin in a real browser: from the „zuständig" answer to a
printed letter addressed to the body the Python resolver names, keyboard only, in both languages; the
blank letter without JavaScript; no request leaves the site and nothing is stored; axe in every scheme
at two widths; the letter fits one A4 page, also with the longest input the form accepts."""

from __future__ import annotations

import shutil
import subprocess
from urllib.parse import quote, urlsplit

import pytest

from portal.types import load_dataset
from portal.types.responsible_resolver import BODY, answer, resolve
from support import ROOT

from .axe_check import assert_no_violations
from .targets import SCHEMES, VIEWPORTS, assert_scheme

pytestmark = pytest.mark.browser

PAGE = "antrag-schreiben/"
EASY_PAGE = "leichte-sprache/antrag-schreiben/"
# A Hessian city: the Träger der Eingliederungshilfe is a Land body (LWV Hessen).
HESSIAN_PLACE = "Wiesbaden"
NAVIGATION_TEXT = ["Zahlen und Daten", "Wörterbuch", "Gute Praxis", "Suchen", "CC BY 4.0", "Zum Inhalt", "Alles bleibt"]

STORAGE = """async () => ({
    local: Object.keys(localStorage).length,
    session: Object.keys(sessionStorage).length,
    cookie: document.cookie,
    idb: indexedDB.databases ? (await indexedDB.databases()).length : 0,
})"""


@pytest.fixture(scope="module")
def hessian_body() -> str:
    data = load_dataset(ROOT)["responsible"]
    item = answer(resolve(HESSIAN_PLACE).chosen, data).budget_fuer_arbeit
    assert item.status == BODY and item.body["land"] == "Hessen", "Testort: der Träger soll eine Landesstelle in Hessen sein"
    return item.body["name"]


def _pdf_text(pdf: bytes, tmp_path) -> str:
    assert shutil.which("pdftotext"), "pdftotext fehlt: apt-get install -y poppler-utils"
    path = tmp_path / "brief.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(text.split())


def _page_count(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")


def _ready(page) -> None:
    page.wait_for_selector("#antrag[data-ready=true]", state="attached", timeout=20000)


def _open(open_page, path: str, query: str | None = None, **options):
    page = open_page(path + (f"?ort={quote(query)}" if query else ""), **options)
    _ready(page)
    return page


def _tab_to(page, element_id: str, limit: int = 120) -> None:
    for _ in range(limit):
        if page.evaluate("document.activeElement && document.activeElement.id") == element_id:
            return
        page.keyboard.press("Tab")
    pytest.fail(f"#{element_id} ist per Tab nicht erreichbar")


def _fill(page, values: dict[str, str]) -> None:
    for element_id, text in values.items():
        page.fill(f"#{element_id}", text)


def _build(page) -> None:
    page.click("#antrag-go")
    page.wait_for_selector("#antrag-ergebnis:not([hidden])")


@pytest.mark.parametrize(
    ("start", "status_start"),
    [("zustaendig/", "Ihr Brief ist fertig. Sie können ihn jetzt drucken oder als Text kopieren."), ("leichte-sprache/zustaendig/", "Ihr Brief ist fertig. Sie können ihn jetzt drucken.")],
    ids=["standard", "leichte-sprache"],
)
def test_keyboard_only_from_the_answer_to_a_printed_letter(open_page, hessian_body, start, status_start, tmp_path):
    page = open_page(f"{start}?ort={HESSIAN_PLACE}")
    page.wait_for_selector("#zustaendig[data-ready=true]", state="attached", timeout=20000)
    _tab_to(page, "zustaendig-antrag")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    _ready(page)
    assert urlsplit(page.url).path.endswith(start.replace("zustaendig/", "antrag-schreiben/"))
    assert page.input_value("#antrag-ort") == HESSIAN_PLACE
    assert hessian_body in page.locator("#antrag-stelle").inner_text()
    assert page.input_value("#antrag-empfaenger").splitlines()[0] == hessian_body
    for element_id, text in [("antrag-name", "Erika Mustermann"), ("antrag-strasse", "Musterweg 1"), ("antrag-wohnort", "65183 Wiesbaden"), ("antrag-werkstatt", "Werkstatt am Fluss")]:
        _tab_to(page, element_id)
        page.keyboard.type(text)
    _tab_to(page, "antrag-go")
    page.keyboard.press("Enter")
    page.wait_for_selector("#antrag-ergebnis:not([hidden])")
    assert page.evaluate("document.activeElement.id") == "antrag-brief-heading"
    assert page.locator("#antrag-status").inner_text() == status_start
    # Print and copy are the next stops of the keyboard.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "antrag-drucken"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "antrag-kopieren"
    pdf = page.pdf(format="A4")
    assert _page_count(pdf) == 1
    text = _pdf_text(pdf, tmp_path)
    assert hessian_body in text
    assert "Antrag auf ein Budget für Arbeit nach § 61 SGB IX" in text
    assert "Erika Mustermann" in text and "Zurzeit arbeite ich bei Werkstatt am Fluss." in text
    found = [word for word in NAVIGATION_TEXT if word in text]
    assert not found, f"Nicht zum Brief gehörender Text im PDF: {found}"


@pytest.mark.parametrize("path", [PAGE, EASY_PAGE], ids=["standard", "leichte-sprache"])
def test_without_javascript_a_blank_letter_with_instructions_prints(browser, site_url, path, tmp_path):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + path)
    page.wait_for_function("() => document.fonts.status === 'loaded'")
    assert not page.locator("#antrag-app").is_visible()
    blank = page.locator("#antrag-vorlage")
    assert blank.is_visible()
    assert "Drucken Sie diese Seite" in blank.inner_text()
    assert page.locator("#antrag-vorlage a[href$='zustaendig/']").count() == 1
    pdf = page.pdf(format="A4")
    assert _page_count(pdf) == 1
    text = _pdf_text(pdf, tmp_path)
    assert "Antrag auf ein Budget für Arbeit (§ 61 SGB IX) / ein Budget für Ausbildung (§ 61a SGB IX)" in text
    assert "Name der Stelle" in text and "Unterschrift" in text and "Vorname und Name" in text
    assert "Drucken Sie" not in text  # the instructions stay on the screen; the sheet labels its own blanks
    context.close()


def test_budget_fuer_ausbildung_asks_the_group_and_addresses_accordingly(open_page, hessian_body):
    page = _open(open_page, PAGE, HESSIAN_PLACE)
    page.check("input[name=budget][value=ausbildung]")
    assert page.locator("#antrag-gruppe").is_visible()
    assert page.locator("#antrag-stelle").get_attribute("data-status") == "ask"
    assert page.input_value("#antrag-empfaenger") == ""
    page.fill("#antrag-name", "Erika Mustermann")
    page.click("#antrag-go")
    assert "Eingangsverfahren" in page.locator("#antrag-status").inner_text()
    assert page.locator("#antrag-ergebnis").is_hidden()
    page.check("input[name=gruppe][value=eingang]")
    assert page.locator("#antrag-stelle").get_attribute("data-status") == "agentur"
    assert page.input_value("#antrag-empfaenger") == "Agentur für Arbeit"
    assert "arbeitsagentur.de" in page.locator("#antrag-stelle").inner_text()
    page.check("input[name=gruppe][value=arbeitsbereich]")
    assert page.input_value("#antrag-empfaenger").splitlines()[0] == hessian_body
    _build(page)
    letter = page.locator("#antrag-brief").inner_text()
    assert "Antrag auf ein Budget für Ausbildung nach § 61a SGB IX" in letter
    assert "Ich bin im Arbeitsbereich." in letter


def test_unknown_rule_names_no_body(open_page):
    page = _open(open_page, PAGE, "Cottbus")
    assert page.locator("#antrag-stelle").get_attribute("data-status") == "unknown"
    assert "wir nennen deshalb keine Stelle" in page.locator("#antrag-stelle").inner_text()
    assert page.input_value("#antrag-empfaenger") == ""
    page.fill("#antrag-name", "Erika Mustermann")
    _build(page)
    address = page.locator("#antrag-brief .antrag-sheet__to").inner_text()
    assert "Name der Stelle" in address and "Postleitzahl und Ort" in address


def test_kreis_as_traeger_gets_its_name_and_a_line_for_the_address(open_page):
    page = _open(open_page, PAGE, "Stuttgart")
    assert page.locator("#antrag-stelle").get_attribute("data-status") == "kreis"
    assert page.input_value("#antrag-empfaenger") == "Stadt Stuttgart"
    page.fill("#antrag-name", "Erika Mustermann")
    _build(page)
    address = page.locator("#antrag-brief .antrag-sheet__to").inner_text()
    assert address.startswith("Stadt Stuttgart") and "Straße und Hausnummer oder Postfach" in address


def test_application_taken_by_the_kreis_names_it_and_the_deciding_body(open_page):
    data = load_dataset(ROOT)["responsible"]
    expected = answer(resolve("Göttingen").chosen, data)
    assert expected.applies_at, "Niedersachsen: der Antrag geht an den Kreis"
    page = _open(open_page, PAGE, "Göttingen")
    assert page.locator("#antrag-stelle").get_attribute("data-status") == "kreis"
    assert page.input_value("#antrag-empfaenger") == expected.applies_at
    assert expected.budget_fuer_arbeit.body["name"] in page.locator("#antrag-stelle").inner_text()


@pytest.mark.parametrize(
    ("kind", "field", "subject"),
    [("erinnerung", "antrag-antragsdatum", "Mein Antrag auf ein Budget für Arbeit (§ 61 SGB IX) vom 3.11.2026 – Bitte um Sachstand"), ("widerspruch", "antrag-bescheiddatum", "Widerspruch gegen Ihren Bescheid vom 3.11.2026, Aktenzeichen 4711")],
)
def test_reminder_and_widerspruch(open_page, kind, field, subject):
    page = _open(open_page, PAGE, HESSIAN_PLACE)
    page.check(f"input[name=art][value={kind}]")
    page.fill("#antrag-name", "Erika Mustermann")
    page.fill("#antrag-aktenzeichen", "4711")
    page.click("#antrag-go")
    assert page.locator("#antrag-ergebnis").is_hidden()
    assert page.locator(f"#{field}").get_attribute("aria-invalid") == "true"
    assert page.evaluate("document.activeElement.id") == field
    page.fill(f"#{field}", "3.11.2026")
    _build(page)
    assert subject in page.locator("#antrag-brief .antrag-sheet__subject").inner_text()


def test_name_is_required_with_a_message_at_the_field(open_page):
    page = _open(open_page, PAGE, HESSIAN_PLACE)
    page.click("#antrag-go")
    assert page.locator("#antrag-ergebnis").is_hidden()
    assert page.evaluate("document.activeElement.id") == "antrag-name"
    assert page.locator("#antrag-name").get_attribute("aria-invalid") == "true"
    assert "antrag-name-fehler" in page.locator("#antrag-name").get_attribute("aria-describedby")
    assert page.locator("#antrag-name-fehler").inner_text() == "Bitte tragen Sie Ihren Namen ein."


def _longest(page, kind: str = "antrag") -> None:
    """Every field at the length the form accepts (maxlength), with long words that cannot wrap early."""
    page.check(f"input[name=art][value={kind}]")
    lengths = {}
    for element_id in ["antrag-name", "antrag-strasse", "antrag-wohnort", "antrag-geburtsdatum", "antrag-aktenzeichen", "antrag-telefon", "antrag-werkstatt", "antrag-arbeitgeber", "antrag-taetigkeit", "antrag-unterstuetzung", "antrag-antragsdatum", "antrag-bescheiddatum", "antrag-gruende"]:
        lengths[element_id] = int(page.get_attribute(f"#{element_id}", "maxlength"))
    words = "Werkstattbeschäftigtenvertretung Arbeitsassistenz Anleitung Begleitung "
    _fill(page, {element_id: (words * 20)[:length] for element_id, length in lengths.items() if page.locator(f"#{element_id}").is_visible()})
    page.fill("#antrag-empfaenger", "\n".join(["Landeswohlfahrtsverband mit einem sehr langen Namen"] * 6))


@pytest.mark.parametrize("kind", ["antrag", "widerspruch"])
def test_letter_fits_one_a4_page_with_the_longest_input(open_page, kind, tmp_path):
    page = _open(open_page, PAGE, HESSIAN_PLACE)
    _longest(page, kind)
    _build(page)
    pdf = page.pdf(format="A4")
    assert _page_count(pdf) == 1, f"{_page_count(pdf)} Seiten"
    text = _pdf_text(pdf, tmp_path)
    assert "Mit freundlichen Grüßen" in text and "Unterschrift" in text


def test_typical_letter_fits_one_page_with_all_fields(open_page, tmp_path):
    page = _open(open_page, PAGE, HESSIAN_PLACE)
    _fill(page, {"antrag-name": "Erika Mustermann", "antrag-strasse": "Musterweg 1", "antrag-wohnort": "65183 Wiesbaden", "antrag-geburtsdatum": "1.2.1990", "antrag-telefon": "0611 123456", "antrag-werkstatt": "Werkstatt am Fluss", "antrag-arbeitgeber": "Bäckerei Beispiel", "antrag-taetigkeit": "Verkaufshilfe", "antrag-unterstuetzung": "Einarbeitung und eine feste Ansprechperson im Betrieb."})
    _build(page)
    pdf = page.pdf(format="A4")
    assert _page_count(pdf) == 1
    text = _pdf_text(pdf, tmp_path)
    assert "Ich möchte bei Bäckerei Beispiel arbeiten, als Verkaufshilfe." in text
    assert "Geburtsdatum: 1.2.1990" in text


def test_copy_as_text_puts_the_letter_on_the_clipboard(browser, site_url, hessian_body):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(f"{site_url}{PAGE}?ort={HESSIAN_PLACE}")
    _ready(page)
    page.fill("#antrag-name", "Erika Mustermann")
    _build(page)
    page.click("#antrag-kopieren")
    page.wait_for_function("() => document.getElementById('antrag-kopiert').textContent !== ''")
    copied = page.evaluate("navigator.clipboard.readText()")
    context.close()
    assert copied.splitlines()[0] == "Erika Mustermann"
    assert hessian_body in copied and "Antrag auf ein Budget für Arbeit nach § 61 SGB IX" in copied
    assert copied.rstrip().endswith("Erika Mustermann")


def test_no_request_leaves_the_site_and_nothing_is_stored(browser, site_url, tmp_path):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{site_url}zustaendig/?ort={HESSIAN_PLACE}", wait_until="networkidle")
    page.wait_for_selector("#zustaendig[data-ready=true]", state="attached", timeout=20000)
    page.click("#zustaendig-antrag")
    _ready(page)
    page.wait_for_load_state("networkidle")
    before = len(requests)
    _longest(page)
    page.check("input[name=budget][value=ausbildung]")
    page.check("input[name=gruppe][value=eingang]")
    page.fill("#antrag-ort", "90402")
    page.click("#antrag-suchen")
    page.wait_for_selector("#antrag-stelle[data-kreis='09564']")
    _build(page)
    page.click("#antrag-kopieren")
    page.wait_for_function("() => document.getElementById('antrag-kopiert').textContent !== ''")
    page.pdf(format="A4")
    page.wait_for_timeout(300)
    stored = page.evaluate(STORAGE)
    cookies = context.cookies()
    context.close()
    foreign = [url for url in requests if urlsplit(url).hostname != "127.0.0.1"]
    assert not foreign, foreign
    assert requests[before:] == [], f"Anfragen beim Ausfüllen und Drucken: {requests[before:]}"
    assert any(url.endswith("components/antrag/antrag.js") for url in requests)
    assert any(url.endswith("components/lib/places.js") for url in requests)
    assert stored == {"local": 0, "session": 0, "cookie": "", "idb": 0}, stored
    assert not cookies


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize(("scheme_options", "md_scheme"), SCHEMES)
@pytest.mark.parametrize("path", [PAGE, EASY_PAGE], ids=["standard", "leichte-sprache"])
def test_axe_with_a_letter(open_page, path, scheme_options, md_scheme, viewport):
    page = _open(open_page, path, HESSIAN_PLACE, width=viewport["width"], height=viewport["height"], **scheme_options)
    assert_scheme(page, md_scheme)
    page.check("input[name=art][value=widerspruch]")
    page.check("input[name=budget][value=ausbildung]")
    page.fill("#antrag-name", "Erika Mustermann")
    page.click("#antrag-go")  # errors shown: the group and the date are missing
    assert page.locator("#antrag-gruppe-fehler").inner_text()
    assert_no_violations(page)
    page.check("input[name=gruppe][value=eingang]")
    page.fill("#antrag-bescheiddatum", "3.11.2026")
    _build(page)
    assert_no_violations(page)
    # The page does not scroll sideways at 320 px.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_axe_on_choices(open_page):
    page = _open(open_page, PAGE, "Frankfurt", width=320, height=640)
    assert page.locator("#antrag-stelle").get_attribute("data-status") == "choose"
    assert_no_violations(page)
    page.locator(".antrag__choice-button").first.click()
    assert page.evaluate("document.activeElement.classList.contains('antrag__to')")
    assert page.locator("#antrag-stelle").get_attribute("data-kreis")


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize(("scheme_options", "md_scheme"), SCHEMES)
@pytest.mark.parametrize("path", [PAGE, EASY_PAGE], ids=["standard", "leichte-sprache"])
def test_axe_before_a_place_is_given(open_page, path, scheme_options, md_scheme, viewport):
    page = _open(open_page, path, width=viewport["width"], height=viewport["height"], **scheme_options)
    assert_scheme(page, md_scheme)
    assert page.locator("#antrag-vorlage-brief").is_visible()
    assert_no_violations(page)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
