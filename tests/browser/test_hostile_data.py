"""Contributed text stays text in the browser: sites built from invented, hostile data open no dialog, raise no error and carry no handler or script URL."""

from __future__ import annotations

import functools
import http.server
import threading
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from playwright.sync_api import Error as PlaywrightError
from support import FIXTURES, build_site, make_project

from .conftest import wait_until_ready
from .targets import built_pages

pytestmark = pytest.mark.browser

FIXTURE_SITES = ["valid", "hostile-inert"]

# Every attribute that carries a URL, and every element in the page (shadow roots included).
DANGEROUS_MARKUP = """() => {
    const found = [];
    const urlAttributes = ['href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'xlink:href', 'background', 'ping'];
    const visit = (root) => {
        for (const el of root.querySelectorAll('*')) {
            for (const attribute of el.attributes) {
                const name = attribute.name.toLowerCase();
                const value = attribute.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
                if (name.startsWith('on')) found.push(`<${el.tagName.toLowerCase()} ${name}="${attribute.value}">`);
                if (urlAttributes.includes(name) && /^(javascript|data|vbscript):/.test(value)) {
                    found.push(`<${el.tagName.toLowerCase()} ${name}="${attribute.value.slice(0, 80)}">`);
                }
            }
            if (el.shadowRoot) visit(el.shadowRoot);
        }
    };
    visit(document);
    return found;
}"""

GLOSSARY_ATTACK = """  - id: probe-ueberlagerung
    term: '[x](https://overlay.example){: style="position:fixed;inset:0;z-index:9" }'
    abbreviation: DSGVO
    explanation: E.
    explanation_leichte_sprache: Ein Satz.
"""
# What the glossary attack would have made: a link off-site or an element laid over the page.
OVERLAY = """() => [...document.querySelectorAll('a[href*="overlay.example"], [style*="position:fixed"], [style*="position: fixed"]')]
    .map((el) => el.outerHTML.slice(0, 120))"""

# Links on the page. One link is clicked once per site: the same target, text and
# attribute names on another page (navigation, header) is the same link; a
# difference in attributes makes it a new one.
LINKS = """() => [...document.querySelectorAll('a[href]')].map((a, index) => ({
    index,
    resolved: a.href,
    key: [a.href, a.textContent.trim(), ...[...a.attributes].map((at) => at.name).sort()].join(' | '),
}))"""


# Whether a pointer at the link's centre would hit the link (after scrolling it into view).
POINTER_REACHES = """(a) => {
    a.scrollIntoView({block: 'center', inline: 'center'});
    const box = a.getBoundingClientRect();
    if (!box.width || !box.height) return false;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return !!hit && (hit === a || a.contains(hit));
}"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature from the stdlib
        pass


@pytest.fixture(scope="module", params=FIXTURE_SITES)
def fixture_site(request, tmp_path_factory):
    """(name, built site, URL): the fixture's data built into a throwaway project and served on 127.0.0.1."""
    name = request.param
    base = tmp_path_factory.mktemp(name)
    root = make_project(base / "project", FIXTURES / name / "data")
    if name == "hostile-inert":
        # Issue 15: a schema-valid glossary entry whose term is a link with a full-page overlay.
        glossary = root / "data" / "glossary.yaml"
        glossary.write_text(glossary.read_text(encoding="utf-8") + GLOSSARY_ATTACK, encoding="utf-8")
    site = base / "site"
    result = build_site(root, site)
    assert result.returncode == 0, f"Bau mit tests/fixtures/{name} fehlgeschlagen:\n{result.stdout}\n{result.stderr}"
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield name, site, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def is_external(resolved: str, own_host: str) -> bool:
    parts = urlsplit(resolved)
    if parts.scheme in ("mailto", "tel"):
        return True
    return parts.scheme in ("http", "https") and parts.netloc != own_host


