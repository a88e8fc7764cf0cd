"""What the browser tests check: one page of each template, every built page, the colour schemes, two viewports."""

from __future__ import annotations

from pathlib import Path

import pytest

# One page of each template, with a readable id for the test report.
PAGES = [
    pytest.param("", id="start"),
    pytest.param("budget-fuer-arbeit/", id="content"),
    pytest.param("leichte-sprache/budget-fuer-arbeit/", id="leichte-sprache"),
    pytest.param("anbieter/", id="listing-anbieter"),
    pytest.param("gute-praxis/", id="listing-gute-praxis"),
    pytest.param("termine/", id="listing-termine"),
    pytest.param("anbieter/lwl-inklusionsamt-arbeit/", id="provider"),
    pytest.param("gute-praxis/hessen-budget-fuer-arbeit-bekannt-machen/", id="good-practice"),
    pytest.param("termine/2025-03-18-budgetkompetenz-netzwerkveranstaltung/", id="event"),
    pytest.param("404.html", id="not-found"),
]

# mkdocs.yml selects the palette with media queries (prefers-color-scheme and
# prefers-contrast); Material writes the resulting scheme to
# <body data-md-color-scheme>. Each entry: browser context options, expected scheme.
SCHEMES = [
    pytest.param({"color_scheme": "light"}, "default", id="light"),
    pytest.param({"color_scheme": "dark"}, "slate", id="dark"),
    # The reader's wish for more contrast wins over light and dark.
    pytest.param({"color_scheme": "dark", "contrast": "more"}, "contrast", id="contrast"),
]

VIEWPORTS = [
    pytest.param({"width": 1280, "height": 800}, id="1280px"),
    pytest.param({"width": 320, "height": 640}, id="320px"),
]

# Walking every page in every scheme and viewport costs about half a second per
# page and combination; above this many pages the walk takes an even sample.
MAX_PAGES = 200


def built_pages(site: Path, limit: int = MAX_PAGES) -> list[str]:
    """URL paths of the built HTML pages, sorted; an evenly spaced sample of at most ``limit``."""
    paths = []
    for html in sorted(site.rglob("*.html")):
        relative = html.relative_to(site).as_posix()
        if relative.startswith(("assets/", "pagefind/")):
            continue
        paths.append(relative.removesuffix("index.html"))
    paths.sort()
    if len(paths) > limit:
        step = len(paths) / limit
        paths = [paths[int(i * step)] for i in range(limit)]
    return paths


def assert_scheme(page, expected: str) -> None:
    """Guard against a vacuous pass: the page really shows the scheme under test."""
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    assert scheme == expected, f"Farbschema {scheme!r} statt {expected!r} auf {page.url}"
