"""No request leaves the site and no cookie is set (architecture decision 5)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .targets import PAGES

LOCAL_HOST = "127.0.0.1"


@pytest.mark.browser
@pytest.mark.parametrize("path", PAGES)
def test_page_requests_only_the_own_server(browser, site_url, path):
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(site_url + path, wait_until="networkidle")
    # The search loads its index only on use; include those requests as well.
    page.locator("pagefind-modal-trigger button").click()
    page.locator("dialog.pf-modal input[type=search]").fill("Budget")
    page.locator("dialog.pf-modal a.pf-result-link").first.wait_for()
    page.wait_for_load_state("networkidle")
    cookies = context.cookies()
    context.close()

    foreign = [url for url in requests if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).hostname != LOCAL_HOST]
    assert not foreign, f"Anfragen an fremde Server von /{path}:\n" + "\n".join(foreign)
    assert requests, "keine Anfrage aufgezeichnet"
    assert not cookies, f"Cookies gesetzt auf /{path}: {cookies}"


# Attributes that make the browser fetch something by itself. <a href> is a link
# the reader chooses, so it is allowed to point anywhere; so is <link rel=canonical|alternate>.
FETCHING_TAG = re.compile(
    r"<(?P<tag>script|img|iframe|source|video|audio|embed|object|track|input)\b[^>]*?\b(?:src|srcset|data|poster)\s*=\s*[\"']?(?P<url>[^\"'\s>]+)",
    re.IGNORECASE,
)
LINK_TAG = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
LINK_FETCHING_REL = re.compile(r"\brel\s*=\s*[\"']?[^\"'>]*\b(stylesheet|preload|prefetch|preconnect|dns-prefetch|modulepreload|icon|manifest)\b", re.IGNORECASE)
HREF = re.compile(r"\bhref\s*=\s*[\"']?(?P<url>[^\"'\s>]+)", re.IGNORECASE)
CSS_REMOTE = re.compile(r"(?:@import\s+(?:url\()?\s*|url\(\s*)[\"']?(?P<url>(?:https?:)?//[^\"')\s]+)", re.IGNORECASE)
JS_REMOTE = re.compile(
    r"(?:\bimport\s*\(?\s*|\bfetch\s*\(\s*|\bimportScripts\s*\(\s*|\.src\s*=\s*|\bnew\s+(?:Worker|EventSource|WebSocket)\s*\(\s*)[\"'`](?P<url>(?:https?:|wss?:)?//[^\"'`]+)"
)


def is_remote(url: str) -> bool:
    return bool(re.match(r"(?:https?:)?//", url, re.IGNORECASE))


def remote_fetches(path: Path) -> list[str]:
    """URLs of other hosts that the file would make a browser load by itself."""
    text = path.read_text(encoding="utf-8", errors="replace")
    found: list[str] = []
    if path.suffix == ".html":
        found += [f"<{m['tag']}> {m['url']}" for m in FETCHING_TAG.finditer(text) if is_remote(m["url"])]
        for tag in LINK_TAG.findall(text):
            href = HREF.search(tag)
            if LINK_FETCHING_REL.search(tag) and href and is_remote(href["url"]):
                found.append(f"<link> {href['url']}")
        for style in re.findall(r"<style\b[^>]*>(.*?)</style>|style\s*=\s*\"([^\"]*)\"", text, re.IGNORECASE | re.DOTALL):
            found += [f"CSS {m['url']}" for m in CSS_REMOTE.finditer("".join(style))]
    elif path.suffix == ".css":
        found += [f"CSS {m['url']}" for m in CSS_REMOTE.finditer(text)]
    elif path.suffix == ".js":
        found += [f"JS {m['url']}" for m in JS_REMOTE.finditer(text)]
    return found


def test_built_files_load_nothing_from_other_hosts(built_site):
    files = [p for p in sorted(built_site.rglob("*")) if p.suffix in (".html", ".css", ".js")]
    assert len(files) > 10, f"zu wenige Dateien in {built_site}"
    problems = {str(p.relative_to(built_site)): remote_fetches(p) for p in files}
    problems = {name: urls for name, urls in problems.items() if urls}
    assert not problems, "Dateien laden von fremden Servern:\n" + "\n".join(
        f"{name}: {url}" for name, urls in problems.items() for url in urls
    )


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        pytest.param("a.html", '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">', 1, id="link-stylesheet"),
        pytest.param("b.html", "<script src='//cdn.example.org/x.js'></script>", 1, id="script-protocol-relative"),
        pytest.param("c.html", '<img alt="" src="https://example.org/a.png">', 1, id="img"),
        pytest.param("d.html", '<iframe src="https://www.youtube.com/embed/x"></iframe>', 1, id="iframe"),
        pytest.param("e.html", '<div style="background:url(https://example.org/a.png)"></div>', 1, id="inline-style-url"),
        pytest.param("f.css", '@import url("https://fonts.googleapis.com/css2?family=Inter");', 1, id="css-import"),
        pytest.param("g.css", "@font-face { src: url(https://example.org/f.woff2) }", 1, id="css-font-url"),
        pytest.param("h.html", '<a href="https://www.gesetze-im-internet.de/sgb_9_2018/__61.html">§ 61</a>', 0, id="plain-link-allowed"),
        pytest.param("i.html", '<link rel="canonical" href="https://example.org/"><img src="../a.png" alt="">', 0, id="canonical-and-local-allowed"),
        pytest.param("j.css", 'a { background: url("../images/x.svg") }', 0, id="css-local-url-allowed"),
    ],
)
def test_remote_fetch_detector(tmp_path, name, text, expected):
    """The static check above finds what it claims to find (and leaves plain links alone)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert len(remote_fetches(path)) == expected, remote_fetches(path)
