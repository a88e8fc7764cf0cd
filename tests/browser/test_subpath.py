"""Deployed under a subpath (GitHub Pages: https://owner.github.io/repo/), search and links still work."""

import functools
import http.server
import re
import threading
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit
from urllib.request import urlopen

import pytest
from support import ROOT, build_site, make_project

PREFIX = "/portal/"
# SITE_URL makes this a release build, which needs the Impressum details (§ 5 DDG); invented, tests only.
OPERATOR = """  operator:
    name: Beispielverein Teilhabe
    legal_form: eingetragener Verein
    street: Musterweg 1
    postal_code: "12345"
    town: Musterstadt
    email: kontakt@example.org
    represented_by: Erika Beispiel (Vorsitzende)
    repo_url: https://github.com/example/portal
"""


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("href", "src"):
            if attrs.get(name) and tag in ("a", "link", "script", "img"):
                self.urls.append(attrs[name])


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def subpath_url(tmp_path_factory):
    base = tmp_path_factory.mktemp("subpath")
    www = base / "www"
    root = make_project(base / "project", ROOT / "data")
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "  operator: {}\n" in text
    config.write_text(text.replace("  operator: {}\n", OPERATOR), encoding="utf-8")
    result = build_site(root, www / PREFIX.strip("/"), {"SITE_URL": "https://example.org" + PREFIX})
    assert result.returncode == 0, result.stderr
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(www)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    server.shutdown()


def test_every_internal_link_and_asset_resolves_under_the_subpath(subpath_url):
    seen, queue, broken = set(), [subpath_url], []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        with urlopen(url) as response:
            body = response.read()
            kind = response.headers.get_content_type()
        if kind != "text/html":
            continue
        parser = _Links()
        parser.feed(body.decode("utf-8"))
        for link in parser.urls:
            target = urljoin(url, link).split("#")[0]
            if urlsplit(target).netloc != urlsplit(subpath_url).netloc:
                continue
            if not urlsplit(target).path.startswith(PREFIX):
                broken.append(f"{url} -> {link} (leaves {PREFIX})")
                continue
            try:
                with urlopen(target):
                    pass
            except Exception as error:  # noqa: BLE001 - report every broken link together
                broken.append(f"{url} -> {link}: {error}")
                continue
            if target.endswith("/") or target.endswith(".html"):
                queue.append(target)
    assert len(seen) > 20
    assert broken == []
    # The release carries its Impressum.
    with urlopen(subpath_url + "impressum/") as response:
        impressum = response.read().decode("utf-8")
    assert "Beispielverein Teilhabe (eingetragener Verein)" in impressum and "noch nicht eingetragen" not in impressum


@pytest.mark.browser
def test_search_finds_pages_under_the_subpath(browser, subpath_url):
    context = browser.new_context()
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(subpath_url)
    page.locator("pagefind-modal-trigger button").first.click()
    page.keyboard.type("Münster")
    result = page.locator("pagefind-results a[href*='lwl-inklusionsamt-arbeit']").first
    result.wait_for(timeout=10_000)
    assert result.get_attribute("href").startswith(PREFIX)
    assert all(urlsplit(url).path.startswith(PREFIX) for url in requests), [url for url in requests if not urlsplit(url).path.startswith(PREFIX)]
    assert any(re.search(r"/portal/pagefind/pagefind\.js", url) for url in requests)
    context.close()


def test_a_proposal_reaches_the_operator_by_email_or_issue(browser, subpath_url):
    """Mitmachen: the event form writes the proposal and offers a prefilled e-mail and a prefilled new issue."""
    from urllib.parse import parse_qs, unquote, urlsplit as split  # noqa: PLC0415 - only this test reads the links

    page = browser.new_page()
    page.goto(subpath_url + "mitmachen/")
    page.fill("#event-title", "Sprechstunde Budget für Arbeit")
    page.fill("#event-start", "2027-03-12T10:00")
    page.fill("#event-place", "online")
    page.fill("#event-organiser", "Beispielverein Teilhabe")
    page.fill("#event-source", "https://example.org/termin")
    page.locator("#event-form button[type=submit]").press("Enter")
    mail = page.locator("#event-result a[href^='mailto:']").get_attribute("href")
    issue = page.locator("#event-result a[href*='/issues/new']").get_attribute("href")
    page.close()
    assert mail.startswith("mailto:kontakt@example.org?")
    body = unquote(parse_qs(split(mail).query)["body"][0])
    assert "Titel: Sprechstunde Budget für Arbeit" in body and "Quelle, https://…: https://example.org/termin" in body
    assert issue.startswith("https://github.com/example/portal/issues/new?")
    assert "Sprechstunde Budget für Arbeit" in unquote(parse_qs(split(issue).query)["title"][0])
