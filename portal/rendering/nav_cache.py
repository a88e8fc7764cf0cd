"""One rendering of the site navigation per folder, for the pages outside the nav.

Material renders the whole navigation for every page: a quarter of a plain
build's time at 10,000 pages (bench/README.md). For a page that is not in the
nav (every provider, case and event page) nothing in it is active or expanded,
so the navigation differs between such pages only by its relative links, which
depend on the page's folder. ``overrides/partials/nav.html`` asks :meth:`key`
for a page and reuses the HTML rendered for the first page with that key.

``PORTAL_NAV_CACHE=0`` switches the reuse off; ``tests/builds/test_nav_cache.py``
builds a site both ways and compares every page.
"""

from __future__ import annotations

import os

SWITCH = "PORTAL_NAV_CACHE"


class NavCache:
    """Rendered navigation by folder; one per build (``on_env``)."""

    def __init__(self, enabled: bool | None = None) -> None:
        self.enabled = os.environ.get(SWITCH, "1") != "0" if enabled is None else enabled
        self._html: dict[str, str] = {}
        self._nav: tuple[frozenset[int], tuple[str, ...]] | None = None  # ids and URLs of the nav's pages

    def key(self, page, nav) -> str:
        """The folder key of a page outside ``nav``; "" when the page must get its own rendering."""
        if not self.enabled or page is None or nav is None:
            return ""
        if self._nav is None:  # one nav per build, and one cache per build
            self._nav = (frozenset(id(item) for item in nav.pages), tuple(item.url for item in nav.pages))
        in_nav, urls = self._nav
        if id(page) in in_nav or page.parent is not None:
            return ""
        url = page.url
        # A link of the nav that leads into this page's own folder is relative to the page itself.
        if any(target.startswith(url) for target in urls):
            return ""
        # Links are relative to the page's folder: "anbieter/a/" and "anbieter/b/" share "/anbieter/*/",
        # "anbieter/a.html" (without directory URLs) has one level less: "/anbieter/*".
        folder = url[: url.rstrip("/").rfind("/") + 1]
        return f"/{folder}*/" if url.endswith("/") else f"/{folder}*"

    def get(self, key: str) -> str | None:
        return self._html.get(key) if key else None

    def remember(self, key: str, html: str) -> str:
        if key:
            self._html[key] = html
        return html