def settled_address(page) -> str:
    """Where the page is once a navigation started by the last click has finished.

    page.url can lag behind a click that is about to navigate, and an evaluate()
    during the navigation fails with "execution context was destroyed": wait and
    ask again until the page stays put.
    """
    for _ in range(20):
        page.wait_for_load_state("load")
        try:
            return page.evaluate("() => location.href")
        except PlaywrightError:
            page.wait_for_timeout(100)
    raise AssertionError(f"Die Seite kommt nach einem Klick nicht zur Ruhe: {page.url}")


def open_address(page, address: str) -> None:
    """Go to address even when a navigation started by the last click commits first.

    A click's navigation can begin after wait_for_load_state() returned for the old
    page; goto() then fails with "interrupted by another navigation". Let that
    navigation finish and go again.
    """
    for _ in range(5):
        try:
            page.goto(address, wait_until="load")
            return
        except PlaywrightError as error:
            if "interrupted by another navigation" not in str(error):
                raise
            settled_address(page)
    raise AssertionError(f"{address} lässt sich nicht öffnen: jede Navigation wurde unterbrochen")


def test_hostile_data_stays_inert(browser, fixture_site):
    name, site, url = fixture_site
    own_host = urlsplit(url).netloc
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    page = context.new_page()
    events: list[str] = []
    page.on("dialog", lambda dialog: (events.append(f"Dialog ({dialog.type}): {dialog.message!r} auf {page.url}"), dialog.dismiss()))
    page.on("pageerror", lambda error: events.append(f"Skriptfehler: {error} auf {page.url}"))
    page.on("console", lambda message: message.type == "error" and events.append(f"Konsole: {message.text} auf {page.url}"))
    # Links that open a new window are kept from doing so; any popup is recorded.
    context.on("page", lambda popup: events.append(f"neues Fenster: {popup.url}"))

    markup: dict[str, list[str]] = {}
    clicked: set[str] = set()
    paths = built_pages(site)
    try:
        for path in paths:
            address = url + path
            open_address(page, address)
            wait_until_ready(page)
            found = page.evaluate(DANGEROUS_MARKUP) + page.evaluate(OVERLAY)
            if found:
                markup["/" + path] = found
            for link in page.evaluate(LINKS):
                if is_external(link["resolved"], own_host) or link["key"] in clicked:
                    continue
                clicked.add(link["key"])
                if urldefrag(settled_address(page))[0] != urldefrag(address)[0]:
                    open_address(page, address)
                anchor = page.locator("a[href]").nth(link["index"])
                if anchor.evaluate(POINTER_REACHES):
                    anchor.hover(timeout=2000)
                    anchor.click(timeout=2000)
                else:
                    # Links that a pointer cannot reach (folded navigation, the skip
                    # link under the header): the same events a pointer would send.
                    for event in ("mouseover", "mouseenter", "click"):
                        anchor.dispatch_event(event)
                settled_address(page)
        # The last click may have loaded a page; let it run before judging.
        page.wait_for_load_state("networkidle")
    finally:
        context.close()

    assert len(paths) >= 10 and len(clicked) >= 20, f"zu wenig geprüft: {len(paths)} Seiten, {len(clicked)} Links"
    assert not events, f"tests/fixtures/{name}: Daten wurden ausgeführt:\n" + "\n".join(events)
    assert not markup, f"tests/fixtures/{name}: gefährliches Markup:\n" + "\n".join(
        f"  {path}: {item}" for path, items in markup.items() for item in items
    )


@pytest.mark.parametrize("fixture_site", ["hostile-inert"], indirect=True)
def test_hostile_text_is_shown_as_text(browser, fixture_site):
    """Guard against a vacuous pass: the tricks reach the page, as visible text."""
    name, site, url = fixture_site
    context = browser.new_context()
    page = context.new_page()
    page.goto(url + "anbieter/feindlicher-anbieter-eins/")
    text = page.locator("article").inner_text()
    context.close()
    for trick in ["javascript:alert(1)", "onmouseover", "onclick", "&#x3C;script&#x3E;"]:
        assert trick in text, f"{trick!r} fehlt als Text auf der Anbieterseite:\n{text[:1500]}"
