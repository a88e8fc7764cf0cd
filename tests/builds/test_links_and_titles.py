"""Crawl the built site: unique titles and descriptions, no broken internal link or anchor (templates included)."""

from __future__ import annotations

from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
# Where a page points to: links, stylesheets, scripts, images, and the search bundle's data attributes.
URL_ATTRIBUTES = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("source", "src"), ("iframe", "src")}
EXTERNAL_SCHEMES = ("http:", "https:", "mailto:", "tel:", "data:", "javascript:", "blob:")
BASE = "http://portal.test/"


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.in_title = False
        self.description: str | None = None
        self.ids: set[str] = set()
        self.urls: list[tuple[str, str]] = []  # (tag, url)

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for key in ("id", "name") if tag == "a" else ("id",):
            if values.get(key):
                self.ids.add(values[key])
        if tag == "title":
            self.in_title = True
        if tag == "meta" and values.get("name") == "description":
            self.description = values.get("content") or ""
        for attribute in ("href", "src"):
            if (tag, attribute) in URL_ATTRIBUTES and values.get(attribute) is not None:
                self.urls.append((tag, values[attribute]))

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data


@pytest.fixture(scope="module")
def pages(built_site) -> dict[str, _Page]:
    """Every built HTML page (search bundle and assets excluded) by its URL path, parsed once."""
    parsed = {}
    for html in sorted(built_site.rglob("*.html")):
        relative = html.relative_to(built_site).as_posix()
        if relative.startswith(("assets/", "pagefind/")):
            continue
        page = _Page()
        page.feed(html.read_text(encoding="utf-8"))
        parsed[relative.removesuffix("index.html")] = page
    assert len(parsed) > 20, "Der Bau hat zu wenige Seiten erzeugt"
    return parsed


def _target_file(site: Path, path: str) -> Path | None:
    """The file a site path is served from, as a static host would (directory → index.html)."""
    candidate = site / unquote(path).lstrip("/")
    if candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def _source_of(url_path: str) -> Path | None:
    """The Markdown file in content/ a page was built from; None for pages generated from data."""
    if url_path == "404.html":
        return None
    stem = url_path.rstrip("/")
    for candidate in (CONTENT / f"{stem}.md", CONTENT / stem / "index.md") if stem else (CONTENT / "index.md",):
        if candidate.is_file():
            return candidate
    return None


def test_every_page_has_a_unique_title(pages):
    by_title = defaultdict(list)
    for path, page in pages.items():
        assert page.title.strip(), f"/{path} hat keinen <title>"
        by_title[page.title.strip()].append(path)
    duplicates = {title: paths for title, paths in by_title.items() if len(paths) > 1}
    assert not duplicates, "Mehrere Seiten mit demselben <title>:\n" + "\n".join(f"  {t}: {', '.join('/' + p for p in ps)}" for t, ps in duplicates.items())


def test_every_page_has_a_meta_description(pages):
    missing = [path for path, page in pages.items() if not (page.description or "").strip()]
    assert not missing, "Seiten ohne <meta name=description>: " + ", ".join("/" + path for path in missing)


def _duplicate_descriptions(pages, selected) -> dict[str, list[str]]:
    by_description = defaultdict(list)
    for path in selected:
        by_description[pages[path].description].append(path)
    return {description: paths for description, paths in by_description.items() if len(paths) > 1}


def _has_own_description(source: Path | None) -> bool:
    if source is None:
        return False
    text = source.read_text(encoding="utf-8")
    return text.startswith("---\n") and "\ndescription:" in text.split("\n---\n", 1)[0]


def test_every_page_with_a_description_keeps_it_to_itself(pages):
    """A page whose front matter sets ``description:`` shares it with no other page."""
    described = [path for path in pages if _has_own_description(_source_of(path))]
    assert len(described) > 40, "Zu wenige Seiten mit eigener Beschreibung gefunden: Findet der Test die Quellen noch?"
    by_description = defaultdict(list)
    for path, page in pages.items():
        by_description[page.description].append(path)
    clashes = [f"  /{path}: dieselbe Beschreibung wie {', '.join('/' + p for p in by_description[pages[path].description] if p != path)}" for path in described if len(by_description[pages[path].description]) > 1]
    assert not clashes, "Beschreibungen doppelt:\n" + "\n".join(clashes)


def test_every_page_has_its_own_description(pages):
    assert not _duplicate_descriptions(pages, list(pages))


def test_no_broken_internal_link_or_anchor(pages, built_site):
    broken = []
    for path, page in pages.items():
        page_url = urljoin(BASE, path)
        for tag, raw in page.urls:
            url = raw.strip()
            if not url or url.lower().startswith(EXTERNAL_SCHEMES) or url.startswith("//"):
                continue
            absolute, fragment = urldefrag(urljoin(page_url, url))
            target_path = urlsplit(absolute).path
            if not absolute.startswith(BASE):
                broken.append(f"/{path}: <{tag}> {raw} führt aus dem Portal hinaus")
                continue
            target = _target_file(built_site, target_path)
            if target is None:
                broken.append(f"/{path}: <{tag}> {raw} → {target_path} gibt es nicht")
                continue
            if fragment and tag == "a":
                relative = target.relative_to(built_site).as_posix().removesuffix("index.html")
                anchors = pages[relative].ids if relative in pages else None
                if anchors is not None and unquote(fragment) not in anchors:
                    broken.append(f"/{path}: {raw} → Anker #{fragment} fehlt auf /{relative}")
    assert not broken, f"{len(broken)} kaputte Verweise:\n" + "\n".join(f"  {line}" for line in broken)


def test_the_crawl_sees_template_links(pages):
    """Guard against a vacuous pass: the header, footer and navigation links are part of the crawl."""
    start = pages[""]
    kinds = {tag for tag, _ in start.urls}
    assert {"a", "link", "script"} <= kinds
    assert any(url.endswith("impressum/") for tag, url in start.urls if tag == "a")
